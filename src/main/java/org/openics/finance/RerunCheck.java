package org.openics.finance;

/** A saved run computed again from its saved inputs: {@code identical} when every figure is the same. */
public record RerunCheck(AllocationRun original, AllocationRun rerun, boolean identical) {}
