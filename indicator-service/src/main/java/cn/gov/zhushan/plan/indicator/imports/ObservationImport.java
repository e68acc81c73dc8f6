package cn.gov.zhushan.plan.indicator.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.indicator.observations.FieldProblem;
import cn.gov.zhushan.plan.indicator.observations.Observation;
import cn.gov.zhushan.plan.indicator.observations.ObservationRecording;
import cn.gov.zhushan.plan.indicator.observations.ObservationRecording.Outcome;
import cn.gov.zhushan.plan.indicator.observations.ObservationRules;

/**
 * Bulk import (DHIS2's dataValueSets): every row is checked first; a dry run stops there, a strict import
 * with any rejected row writes nothing, otherwise the valid rows are recorded one by one exactly as a PUT
 * would (same rules, revisions and events).
 */
@Service
class ObservationImport {

    private final ObservationRecording recording;

    ObservationImport(ObservationRecording recording) {
        this.recording = recording;
    }

    ImportSummary run(List<ImportRows.Row> rows, boolean dryRun, boolean strict, String caller) {
        Rejections rejected = new Rejections();
        List<ImportRows.Row> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] counts = new int[Outcome.values().length];
        for (ImportRows.Row row : rows) {
            if (row.problem() != null) {
                rejected.add(new ImportSummary.Rejection(row.number(), row.problem().field(), row.problem().reason()));
                continue;
            }
            try {
                Outcome outcome = recording.check(row.input(), caller);
                String key = Observation.idOf(row.input().indicator(), row.input().region(),
                        ObservationRules.period(row.input().period()).toString());
                Integer first = seen.putIfAbsent(key, row.number());
                if (first != null) {
                    rejected.add(new ImportSummary.Rejection(row.number(), "period", "duplicates row " + first));
                    continue;
                }
                counts[outcome.ordinal()]++;
                valid.add(row);
            } catch (FieldProblem problem) {
                rejected.add(rejection(row.number(), problem));
            }
        }
        if (dryRun || strict && rejected.count > 0) {
            return summary(dryRun, strict, false, rows.size(), counts, rejected);
        }
        counts = new int[Outcome.values().length];
        for (ImportRows.Row row : valid) {
            counts[recording.record(row.input(), caller).outcome().ordinal()]++;
        }
        return summary(false, strict, !valid.isEmpty(), rows.size(), counts, rejected);
    }

    private static ImportSummary summary(boolean dryRun, boolean strict, boolean written, int rows, int[] counts,
                                         Rejections rejected) {
        return new ImportSummary(dryRun, strict, written, rows, counts[Outcome.CREATED.ordinal()],
                counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()], List.copyOf(rejected.listed),
                rejected.count);
    }

    /** Counts every refusal, keeps the first {@link ImportSummary#LISTED}. */
    private static final class Rejections {

        private final List<ImportSummary.Rejection> listed = new ArrayList<>();
        private int count;

        void add(ImportSummary.Rejection rejection) {
            count++;
            if (listed.size() < ImportSummary.LISTED) {
                listed.add(rejection);
            }
        }
    }

    private static ImportSummary.Rejection rejection(int row, FieldProblem problem) {
        return new ImportSummary.Rejection(row, problem.field(), String.valueOf(problem.getBody().getProperties().get("reason")));
    }
}
