package cn.gov.zhushan.plan.livelihood.pii;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who reads personal data and why: the department system (the token's client), the operator on whose behalf it
 * acts ({@code X-Operator}) and the stated purpose ({@code X-Purpose} or {@code ?purpose=}). Set on the request by
 * {@link AccountabilityFilter} before any controller runs.
 */
public record PersonalDataAccess(String clientId, String operator, String purpose, String path) {

    static final String ATTRIBUTE = PersonalDataAccess.class.getName();

    /** The access of this personal-data request; fails closed (500) if the filter did not run. */
    public static PersonalDataAccess of(HttpServletRequest request) {
        Object access = request.getAttribute(ATTRIBUTE);
        if (access instanceof PersonalDataAccess found) {
            return found;
        }
        throw new IllegalStateException("No accountability recorded for a personal-data request");
    }
}
