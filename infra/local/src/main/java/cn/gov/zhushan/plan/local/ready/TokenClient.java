package cn.gov.zhushan.plan.local.ready;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fetches a client-credentials token from auth-server as the read-only dashboard client. */
public final class TokenClient {

    public static final String TOKEN_URL = "http://localhost:9000/oauth2/token";
    public static final String CLIENT_ID = "dashboard";
    public static final String CLIENT_SECRET = "dashboard-secret";
    public static final String SCOPES = "indicators:read projects:read livelihood:read tourism:read";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpProbe http;

    public TokenClient(HttpProbe http) {
        this.http = http;
    }

    public Optional<String> fetch() {
        String basic = Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials&scope=" + SCOPES.replace(" ", "%20");
        HttpProbe.Reply reply = http.postForm(TOKEN_URL, basic, form);
        return reply.status() == 200 ? accessToken(reply.body()) : Optional.empty();
    }

    /** A regex instead of a JSON library keeps the launcher JDK-only; the field is a plain string. */
    static Optional<String> accessToken(String json) {
        Matcher matcher = ACCESS_TOKEN.matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The same request as a command a person can paste into a shell. */
    public static String curlCommand() {
        return "curl -s -u " + CLIENT_ID + ":" + CLIENT_SECRET + " -d grant_type=client_credentials"
                + " -d 'scope=" + SCOPES + "' " + TOKEN_URL;
    }
}
