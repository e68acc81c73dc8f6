package cn.gov.zhushan.plan.indicator.analytics.sdmx;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.indicator.analytics.AnalyticsQuery;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.regions.Region;
import cn.gov.zhushan.plan.indicator.regions.RegionRepository;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.platform.time.PlatformTime;

/** Turns an analytics pivot into SDMX: looks up the names and units of the requested indicators and regions once. */
@Component
public class SdmxExport {

    private final IndicatorRepository indicators;
    private final RegionRepository regions;
    private final Clock clock;

    public SdmxExport(IndicatorRepository indicators, RegionRepository regions, Clock clock) {
        this.indicators = indicators;
        this.regions = regions;
        this.clock = clock;
    }

    public Map<String, Object> json(AnalyticsQuery.Pivot pivot, List<String> dx, List<String> pe, List<String> ou) {
        Map<String, Indicator> catalogue = indicatorsOf(dx);
        Map<String, Region> areas = regions.findAllById(ou).stream().collect(Collectors.toMap(Region::code, Function.identity()));
        List<SdmxItem> indicatorItems = dx.stream().map(code -> {
            Indicator i = catalogue.get(code);
            return i == null ? new SdmxItem(code, code, null) : new SdmxItem(code, i.nameZh(), i.nameEn());
        }).toList();
        List<SdmxItem> regionItems = ou.stream().map(code -> {
            Region r = areas.get(code);
            return r == null ? new SdmxItem(code, code, null) : new SdmxItem(code, r.nameZh(), r.nameEn());
        }).toList();
        List<Period> periods = pe.stream().map(Period::parse).toList();
        String id = "ZS-" + UUID.randomUUID();
        return SdmxDataMessage.of(id, clock.instant(), PlatformTime.DISTRICT_ZONE, indicatorItems, regionItems, periods,
                observations(pivot, catalogue));
    }

    public String csv(AnalyticsQuery.Pivot pivot, List<String> dx) {
        return SdmxCsv.of(observations(pivot, indicatorsOf(dx)));
    }

    private Map<String, Indicator> indicatorsOf(List<String> dx) {
        return indicators.findAllById(dx).stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    /** Cells of indicators the catalogue lacks cannot exist (observations are checked against it), so none is dropped. */
    private static List<SdmxObservation> observations(AnalyticsQuery.Pivot pivot, Map<String, Indicator> catalogue) {
        return pivot.rows().stream().filter(row -> catalogue.containsKey((String) row.get(0)))
                .map(row -> new SdmxObservation(catalogue.get((String) row.get(0)), (String) row.get(2),
                        Period.parse((String) row.get(1)), (BigDecimal) row.get(3), (BigDecimal) row.get(4),
                        Boolean.TRUE.equals(row.get(5)), (String) row.get(6)))
                .toList();
    }
}
