package cn.gov.zhushan.plan.platform.json;

import java.text.Normalizer;

/**
 * What text the platform accepts: no NUL or other control character (line feed, carriage return and tab
 * only in multi-line fields), no unpaired surrogate (it cannot be stored as UTF-8), and every accepted text
 * in Unicode NFC, so that the same name typed on two systems compares and indexes equal.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The text in NFC; throws {@link IllegalArgumentException} with the reason when it is refused. */
    public static String clean(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new IllegalArgumentException("contains an unpaired surrogate");
            }
            if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException("contains an unpaired surrogate");
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiline) {
                    throw new IllegalArgumentException("contains a line break or tab, allowed only in multi-line text");
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                throw new IllegalArgumentException(String.format("contains the control character U+%04X", (int) c));
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
