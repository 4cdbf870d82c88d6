package org.openics.estates;

import java.time.LocalDate;
import java.util.Optional;
import org.openics.kernel.Money;

/**
 * A change to the estate: dispose of a site, relocate its services to another, open a new hub, refurbish. The capital
 * bid reference links the plan to a bid in the finance module's capital programme when there is one (an identifier
 * only: estates does not depend on finance).
 *
 * @param id the stored plan's number, 0 before it is recorded
 * @param floorAreaChangeM2 floor area the plan adds (positive) or releases (negative)
 * @param runningCostChange the change in annual running cost (negative: a saving)
 */
public record EstatePlan(
        long id,
        PlanKind kind,
        String siteCode,
        Optional<String> targetSite,
        String title,
        LocalDate due,
        PlanStatus status,
        double floorAreaChangeM2,
        Money runningCostChange,
        Optional<String> capitalBid) {

    public EstatePlan {
        targetSite = targetSite == null ? Optional.empty() : targetSite.filter(s -> !s.isBlank());
        capitalBid = capitalBid == null ? Optional.empty() : capitalBid.filter(s -> !s.isBlank());
        String problem = problem(kind, siteCode, targetSite, title, due, status, runningCostChange);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why these values are not a plan, or null when they are one. */
    public static String problem(
            PlanKind kind,
            String siteCode,
            Optional<String> targetSite,
            String title,
            LocalDate due,
            PlanStatus status,
            Money runningCostChange) {
        if (kind == null || status == null || due == null || runningCostChange == null) {
            return "a plan has a kind, a status, a due date and a running cost change (0 for none)";
        }
        if (siteCode == null || siteCode.isBlank()) {
            return "a plan names the site it changes";
        }
        if (title == null || title.isBlank()) {
            return "a plan has a title";
        }
        boolean hasTarget =
                targetSite != null && targetSite.filter(s -> !s.isBlank()).isPresent();
        if (kind == PlanKind.RELOCATION && !hasTarget) {
            return "a relocation names the site the services move to";
        }
        if (hasTarget && targetSite.get().equals(siteCode)) {
            return "a relocation moves services to another site, not " + siteCode + " itself";
        }
        return null;
    }

    /** A plan from what people type (a running cost in pounds, a blank target or bid for none), or the reason it is none. */
    public record Draft(EstatePlan plan, String problem) {}

    public static Draft draft(
            long id,
            PlanKind kind,
            String siteCode,
            String targetSite,
            String title,
            LocalDate due,
            PlanStatus status,
            double floorAreaChangeM2,
            String runningCostChange,
            String capitalBid) {
        Money cost;
        try {
            cost = Money.parse(
                    runningCostChange == null || runningCostChange.isBlank() ? "0" : runningCostChange.trim());
        } catch (IllegalArgumentException e) {
            return new Draft(null, "running cost change: " + e.getMessage());
        }
        String site = siteCode == null ? null : siteCode.trim();
        Optional<String> to = Optional.ofNullable(targetSite).map(String::trim).filter(t -> !t.isEmpty());
        String problem = problem(kind, site, to, title, due, status, cost);
        return problem != null
                ? new Draft(null, problem)
                : new Draft(
                        new EstatePlan(
                                id,
                                kind,
                                site,
                                to,
                                title.trim(),
                                due,
                                status,
                                floorAreaChangeM2,
                                cost,
                                Optional.ofNullable(capitalBid).map(String::trim)),
                        null);
    }

    public EstatePlan withId(long newId) {
        return new EstatePlan(
                newId,
                kind,
                siteCode,
                targetSite,
                title,
                due,
                status,
                floorAreaChangeM2,
                runningCostChange,
                capitalBid);
    }
}
