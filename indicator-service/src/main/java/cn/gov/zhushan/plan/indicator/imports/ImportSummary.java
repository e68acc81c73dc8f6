package cn.gov.zhushan.plan.indicator.imports;

import java.util.List;

/**
 * What an import did, or would do in a dry run.
 *
 * @param written  whether anything was written (false for a dry run and for a strict import with rejections)
 * @param rejected     the first {@value #LISTED} refused rows with their number (1 = the first data row) and the
 *                     reason, naming the field
 * @param rejectedRows how many rows were refused in all (more than listed in {@code rejected} when over the cap)
 */
public record ImportSummary(boolean dryRun, boolean strict, boolean written, int rows, int created, int updated,
                            int unchanged, List<Rejection> rejected, int rejectedRows) {

    /** How many refusals a summary lists: enough to fix a file, bounded however bad the file is. */
    public static final int LISTED = 100;

    public record Rejection(int row, String field, String reason) {
    }
}
