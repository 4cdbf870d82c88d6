package org.openics.registry.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openics.kernel.OdsCode;
import org.openics.platform.ProgressListener;
import org.openics.registry.ImportOptions;
import org.openics.registry.ImportReport;
import org.openics.registry.Membership;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.ServedPlace;
import org.openics.registry.SystemOfSystems;
import org.openics.registry.TreeNode;
import org.openics.registry.demo.DemoIcs;
import org.openics.registry.domain.RegistryState;
import org.openics.registry.importing.RegistryImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The registry entry point: imports in one transaction each, reads from cached dated snapshots. */
@Service
class RegistryService implements Registry {

    private static final Logger log = LoggerFactory.getLogger(RegistryService.class);

    private final JdbcRegistryStore store;
    private final TransactionTemplate transactions;
    private final RegistryImporter importer = new RegistryImporter();
    private final Map<LocalDate, SystemOfSystems> snapshots = new ConcurrentHashMap<>();
    private volatile long cachedRevision = -1;

    RegistryService(JdbcRegistryStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public ImportReport importFile(Path file, ImportOptions options, ProgressListener progress) {
        ImportReport report = transactions.execute(tx -> {
            store.lockForWriting();
            progress.start("Reading the registry", -1);
            RegistryState state = store.load();
            progress.finish();
            ImportReport result = importer.run(file, options, state, progress);
            progress.start("Storing " + result.changes() + " changes", -1);
            store.save(state);
            store.logImport(result);
            progress.finish();
            return result;
        });
        log.info(
                "Imported {} as {}: read {}, loaded {}, rejected {}, {} changes",
                file,
                report.format(),
                report.read(),
                report.loaded(),
                report.rejected().size(),
                report.changes());
        return report;
    }

    @Override
    public boolean loadDemoIcs() {
        Boolean loaded = transactions.execute(tx -> {
            store.lockForWriting();
            if (store.exists(DemoIcs.ICB)) {
                return false;
            }
            RegistryState state = store.load();
            DemoIcs.loadInto(state);
            store.save(state);
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    @Override
    public SystemOfSystems asAt(LocalDate date) {
        long revision = store.revision();
        if (revision != cachedRevision) {
            snapshots.clear();
            cachedRevision = revision;
        }
        return snapshots.computeIfAbsent(date, store::snapshot);
    }

    @Override
    public Optional<TreeNode> tree(Optional<OdsCode> root, LocalDate asAt, int depth) {
        SystemOfSystems system = asAt(asAt);
        if (root.isPresent() && system.organisation(root.get()).isEmpty()) {
            return Optional.empty();
        }
        return system.tree(root, depth);
    }

    @Override
    public Optional<Organisation> organisation(OdsCode code, LocalDate asAt) {
        return asAt(asAt).organisation(code);
    }

    @Override
    public List<Membership> members(OdsCode partnershipCode, LocalDate asAt) {
        return asAt(asAt).members(partnershipCode);
    }

    @Override
    public List<ServedPlace> placesServedBy(OdsCode providerCode, LocalDate asAt) {
        return asAt(asAt).placesServedBy(providerCode);
    }

    @Override
    public List<ServedPlace> providersServing(OdsCode placeCode, LocalDate asAt) {
        return asAt(asAt).providersServing(placeCode);
    }

    @Override
    public List<Organisation> integratedCareBoards(LocalDate asAt) {
        return asAt(asAt).organisations(OrganisationKind.ICB);
    }
}
