package cn.gov.zhushan.plan.livelihood.employment;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employment service station (就业之家, "5+2"): a public office, so nothing here is personal data.
 *
 * @param id           a code chosen by the department, e.g. {@code ZS-JYZJ-01}
 * @param openingHours schema.org openingHours text, e.g. {@code Mo-Fr 08:30-17:30}
 * @param openedOn     when it opened (null if unknown); the yearly statistics count stations open by year end
 */
@Document("service_stations")
public record ServiceStation(@Id String id, String name, String community, String address, String openingHours,
                             LocalDate openedOn, Instant createdAt, String createdBy, boolean demo) {
}
