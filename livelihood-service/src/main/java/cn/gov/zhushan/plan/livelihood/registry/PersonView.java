package cn.gov.zhushan.plan.livelihood.registry;

import java.time.LocalDate;

/**
 * A person as callers see it: masked ({@code **************1234}, {@code 张*}, {@code 138****5678}, an age band
 * such as {@code 40-49} instead of the birth year) unless read through the audited {@code /pii} path, which adds
 * the birth year and date.
 */
public record PersonView(String id, String idNumber, String name, String phone, String address, String community,
                         String ageBand, Integer birthYear, LocalDate birthDate, String sex, String householdId,
                         boolean masked) {
}
