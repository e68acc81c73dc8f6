package cn.gov.zhushan.plan.gateway.web.forwarded;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * Finds the real caller's address. X-Forwarded-For is believed only as far as it was written by proxies
 * we trust (e.g. the Ingress controller's pods): walking the list from the right, the first address that
 * is not a trusted proxy is the caller. A caller that is not a trusted proxy cannot choose its address
 * by sending the header itself.
 */
public final class TrustedProxies {

    private final List<Cidr> blocks;

    public TrustedProxies(List<String> cidrs) {
        // an empty env var (PLAN_GATEWAY_TRUSTED_PROXIES=) means none
        this.blocks = cidrs.stream().filter(cidr -> !cidr.isBlank()).map(Cidr::parse).toList();
    }

    public Optional<InetAddress> callerAddress(InetSocketAddress peer, List<String> forwardedFor) {
        if (peer == null || peer.getAddress() == null) {
            return Optional.empty();
        }
        InetAddress caller = peer.getAddress();
        if (!trusted(caller)) {
            return Optional.of(caller);
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parse(hops.get(i));
            if (hop.isEmpty()) {
                // garbage (or "unknown") from here on cannot be believed: the last trusted hop is the caller
                return Optional.of(caller);
            }
            caller = hop.get();
            if (!trusted(caller)) {
                return Optional.of(caller);
            }
        }
        return Optional.of(caller);
    }

    private boolean trusted(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }
}
