/** Waiting-list figures from open referral-to-treatment entries: centiles, 18-week performance, long waiters, residents' breakdowns (pure). */
package org.openics.mutualaid.waits;
