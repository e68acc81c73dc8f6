package cn.gov.zhushan.plan.indicator.derived;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.indicator.observations.ObservationRules;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.regions.Region;
import cn.gov.zhushan.plan.indicator.regions.RegionRepository;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** Derived figures of one indicator in one period: growth, year to date, rank among peers, gap to the leader. */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/{code}/derived")
class DerivedController {

    private final IndicatorRepository indicators;
    private final RegionRepository regions;
    private final SeriesReader series;

    DerivedController(IndicatorRepository indicators, RegionRepository regions, SeriesReader series) {
        this.indicators = indicators;
        this.regions = regions;
        this.series = series;
    }

    /**
     * @param by {@code value} (the level) or {@code growth} (the reported growth, else the computed one) for the
     *           ranking; growth-only indicators always rank by growth
     */
    @GetMapping("/{region}/{period}")
    DerivedView derived(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
                        @PathVariable @Pattern(regexp = "\\d{6}") String region, @PathVariable String period,
                        @RequestParam(defaultValue = "value") @Pattern(regexp = "value|growth") String by) {
        Indicator indicator = indicators.findById(code).orElseThrow(() -> new NotFoundException("No indicator with code " + code + "."));
        Region place = regions.findById(region).orElseThrow(() -> new NotFoundException("No region with code " + region + "."));
        Period p = ObservationRules.period(period);
        boolean byGrowth = "growth".equals(by) || !indicator.takesLevel();
        SeriesReader.Point point = series.point(indicator, region, p);
        List<Region> peers = place.parent() == null ? List.of(place) : regions.findByParentOrderByCodeAsc(place.parent());
        Map<String, SeriesReader.Point> peerPoints = peers.stream().collect(Collectors.toMap(Region::code,
                r -> r.code().equals(region) ? point : series.point(indicator, r.code(), p), (a, b) -> a,
                java.util.LinkedHashMap::new));
        Function<SeriesReader.Point, BigDecimal> measure = byGrowth ? SeriesReader.Point::growthPercent : SeriesReader.Point::value;
        List<DerivedFigures.Standing> ranking = DerivedFigures.rank(peerPoints.entrySet().stream()
                .map(e -> new DerivedFigures.Peer(e.getKey(), measure.apply(e.getValue()))).toList(), indicator.lowerIsBetter());
        DerivedFigures.Standing own = ranking.stream().filter(s -> s.region().equals(region)).findFirst().orElse(null);
        return new DerivedView(code, region, p.toString(), indicator.unit(), point.value(), point.priorValue(),
                point.growthPercent(), point.growthReported(), point.yearToDate(), point.yearToDateGrowthPercent(),
                byGrowth ? "growth" : "value", indicator.lowerIsBetter() ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
                own == null ? null : own.rank(), ranking.size(), ranking.isEmpty() ? null : ranking.get(0).region(),
                own == null ? null : own.gapToLeader(),
                ranking.stream().sorted(Comparator.comparingInt(DerivedFigures.Standing::rank)).toList());
    }

    /**
     * @param growthPercent          the reported growth when {@code growthReported}, else computed from the levels
     * @param yearToDate             sum (flows) or mean (ratios) of the year's periods so far; null for a year
     * @param rank                   1 = best among the region's peers (its parent's children), polarity-aware
     * @param gapToLeader            distance to the leader in the ranked measure's unit
     */
    record DerivedView(String indicator, String region, String period, String unit, BigDecimal value,
                       BigDecimal priorYearValue, BigDecimal growthPercent, boolean growthReported,
                       BigDecimal yearToDate, BigDecimal yearToDateGrowthPercent, String rankedBy, String polarity,
                       Integer rank, int peersRanked, String leader, BigDecimal gapToLeader,
                       List<DerivedFigures.Standing> ranking) {
    }
}
