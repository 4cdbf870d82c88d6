package org.openics.workforce;

import java.util.List;
import java.util.Optional;

/** A deployment recorded, or the reasons it was not. */
public record DeploymentOutcome(Optional<Deployment> recorded, List<String> problems) {

    public DeploymentOutcome {
        problems = List.copyOf(problems);
    }

    public static DeploymentOutcome recorded(Deployment d) {
        return new DeploymentOutcome(Optional.of(d), List.of());
    }

    public static DeploymentOutcome refused(String problem) {
        return new DeploymentOutcome(Optional.empty(), List.of(problem));
    }

    public boolean done() {
        return recorded.isPresent();
    }
}
