package cn.gov.zhushan.plan.indicator.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.observations.ObservationRepository;
import cn.gov.zhushan.plan.indicator.registry.Indicator;
import cn.gov.zhushan.plan.indicator.registry.IndicatorRepository;
import cn.gov.zhushan.plan.indicator.targets.Target;
import cn.gov.zhushan.plan.indicator.targets.TargetRepository;

/** The figures this service holds itself: annual observations and the plan's targets. */
@Component
class LocalFigures {

    static final String SERVICE = "indicator-service";

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final TargetRepository targets;

    LocalFigures(IndicatorRepository indicators, ObservationRepository observations, TargetRepository targets) {
        this.indicators = indicators;
        this.observations = observations;
        this.targets = targets;
    }

    Fetched<ReportData.IndicatorReading> annual(String code, String region, int year) {
        String id = Observation.idOf(code, region, String.valueOf(year));
        String link = "/api/v1/indicators/" + code + "/observations/" + region + "/" + year;
        Optional<Indicator> indicator = indicators.findById(code);
        Optional<Observation> observation = observations.findById(id).filter(o -> o.current() != null);
        if (indicator.isEmpty() || observation.isEmpty()) {
            return Fetched.failed(new SourceRef(SERVICE, id, link, null), indicator.isEmpty() ? "指标未登记" : "无此记录");
        }
        Indicator i = indicator.get();
        Observation.Figures figures = observation.get().current();
        return Fetched.of(new ReportData.IndicatorReading(code, i.nameZh(), i.unit(), i.decimals(), figures.value(),
                figures.growthPercent()), new SourceRef(SERVICE, id, link, figures.recordedAt()));
    }

    /** The year's targets for the region, in the order given first, then by indicator code. */
    Fetched<List<ReportData.TargetLine>> targets(String region, int year, List<String> order) {
        List<ReportData.TargetLine> lines = new ArrayList<>();
        for (Target target : targets.findByYearOrderByIdAsc(year)) {
            if (!region.equals(target.regionCode()) || target.kind() == null) {
                continue;
            }
            Optional<Indicator> indicator = indicators.findById(target.indicatorCode());
            if (indicator.isEmpty()) {
                continue;
            }
            Indicator i = indicator.get();
            lines.add(new ReportData.TargetLine(i.code(), i.nameZh(), i.unit(), i.decimals(), target.kind(),
                    target.comparator(), target.value(), new SourceRef(SERVICE, target.id(),
                    "/api/v1/indicators/" + i.code() + "/targets/" + region + "/" + year, target.setAt())));
        }
        lines.sort(Comparator.comparingInt((ReportData.TargetLine l) -> order.contains(l.code()) ? order.indexOf(l.code()) : order.size())
                .thenComparing(ReportData.TargetLine::code));
        SourceRef source = new SourceRef(SERVICE, "targets " + region + " " + year, "/api/v1/indicators/targets?year=" + year, null);
        return lines.isEmpty() ? Fetched.failed(source, "无此记录") : Fetched.of(lines, source);
    }
}
