package org.openics.record.internal;

import java.util.function.Consumer;
import org.openics.record.AnalyticFacts;
import org.openics.record.RecordFacts;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/** The pseudonymised facts feed ({@link RecordFacts}), read from the fact tables without opted-out persons. */
@Service
@Primary // the job's entry point; SharedCareRecord's facade delegates here
class RecordFactsService implements RecordFacts {

    private final FactStore store;
    private final OptOuts optOuts;

    RecordFactsService(FactStore store, OptOuts optOuts) {
        this.store = store;
        this.optOuts = optOuts;
    }

    @Override
    public <T extends org.openics.record.AnalyticFact> void facts(Class<T> kind, Consumer<? super T> sink) {
        FactReader.read(store, kind, sink);
    }

    @Override
    public <T extends org.openics.record.AnalyticFact> long facts(
            Class<T> kind, long sinceSequence, Consumer<? super AnalyticFacts.Change<T>> sink) {
        return FactReader.readSince(store, kind, sinceSequence, sink);
    }

    @Override
    public org.openics.record.OptOutExclusions optOutExclusions() {
        return optOuts.exclusions();
    }
}
