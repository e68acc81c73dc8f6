package cn.gov.zhushan.plan.local.ready;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenClientTest {

    @Test
    void extractsTheAccessToken() {
        String json = "{\"access_token\":\"eyJraWQ.abc-_.sig\",\"scope\":\"indicators:read\",\"token_type\":\"Bearer\",\"expires_in\":299}";

        assertThat(TokenClient.accessToken(json)).hasValue("eyJraWQ.abc-_.sig");
        assertThat(TokenClient.accessToken("{\"error\":\"invalid_client\"}")).isEmpty();
    }

    @Test
    void theCurlCommandAsksForEveryReadScope() {
        assertThat(TokenClient.curlCommand())
                .contains("-u dashboard:dashboard-secret", "grant_type=client_credentials",
                        "'scope=indicators:read projects:read livelihood:read tourism:read'",
                        "http://localhost:9000/oauth2/token");
    }
}
