package cn.gov.zhushan.plan.gateway.ratelimit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;

/** The client id a token request claims (not yet verified: auth-server checks the secret). */
final class TokenRequestClient {

    /** Client ids are short plain names; anything else is treated as naming no client. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._~-]{1,64}");

    private TokenRequestClient() {
    }

    /** RFC 6749 2.3.1: Basic credentials, each part form-urlencoded. */
    static Optional<String> fromBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return plausible(URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code client_id} of a form body (client_secret_post), from the body the route cached (the raw buffer,
     * read without moving its read position, or the decoded text).
     */
    static Optional<String> fromForm(MediaType contentType, Object cachedBody) {
        if (contentType == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType)) {
            return Optional.empty();
        }
        String body;
        if (cachedBody instanceof String text) {
            body = text;
        } else if (cachedBody instanceof DataBuffer buffer) {
            body = buffer.toString(buffer.readPosition(), buffer.readableByteCount(), StandardCharsets.UTF_8);
        } else {
            return Optional.empty();
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals("client_id")) {
                try {
                    return plausible(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> plausible(String clientId) {
        return PLAUSIBLE.matcher(clientId).matches() ? Optional.of(clientId) : Optional.empty();
    }
}
