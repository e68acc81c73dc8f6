package cn.gov.zhushan.plan.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;

class TokenRequestClientTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clientIdFromBasicCredentials() {
        assertThat(TokenRequestClient.fromBasic(basic("dashboard:s3cret"))).hasValue("dashboard");
        assertThat(TokenRequestClient.fromBasic("basic " + Base64.getEncoder().encodeToString("ops:x".getBytes())))
                .hasValue("ops");
        assertThat(TokenRequestClient.fromBasic(basic("finance%2Dbureau:x"))).hasValue("finance-bureau");
        assertThat(TokenRequestClient.fromBasic("Bearer abc")).isEmpty();
        assertThat(TokenRequestClient.fromBasic("Basic !!!")).isEmpty();
        assertThat(TokenRequestClient.fromBasic(basic(":x"))).isEmpty();
        assertThat(TokenRequestClient.fromBasic(basic("x".repeat(65) + ":y"))).isEmpty();
        assertThat(TokenRequestClient.fromBasic(null)).isEmpty();
    }

    @Test
    void clientIdFromTheForm() {
        MediaType form = MediaType.APPLICATION_FORM_URLENCODED;
        assertThat(TokenRequestClient.fromForm(form, "grant_type=client_credentials&client_id=ops&client_secret=x"))
                .hasValue("ops");
        assertThat(TokenRequestClient.fromForm(MediaType.parseMediaType("application/x-www-form-urlencoded;charset=UTF-8"),
                "client_id=civil-affairs")).hasValue("civil-affairs");
        assertThat(TokenRequestClient.fromForm(form, DefaultDataBufferFactory.sharedInstance
                .wrap("client_id=ops".getBytes(StandardCharsets.US_ASCII)))).hasValue("ops");
        assertThat(TokenRequestClient.fromForm(form, "grant_type=client_credentials")).isEmpty();
        assertThat(TokenRequestClient.fromForm(MediaType.APPLICATION_JSON, "client_id=ops")).isEmpty();
        assertThat(TokenRequestClient.fromForm(form, null)).isEmpty();
        assertThat(TokenRequestClient.fromForm(form, "client_id=%zz")).isEmpty();
    }
}
