package cn.gov.zhushan.plan.indicator.imports;

import java.util.List;

/**
 * What an import did, or would do in a dry run.
 *
 * @param written  whether anything was written (false for a dry run and for a strict import with rejections)
 * @param rejected each refused row with its number (1 = the first data row) and the reason, naming the field
 */
public record ImportSummary(boolean dryRun, boolean strict, boolean written, int rows, int created, int updated,
                            int unchanged, List<Rejection> rejected) {

    public record Rejection(int row, String field, String reason) {
    }
}
