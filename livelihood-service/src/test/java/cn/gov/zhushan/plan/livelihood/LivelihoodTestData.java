package cn.gov.zhushan.plan.livelihood;

import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.zhushan.plan.livelihood.pii.ResidentId;

/** Synthetic, valid resident ID numbers unique within a test run. */
public final class LivelihoodTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    private LivelihoodTestData() {
    }

    /** A valid ID of someone born on the given date (yyyyMMdd) in Zhushan district (360203). */
    public static String idNumber(String birthDate) {
        int n = SEQUENCE.incrementAndGet() % 1000;
        String first17 = "360203" + birthDate + String.format("%03d", n);
        return first17 + ResidentId.checkCharacter(first17);
    }

    public static String idNumber() {
        return idNumber("19750615");
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheckDigit(String idNumber) {
        char check = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (check == '1' ? '2' : '1');
    }
}
