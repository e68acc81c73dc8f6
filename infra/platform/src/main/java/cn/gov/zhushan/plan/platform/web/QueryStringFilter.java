package cn.gov.zhushan.plan.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string with a broken %-escape ({@code ?page=%zz}) or escapes that are not UTF-8 with 400
 * Problem Details naming the parameter. The servlet container would otherwise drop such a parameter
 * silently (the service then runs with its default) or fail later with an error page.
 */
public class QueryStringFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!decodable(pair)) {
                    int eq = pair.indexOf('=');
                    String name = eq < 0 ? pair : pair.substring(0, eq);
                    ProblemResponses.write(response, request, HttpStatus.BAD_REQUEST, "Malformed request",
                            "The query parameter '" + (decodable(name) ? decode(name) : "?")
                                    + "' has an invalid %-escape.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    static boolean decodable(String part) {
        try {
            decode(part);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Strict form decoding: every % must start two hex digits and the bytes must be UTF-8. */
    static String decode(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                int high = i + 1 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
                int low = i + 2 < part.length() ? Character.digit(part.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("invalid %-escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
