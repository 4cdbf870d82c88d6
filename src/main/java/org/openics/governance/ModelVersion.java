package org.openics.governance;

import java.time.Instant;

/** One entry of governance's history: a whole-model import or a single change, when, by whom, and what. */
public record ModelVersion(int version, Instant at, String by, String what) {
}
