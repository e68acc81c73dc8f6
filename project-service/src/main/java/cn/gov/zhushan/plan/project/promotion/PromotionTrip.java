package cn.gov.zhushan.plan.project.promotion;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An outbound promotion trip (外出招商) and the companies (leads) met on it. */
@Document("promotion_trips")
public record PromotionTrip(@Id String tripId, LocalDate date, String destination, List<String> leadIds) {
}
