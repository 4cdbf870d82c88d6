package org.openics.workforce;

/** The CSV shapes the workforce module imports (columns in docs/workforce.md). */
public enum WorkforceFormat {
    /** NHS Workforce Statistics (hospital and community services), one row per organisation × staff group × month. */
    NHS_WORKFORCE_STATISTICS,
    /** General Practice Workforce, practice-level: one row per practice, FTE and headcount per group in columns. */
    GP_WORKFORCE
}
