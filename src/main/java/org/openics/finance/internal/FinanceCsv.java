package org.openics.finance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openics.finance.AllocationResult;
import org.openics.finance.AllocationRun;
import org.openics.finance.CapitalPlan;
import org.openics.finance.ComponentNeed;
import org.openics.finance.LocalNeedTable;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.NeedUnit;
import org.openics.finance.SystemPosition;

/** The finance tables as CSV, the same rows the pages show; money in pounds with pence. */
final class FinanceCsv {

    private FinanceCsv() {}

    static String need(NeedIndexTable table) {
        List<String> header = new ArrayList<>(List.of("code", "name", "practices", "registered"));
        for (NeedComponent c : NeedComponent.values()) {
            header.add(c.header() + " weighted");
            header.add(c.header() + " index");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (NeedUnit u : table.units()) {
            List<Object> row = new ArrayList<>(
                    List.of(u.code(), u.name(), u.practices(), u.registered().toPlainString()));
            for (ComponentNeed c : u.components()) {
                row.add(c.weighted().toPlainString());
                row.add(c.index() == null ? "" : c.index().toPlainString());
            }
            rows.add(row);
        }
        return csv(header, rows);
    }

    /** One row per place and component: NHS England's index, the local index, the difference, each driver's ratio, the reason. */
    static String localNeed(LocalNeedTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (LocalNeedTable.Place p : table.places()) {
            for (LocalNeedTable.Component c : p.components()) {
                String drivers = String.join(
                        "; ",
                        c.drivers().stream()
                                .map(d -> d.name() + " "
                                        + (d.ratio() == null
                                                ? "not calculated"
                                                : d.ratio().toPlainString()) + "^" + d.exponent())
                                .toList());
                rows.add(List.of(
                        p.code(),
                        p.name(),
                        c.component().header(),
                        plain(c.nhsEngland()),
                        plain(c.local()),
                        plain(c.difference()),
                        drivers,
                        c.reason() == null ? "" : c.reason(),
                        p.explanation()));
            }
        }
        return csv(
                List.of(
                        "code",
                        "name",
                        "component",
                        "NHS England index",
                        "local index",
                        "difference",
                        "drivers",
                        "reason",
                        "place's largest difference"),
                rows);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String targets(AllocationRun run) {
        List<List<Object>> rows = new ArrayList<>();
        for (AllocationResult.UnitTarget u : run.result().units()) {
            rows.add(List.of(
                    u.code(),
                    u.name(),
                    u.baseline().pounds(),
                    u.baselineShare(),
                    u.target().pounds(),
                    u.targetShare(),
                    u.distanceFromTarget().map(Object::toString).orElse("")));
        }
        return csv(
                List.of("code", "name", "baseline", "baseline share", "target", "target share", "distance from target"),
                rows);
    }

    static String path(AllocationRun run) {
        List<List<Object>> rows = new ArrayList<>();
        for (AllocationResult.PathYear y : run.result().path()) {
            for (AllocationResult.UnitYear u : y.units()) {
                rows.add(List.of(
                        y.year(),
                        y.envelope().pounds(),
                        u.code(),
                        u.allocation().pounds(),
                        u.target().pounds(),
                        u.growthPercent(),
                        u.distanceFromTargetPercent(),
                        u.bound()));
            }
        }
        return csv(
                List.of(
                        "year",
                        "envelope",
                        "code",
                        "allocation",
                        "target",
                        "growth %",
                        "distance from target %",
                        "held by"),
                rows);
    }

    static String budgets(SystemPosition p) {
        List<List<Object>> rows = new ArrayList<>();
        for (SystemPosition.BudgetPosition b : p.budgets()) {
            rows.add(List.of(
                    b.budget().code(),
                    b.budget().name(),
                    b.budget().organisation(),
                    opt(b.budget().place() == null ? null : b.budget().place().value()),
                    opt(b.budget().pool()),
                    b.budget().holder(),
                    b.budget().amount().pounds(),
                    b.budgetToDate().pounds(),
                    b.actualToDate().pounds(),
                    b.varianceToDate().pounds(),
                    b.adjustments().pounds(),
                    b.forecast().pounds(),
                    b.forecastVariance().pounds(),
                    b.rag()));
        }
        return csv(
                List.of(
                        "code",
                        "name",
                        "organisation",
                        "place",
                        "pool",
                        "holder",
                        "budget",
                        "budget to date",
                        "actual to date",
                        "variance to date",
                        "adjustments",
                        "forecast outturn",
                        "forecast variance",
                        "RAG"),
                rows);
    }

    static String pools(SystemPosition p) {
        List<List<Object>> rows = new ArrayList<>();
        for (SystemPosition.PoolPosition pool : p.pools()) {
            for (SystemPosition.PartnerShare s : pool.shares()) {
                rows.add(List.of(
                        pool.fund().code(),
                        pool.fund().name(),
                        pool.fund().host(),
                        pool.fund().basis(),
                        pool.fund().total().pounds(),
                        pool.forecast().pounds(),
                        pool.forecastVariance().pounds(),
                        pool.rag(),
                        s.organisation(),
                        s.kind(),
                        s.contribution().pounds(),
                        s.sharePercent(),
                        s.carries().pounds(),
                        s.capped()));
            }
        }
        return csv(
                List.of(
                        "pool",
                        "name",
                        "host",
                        "risk share",
                        "contributions",
                        "forecast",
                        "forecast variance",
                        "RAG",
                        "partner",
                        "kind",
                        "contribution",
                        "share %",
                        "carries",
                        "capped"),
                rows);
    }

    static String organisations(SystemPosition p) {
        List<List<Object>> rows = new ArrayList<>();
        for (SystemPosition.OrganisationPosition o : p.organisations()) {
            rows.add(List.of(
                    o.organisation(),
                    o.name(),
                    o.kind(),
                    o.ownBudgets().pounds(),
                    o.ownVariance().pounds(),
                    o.poolShares().pounds(),
                    o.net().pounds(),
                    o.breaksEven(),
                    o.flag().orElse("")));
        }
        return csv(
                List.of(
                        "organisation",
                        "name",
                        "kind",
                        "own budgets",
                        "own forecast variance",
                        "share of pools",
                        "net",
                        "breaks even",
                        "flag"),
                rows);
    }

    static String capital(CapitalPlan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (CapitalPlan.BidLine b : plan.bids()) {
            rows.add(List.of(
                    b.id(),
                    b.title(),
                    b.organisation(),
                    b.location(),
                    b.totalCost().pounds(),
                    b.mandatory(),
                    b.status(),
                    b.value() == null ? "" : b.value().toPlainString(),
                    b.reason(),
                    b.detail(),
                    b.marginal(),
                    b.approver(),
                    b.approval()));
        }
        return csv(
                List.of(
                        "bid",
                        "title",
                        "organisation",
                        "place",
                        "total cost",
                        "mandatory",
                        "status",
                        "value",
                        "reason",
                        "detail",
                        "marginal",
                        "approver",
                        "approval"),
                rows);
    }

    static String capitalSpend(CapitalPlan plan) {
        List<List<Object>> rows = new ArrayList<>();
        plan.portfolio()
                .ifPresent(p -> p.spend()
                        .forEach(y -> rows.add(List.of(
                                y.year(),
                                y.envelope().pounds(),
                                y.committed().pounds(),
                                y.headroom().pounds()))));
        return csv(List.of("year", "envelope", "committed", "headroom"), rows);
    }

    private static Object opt(String s) {
        return Optional.ofNullable(s).orElse("");
    }

    static String csv(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", header.stream().map(FinanceCsv::cell).toList()))
                .append('\n');
        for (List<Object> row : rows) {
            out.append(String.join(
                            ",", row.stream().map(v -> cell(String.valueOf(v))).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String cell(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
