package cn.gov.zhushan.plan.indicator.ranks;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.indicator.observations.FieldProblem;
import cn.gov.zhushan.plan.indicator.observations.ObservationRules;
import cn.gov.zhushan.plan.indicator.periods.Period;
import cn.gov.zhushan.plan.indicator.regions.RegionRepository;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/** Records official ranks (idempotent by indicator + region + period + scope) and reads them back. */
@Service
public class OfficialRanks {

    private final OfficialRankRepository ranks;
    private final IndicatorRepository indicators;
    private final RegionRepository regions;
    private final Clock clock;

    public OfficialRanks(OfficialRankRepository ranks, IndicatorRepository indicators, RegionRepository regions, Clock clock) {
        this.ranks = ranks;
        this.indicators = indicators;
        this.regions = regions;
        this.clock = clock;
    }

    public record Result(boolean created, boolean changed, OfficialRank rank) {
    }

    public Result record(String code, String region, String periodText, OfficialRankRequest request, String by) {
        if (!indicators.existsById(code)) {
            throw new NotFoundException("No indicator with code " + code + ".");
        }
        if (!regions.existsById(region)) {
            throw new NotFoundException("No region with code " + region + ".");
        }
        Period period = ObservationRules.period(periodText);
        RankLabel label = RankLabel.parse(request.label()).orElseThrow(() -> FieldProblem.refused("label",
                "names no rank: write it as reported, e.g. 全市第二, 全省前三 or 全省前列"));
        String id = OfficialRank.idOf(code, region, period.toString(), label.scope());
        OfficialRank existing = ranks.findById(id).orElse(null);
        OfficialRank rank = new OfficialRank(id, code, region, period.toString(), label.scope(), request.label().trim(),
                label.position(), label.within(), request.source().trim(), by, Instant.now(clock));
        if (rank.sameAs(existing)) {
            return new Result(false, false, existing);
        }
        return new Result(existing == null, true, ranks.save(rank));
    }

    /** The official ranks of one figure, the city's first. */
    public List<OfficialRank> of(String code, String region, String period) {
        return ranks.findByIndicatorCodeAndRegionCodeAndPeriod(code, region, period).stream()
                .sorted(Comparator.comparing(OfficialRank::scope)).toList();
    }
}
