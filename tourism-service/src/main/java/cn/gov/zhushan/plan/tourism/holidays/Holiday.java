package cn.gov.zhushan.plan.tourism.holidays;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A statutory holiday period of one year. The same {@code code} across years is what "the same holiday
 * last year" means (the combined Mid-Autumn and National Day break of 2023 and 2025 is {@code NATIONAL_DAY}).
 */
@Document("holidays")
public record Holiday(@Id String id, int year, String code, String nameZh, String nameEn, LocalDate start,
                      LocalDate end) {

    public static String idOf(int year, String code) {
        return year + "-" + code;
    }

    public List<LocalDate> days() {
        return start.datesUntil(end.plusDays(1)).toList();
    }
}
