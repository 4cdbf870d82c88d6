package org.openics.engagement;

/** Why a response or a new consultation was refused. */
public enum ProblemKind {
    NO_SUCH_CONSULTATION,
    NOT_YET_OPEN,
    CLOSED,
    MISSING_ANSWER,
    NOT_AN_OPTION,
    NOT_A_NUMBER,
    OUT_OF_RANGE,
    TOO_LONG,
    UNKNOWN_QUESTION,
    INVALID_FIELD,
    DUPLICATE,
    ALREADY_RESPONDED,
    GATE_NOT_MET,
    NOT_FOUND
}
