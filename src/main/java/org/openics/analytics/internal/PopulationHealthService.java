package org.openics.analytics.internal;

import java.util.List;
import java.util.Optional;
import org.openics.analytics.AttributableDeaths;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Change;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Inequality;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.RefreshReport;
import org.openics.platform.ProgressListener;
import org.springframework.stereotype.Service;

/** The analytics entry point (first cut: the contract, empty results until the refresh engine lands). */
@Service
class PopulationHealthService implements PopulationHealth {

    @Override
    public List<Indicator> catalogue() {
        return List.of();
    }

    @Override
    public Optional<Indicator> indicator(String id) {
        return catalogue().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Override
    public RefreshReport refresh(ProgressListener progress) {
        throw new UnsupportedOperationException("indicator refresh is not built yet");
    }

    @Override
    public Optional<RefreshReport> lastRefresh() {
        return Optional.empty();
    }

    @Override
    public List<IndicatorValue> values(String indicatorId, Level level, Optional<String> parentCode) {
        return List.of();
    }

    @Override
    public Optional<IndicatorValue> value(String indicatorId, Level level, String code) {
        return Optional.empty();
    }

    @Override
    public List<IndicatorValue> breakdown(String indicatorId, Level level, String code, Breakdown by) {
        return List.of();
    }

    @Override
    public List<IndicatorValue> trend(String indicatorId, Level level, String code) {
        return List.of();
    }

    @Override
    public Optional<Inequality> inequality(String indicatorId, Level level, String code) {
        return Optional.empty();
    }

    @Override
    public Optional<AttributableDeaths> attributableDeaths(Level level, String code) {
        return Optional.empty();
    }

    @Override
    public List<Change> changesSinceLastRefresh(Level level, String code) {
        return List.of();
    }
}
