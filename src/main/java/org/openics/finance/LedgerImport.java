package org.openics.finance;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What importing a ledger extract did. {@code read == loaded + rejected.size()}; the (period, organisation) pairs of the
 * good rows replace whatever was held for them, so a re-import never double counts; {@code changed} is false when the
 * same lines were already held. {@code problem} is set when the file could not be used at all (nothing loaded).
 */
public record LedgerImport(
        String file,
        long read,
        long loaded,
        List<RejectedLine> rejected,
        List<YearMonth> periods,
        Optional<String> problem,
        boolean changed) {

    public LedgerImport {
        rejected = List.copyOf(rejected);
        periods = List.copyOf(periods);
        problem = problem == null ? Optional.empty() : problem;
        if (problem.isEmpty() && read != loaded + rejected.size()) {
            throw new IllegalStateException("ledger import of " + file + " does not reconcile");
        }
    }

    public LedgerImport stored(boolean changedNow) {
        return new LedgerImport(file, read, loaded, rejected, periods, problem, changedNow);
    }
}
