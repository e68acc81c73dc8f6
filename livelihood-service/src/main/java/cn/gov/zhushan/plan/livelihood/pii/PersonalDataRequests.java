package cn.gov.zhushan.plan.livelihood.pii;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * Which requests touch personal data, decided once for the security rules, the accountability filter and the
 * controllers, so they cannot disagree: a path with a {@code pii} segment, a query asking {@code unmasked=true},
 * and the lookup by ID number. Query parameters are read from the query string only: {@code getParameter} would
 * parse a form body, and nothing should read a body before the scope check.
 */
public final class PersonalDataRequests {

    public static final String LOOKUP_PATH = "/api/v1/livelihood/persons/lookup";
    /** The audit log for the separate {@code livelihood:audit} scope (no {@code pii} segment: it holds no personal data). */
    public static final String AUDIT_LOG_PATH = "/api/v1/livelihood/audit/personal-data-reads";
    private static final String AUDIT_PREFIX = "/api/v1/livelihood/audit/";
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private PersonalDataRequests() {
    }

    /** The decoded path, as the handler mapping will see it (so {@code %70ii} is still {@code pii}). */
    public static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    public static boolean hasPiiSegment(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") && Arrays.stream(path.split("/")).anyMatch(s -> s.equalsIgnoreCase("pii"));
    }

    /** Any {@code unmasked} query value of {@code true} (in any case) asks for personal data, even next to a {@code false}. */
    public static boolean asksUnmasked(HttpServletRequest request) {
        return queryValues(request, "unmasked").stream().anyMatch(v -> v.strip().equalsIgnoreCase("true"));
    }

    public static boolean isLookup(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && stripTrailingSlash(path(request)).equals(LOOKUP_PATH);
    }

    public static boolean isAuditLog(HttpServletRequest request) {
        return path(request).startsWith(AUDIT_PREFIX);
    }

    /** Reads or writes personal data of beneficiaries (the audit log is about reads, not a read of personal data). */
    public static boolean isPersonalData(HttpServletRequest request) {
        if (!path(request).startsWith("/api/")) {
            return false;
        }
        return isLookup(request) || (!isAuditLog(request) && (hasPiiSegment(request) || asksUnmasked(request)));
    }

    public static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || isLookup(request);
    }

    /** The values of a query parameter, from the query string alone. */
    public static List<String> queryValues(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        List<String> values = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key != null && key.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.add(value == null ? "" : value);
            }
        }
        return values;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
