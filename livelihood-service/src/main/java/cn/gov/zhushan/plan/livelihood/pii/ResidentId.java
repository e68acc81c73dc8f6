package cn.gov.zhushan.plan.livelihood.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-digit resident identity number (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit
 * sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public record ResidentId(String value, LocalDate birthDate, Sex sex) {

    public enum Sex { MALE, FEMALE }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** The number if it is well formed, carries a real birth date and the right check character. */
    public static Optional<ResidentId> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip().toUpperCase();
        if (!value.matches("\\d{17}[0-9X]")) {
            return Optional.empty();
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return Optional.empty();
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (birth.getYear() < 1900) {
            return Optional.empty();
        }
        Sex sex = (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return Optional.of(new ResidentId(value, birth, sex));
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    @Override
    public String toString() {
        return Masking.idNumber(value); // never log a full number by accident
    }
}
