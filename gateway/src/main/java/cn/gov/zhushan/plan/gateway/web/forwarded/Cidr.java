package cn.gov.zhushan.plan.gateway.web.forwarded;

import java.net.InetAddress;

/** An address block such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a block of one. */
record Cidr(byte[] network, int prefixLength) {

    static Cidr parse(String text) {
        String[] parts = text.trim().split("/", 2);
        InetAddress address = IpLiteral.parse(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("not an IP address block: " + text));
        int bits = address.getAddress().length * 8;
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : bits;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("bad prefix length in " + text);
        }
        return new Cidr(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[full] & mask) == (network[full] & mask);
    }
}
