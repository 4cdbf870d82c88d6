/** Deciding agenda items: conflicted members excluded, quorum recomputed, authority checked, votes counted. */
package org.openics.governance.meetings;
