package org.openics.estates.importing;

import java.util.List;
import org.openics.estates.Site;
import org.openics.registry.RejectedRow;

/** A site return read: its sites, the rejected rows with their reasons, and the data rows read. */
public record ParsedSites(List<Site> sites, List<RejectedRow> rejected, long read) {

    public ParsedSites {
        sites = List.copyOf(sites);
        rejected = List.copyOf(rejected);
    }
}
