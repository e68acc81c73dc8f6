package cn.gov.zhushan.plan.tourism.complaints;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what identifies a person in free text a visitor wrote: 18-character resident ID numbers, mainland
 * mobile numbers (11 digits, spaces or hyphens allowed) and landlines with an area code. The first and last
 * characters stay, so a clerk can still tell two numbers apart; the rest becomes {@code *}.
 * A number inside a longer run of digits or letters (an order number, a URL) is left alone.
 */
public final class PersonalDataMask {

    private static final String NOT_AFTER = "(?<![0-9A-Za-z])";
    private static final String NOT_BEFORE = "(?![0-9A-Za-z])";
    private static final Pattern RESIDENT_ID = Pattern.compile(NOT_AFTER + "\\d{17}[0-9Xx]" + NOT_BEFORE);
    private static final Pattern MOBILE = Pattern.compile(NOT_AFTER + "(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}" + NOT_BEFORE);
    private static final Pattern LANDLINE = Pattern.compile(NOT_AFTER + "0\\d{2,3}[- ]?\\d{7,8}" + NOT_BEFORE);

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(RESIDENT_ID, text, 3, 4);
        masked = replace(MOBILE, masked, 3, 4);
        return replace(LANDLINE, masked, 4, 2);
    }

    /** Keeps the first {@code keepStart} and last {@code keepEnd} digits of each match, and its separators. */
    private static String replace(Pattern pattern, String text, int keepStart, int keepEnd) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(hide(m.group(), keepStart, keepEnd)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String hide(String number, int keepStart, int keepEnd) {
        int alnum = (int) number.chars().filter(Character::isLetterOrDigit).count();
        StringBuilder out = new StringBuilder(number.length());
        int seen = 0;
        for (char c : number.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                seen++;
                out.append(seen <= keepStart || seen > alnum - keepEnd ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
