package org.openics.registry;

import java.util.List;
import org.openics.kernel.OdsCode;

/**
 * One node of the hierarchy with its populations rolled up from the practices below it, each
 * practice counted once.
 *
 * @param population         registered patients (sum of the practices below)
 * @param practices          number of practices below (1 for a practice)
 * @param practicesWithoutListSize practices below that have no registered population on the date
 * @param residentPopulation residents of the area where LSOAs are imported (places), otherwise null
 */
public record TreeNode(
        OdsCode code,
        String name,
        OrganisationKind kind,
        long population,
        int practices,
        int practicesWithoutListSize,
        Long residentPopulation,
        List<TreeNode> children) {

    public TreeNode {
        children = List.copyOf(children);
    }

    public TreeNode withoutChildren() {
        return new TreeNode(
                code, name, kind, population, practices, practicesWithoutListSize, residentPopulation, List.of());
    }
}
