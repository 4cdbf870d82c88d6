package org.openics.record.access;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openics.record.Problem;
import org.openics.record.ProblemKind;

/**
 * Who may write what. Each resource names the organisations that wrote, provided or performed it (its author
 * organisations); every one must be an organisation the writer may write for, and a resource another organisation
 * recorded may be changed only by that organisation. Writing never creates access by itself: a relationship (which
 * grants access to a person's record) comes only from what the operator loads or an organisation's registered feed
 * sends about itself; a member of staff's own writes give none.
 */
public final class WritePolicy {

    /** Why the writer may not store this resource, or empty when they may. */
    public Optional<Problem> refusal(
            Writer writer, String key, Set<String> authorOrganisations, Optional<String> recordedBy) {
        if (writer.kind() == Writer.Kind.OPERATOR) {
            return Optional.empty();
        }
        Set<String> foreign = new TreeSet<>();
        authorOrganisations.stream().filter(o -> !writer.mayWriteFor(o)).forEach(foreign::add);
        if (!foreign.isEmpty()) {
            return Optional.of(Problem.of(
                    ProblemKind.FOREIGN_AUTHOR,
                    key + " names " + String.join(", ", foreign) + " as its author or provider, but " + writer.name()
                            + " may write only for " + allowed(writer)));
        }
        if (recordedBy.isPresent() && !writer.mayWriteFor(recordedBy.get())) {
            return Optional.of(Problem.of(
                    ProblemKind.RECORDED_BY_ANOTHER,
                    key + " was recorded by " + recordedBy.get() + "; only " + recordedBy.get() + " may change it ("
                            + writer.name() + " writes for " + allowed(writer) + ")"));
        }
        return Optional.empty();
    }

    /** Whether a relationship of the resource's patient with this organisation may be recorded from this writer's data. */
    public boolean givesRelationship(Writer writer, String organisation) {
        return switch (writer.kind()) {
            case OPERATOR -> true;
            case FEED -> writer.organisations().contains(organisation);
            case STAFF -> false;
        };
    }

    private static String allowed(Writer writer) {
        return writer.organisations().isEmpty()
                ? "no organisation"
                : String.join(", ", new TreeSet<>(writer.organisations()));
    }
}
