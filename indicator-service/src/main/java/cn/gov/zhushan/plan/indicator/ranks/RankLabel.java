package cn.gov.zhushan.plan.indicator.ranks;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an official rank as the report words it means: {@code 全市第二} is 2nd in the city, {@code 全省前三} among the
 * first three of the province, {@code 全省前列} among the leaders of the province (no number given).
 *
 * @param position the place when one is given (全市第二 = 2), else null
 * @param within   the "top N" when only that is given (全省前三 = 3), else null
 */
public record RankLabel(RankScope scope, Integer position, Integer within) {

    private static final Pattern PLACE = Pattern.compile(".*全(市|省)(?:第([一二三四五六七八九十]{1,2}|\\d{1,2})名?).*");
    private static final Pattern TOP = Pattern.compile(".*全(市|省)(?:\\S{0,4})?前([一二三四五六七八九十]{1,2}|\\d{1,2})(?:名|位)?.*");
    private static final Pattern LEADERS = Pattern.compile(".*全(市|省)(?:前列|名列前茅).*");
    private static final Map<Character, Integer> DIGITS = Map.of('一', 1, '二', 2, '三', 3, '四', 4, '五', 5, '六', 6,
            '七', 7, '八', 8, '九', 9);

    /** Reads a label such as 全市第一, 全省前三, 持续霸榜全省客流前三 or 位居全省前列; empty if it names no rank. */
    public static Optional<RankLabel> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = PLACE.matcher(label);
        if (m.matches()) {
            return Optional.of(new RankLabel(scope(m.group(1)), number(m.group(2)), null));
        }
        m = TOP.matcher(label);
        if (m.matches()) {
            return Optional.of(new RankLabel(scope(m.group(1)), null, number(m.group(2))));
        }
        m = LEADERS.matcher(label);
        if (m.matches()) {
            return Optional.of(new RankLabel(scope(m.group(1)), null, null));
        }
        return Optional.empty();
    }

    private static RankScope scope(String word) {
        return "市".equals(word) ? RankScope.CITY : RankScope.PROVINCE;
    }

    /** 一 … 九十九 or Arabic digits. */
    static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return DIGITS.get(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.get(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : DIGITS.get(text.charAt(ten + 1));
        return tens * 10 + units;
    }
}
