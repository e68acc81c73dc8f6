package cn.gov.zhushan.plan.livelihood.pii;

/** How personal data looks to callers without {@code livelihood:pii}. */
public final class Masking {

    private Masking() {
    }

    /**
     * {@code 360203199001011234} -> {@code **************1234}: the last four characters only. The area code and
     * birth date are guessable from the community and age, so showing them too left few enough candidates to
     * recover a whole number by trying them against the lookup.
     */
    public static String idNumber(String value) {
        if (value == null || value.length() < 8) {
            return value == null ? null : "*".repeat(value.length());
        }
        return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }

    /** {@code 张三丰} -> {@code 张**}. */
    public static String name(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }

    /** {@code 13812345678} -> {@code 138****5678}. */
    public static String phone(String value) {
        if (value == null || value.length() < 7) {
            return value == null ? null : "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }

    /** Addresses are hidden completely; the community is shown separately. */
    public static String address(String value) {
        return value == null ? null : "***";
    }
}
