package cn.gov.zhushan.plan.livelihood.pii;

/**
 * One collection's sealed fields, as the re-encryption job sees them. Each feature that seals data declares
 * its own, because only it knows the fields and their encryption contexts.
 */
public interface SealedRecords {

    /** The collection, for progress reports. */
    String name();

    /** How many records still hold a value sealed with another key than the active one (or legacy plaintext). */
    long countToMove(PiiCipher cipher);

    /**
     * Moves up to {@code batchSize} records to the active key with conditional updates (a record changed
     * concurrently is skipped and found again by the next batch).
     *
     * @return how many records were rewritten
     */
    int moveBatch(PiiCipher cipher, int batchSize);
}
