package cn.gov.zhushan.plan.gateway.web.forwarded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies INGRESS = new TrustedProxies(List.of("10.42.0.0/16", "fd00::/8"));

    private static String caller(TrustedProxies proxies, String peer, String... forwardedFor) throws Exception {
        return proxies.callerAddress(new InetSocketAddress(InetAddress.getByName(peer), 40000), List.of(forwardedFor))
                .orElseThrow().getHostAddress();
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() throws Exception {
        assertThat(caller(INGRESS, "203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(caller(new TrustedProxies(List.of()), "10.42.0.7", "198.51.100.1")).isEqualTo("10.42.0.7");
        assertThat(caller(new TrustedProxies(List.of("")), "10.42.0.7", "198.51.100.1")).isEqualTo("10.42.0.7");
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheCaller() throws Exception {
        assertThat(caller(INGRESS, "10.42.3.4", "198.51.100.1")).isEqualTo("198.51.100.1");
        // the caller prepended a forged entry; the ingress appended the real one
        assertThat(caller(INGRESS, "10.42.3.4", "1.2.3.4, 198.51.100.1")).isEqualTo("198.51.100.1");
        // two proxies of ours, header split over two lines
        assertThat(caller(INGRESS, "10.42.3.4", "198.51.100.1", "10.42.9.9")).isEqualTo("198.51.100.1");
        assertThat(caller(INGRESS, "fd00::1", "2001:db8::7")).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void garbageOrNoHeaderLeavesTheLastTrustedHop() throws Exception {
        assertThat(caller(INGRESS, "10.42.3.4")).isEqualTo("10.42.3.4");
        assertThat(caller(INGRESS, "10.42.3.4", "unknown")).isEqualTo("10.42.3.4");
        assertThat(caller(INGRESS, "10.42.3.4", "evil.example.com")).isEqualTo("10.42.3.4");
    }

    @Test
    void blocks() throws Exception {
        assertThat(Cidr.parse("10.42.0.0/16").contains(InetAddress.getByName("10.42.255.1"))).isTrue();
        assertThat(Cidr.parse("10.42.0.0/16").contains(InetAddress.getByName("10.43.0.1"))).isFalse();
        assertThat(Cidr.parse("10.40.0.0/13").contains(InetAddress.getByName("10.47.0.1"))).isTrue();
        assertThat(Cidr.parse("10.40.0.0/13").contains(InetAddress.getByName("10.48.0.1"))).isFalse();
        assertThat(Cidr.parse("127.0.0.1").contains(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(InetAddress.getByName("::1"))).isFalse();
        assertThatThrownBy(() -> Cidr.parse("ingress.local/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
