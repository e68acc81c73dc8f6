package cn.gov.zhushan.plan.livelihood.registry;

import java.time.LocalDate;

/**
 * A person as callers see it: masked ({@code 3602**********1234}, {@code 张*}, {@code 138****5678}) unless
 * read through the audited {@code /pii} path.
 */
public record PersonView(String id, String idNumber, String name, String phone, String address, String community,
                         int birthYear, LocalDate birthDate, String sex, String householdId, boolean masked) {
}
