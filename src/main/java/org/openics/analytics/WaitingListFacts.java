package org.openics.analytics;

import java.util.List;

/**
 * The open referral-to-treatment waiting list as the facts store holds it after the last refresh (status active, the
 * latest version of each entry), for modules that plan across providers (mutual aid). One query per call: callers keep
 * the answer until the next refresh rather than asking per page.
 */
public interface WaitingListFacts {

    /** Every open entry, joined to its person; empty when there is no facts store yet. */
    List<WaitingListRow> openEntries();
}
