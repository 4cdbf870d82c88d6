package org.openics.registry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.platform.ProgressListener;

/**
 * The registry's one entry point: import the published files, load the demo ICS, and ask how the
 * system of systems stood on any date.
 */
public interface Registry {

    /**
     * Imports one published file. Good rows load in one transaction; bad rows are rejected with file,
     * line and reason. Importing the same file again changes nothing.
     */
    ImportReport importFile(Path file, ImportOptions options, ProgressListener progress);

    /** Loads the built-in synthetic demo ICS unless it is already there; true when it loaded it now. */
    boolean loadDemoIcs();

    /** The whole registry as it stood on a date, for reading. */
    SystemOfSystems asAt(LocalDate date);

    /**
     * The hierarchy below a node (an ICB code for one ICS; empty for all of England), with populations.
     *
     * @param depth levels of children to include; negative for all
     */
    Optional<TreeNode> tree(Optional<OdsCode> rootCode, LocalDate asAt, int depth);

    Optional<Organisation> organisation(OdsCode code, LocalDate asAt);

    List<Membership> members(OdsCode partnershipCode, LocalDate asAt);

    /** The places a provider serves, including places in another ICS. */
    List<ServedPlace> placesServedBy(OdsCode providerCode, LocalDate asAt);

    /** The providers serving a place. */
    List<ServedPlace> providersServing(OdsCode placeCode, LocalDate asAt);

    /** The ICBs (one per ICS) on a date, by name. */
    List<Organisation> integratedCareBoards(LocalDate asAt);
}
