package cn.gov.zhushan.plan.indicator.derived;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.zhushan.plan.indicator.observations.ObservationRules;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.ranks.OfficialRank;
import cn.gov.zhushan.plan.indicator.ranks.OfficialRanks;
import cn.gov.zhushan.plan.indicator.regions.Region;
import cn.gov.zhushan.plan.indicator.regions.RegionRepository;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.indicator.registry.Publication;
import cn.gov.zhushan.plan.indicator.registry.YearFrom;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** Derived figures of one indicator in one period: growth, year to date, official and computed rank, gap to the leader. */
@RestController
@Validated
@RequestMapping("/api/v1/indicators/{code}/derived")
class DerivedController {

    private final IndicatorRepository indicators;
    private final RegionRepository regions;
    private final SeriesReader series;
    private final OfficialRanks officialRanks;

    DerivedController(IndicatorRepository indicators, RegionRepository regions, SeriesReader series,
                      OfficialRanks officialRanks) {
        this.indicators = indicators;
        this.regions = regions;
        this.series = series;
        this.officialRanks = officialRanks;
    }

    /**
     * @param by {@code value} (the level) or {@code growth} (the reported growth, else the computed one) for the
     *           ranking; growth-only indicators always rank by growth
     */
    @Operation(summary = "Growth, year to date, the official rank as reported and a rank computed among all peers",
            description = "officialRanks are the ranks as reported (全市第二...). A computed rank is given only when every "
                    + "peer region (the other children of the region's parent) reported; otherwise rank is null and "
                    + "peersReported/peersMissing say who did not.")
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
        Function<SeriesReader.Point, BigDecimal> measure = byGrowth ? SeriesReader.Point::growthPercent : SeriesReader.Point::value;
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        for (Region peer : peers) {
            measures.put(peer.code(), measure.apply(peer.code().equals(region) ? point : series.point(indicator, peer.code(), p)));
        }
        PeerRanking ranking = PeerRanking.of(measures, indicator.lowerIsBetter(), indicator.hasDirection());
        DerivedFigures.Standing own = ranking.standingOf(region);
        return new DerivedView(code, region, p.toString(), indicator.unit(), point.value(), point.priorValue(),
                point.growthPercent(), point.growthReported(), point.yearToDate(), point.yearToDateGrowthPercent(),
                indicator.publication(), indicator.yearFormedBy(),
                byGrowth ? "growth" : "value", indicator.polarity(),
                officialRanks.of(code, region, p.toString()),
                own == null ? null : own.rank(), ranking.ranking().size(), ranking.peers(), ranking.reported(),
                ranking.missing(), ranking.note(),
                ranking.ranking().isEmpty() ? null : ranking.ranking().get(0).region(),
                own == null ? null : own.gapToLeader(), ranking.ranking());
    }

    /**
     * @param growthPercent          the reported growth when {@code growthReported}, else computed from the levels
     * @param yearToDate             from January to the end of the period, formed as the indicator is published: the
     *                               cumulative value itself (never a sum of cumulative values), a sum or mean of the
     *                               periods, or the level
     * @param rank                   1 = best among all the region's peers, polarity-aware; null unless every peer reported
     * @param gapToLeader            distance to the leader in the ranked measure's unit
     */
    record DerivedView(String indicator, String region, String period, String unit, BigDecimal value,
                       BigDecimal priorYearValue, BigDecimal growthPercent, boolean growthReported,
                       BigDecimal yearToDate, BigDecimal yearToDateGrowthPercent,
                       @Schema(description = "How the values are published: CUMULATIVE from January (累计, 1–N月), "
                               + "PER_PERIOD, or POINT_IN_TIME") Publication publishedAs,
                       @Schema(description = "How the year (and the year to date) is formed: LAST_VALUE, SUM, MEAN "
                               + "(weighted by months) or RATIO_OF_SUMS (weighted by days)") YearFrom yearFrom,
                       String rankedBy, String polarity,
                       @Schema(description = "The ranks as officially reported (全市第二, 全省前三), with scope and source")
                       List<OfficialRank> officialRanks,
                       @Schema(description = "Computed among all peers; null unless every peer reported", nullable = true)
                       Integer rank, int peersRanked,
                       @Schema(description = "How many peer regions there are, the region itself included") int peers,
                       @Schema(description = "How many of the peers reported a measure") int peersReported,
                       @Schema(description = "The peers without a measure, by code") List<String> peersMissing,
                       @Schema(description = "Why no rank was computed, when none was", nullable = true) String rankNote,
                       String leader, BigDecimal gapToLeader, List<DerivedFigures.Standing> ranking) {
    }
}
