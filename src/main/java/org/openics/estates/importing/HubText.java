package org.openics.estates.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openics.estates.Hub;

/**
 * A hub as people type it in a form or a file: one service a line as {@code service | provider | PCN PCN ...} (no PCNs:
 * every neighbourhood served), and one neighbourhood a line as {@code PCN, latitude, longitude}. Each bad line is named.
 */
public final class HubText {

    /** The hub read, or the problems (one per bad line). */
    public record Parsed(Hub hub, List<String> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    private HubText() {}

    public static Parsed parse(String siteCode, String name, String services, String neighbourhoods) {
        List<String> problems = new ArrayList<>();
        List<Hub.HostedService> hosted = new ArrayList<>();
        List<String> serviceLines = lines(services);
        for (int i = 0; i < serviceLines.size(); i++) {
            String[] parts = serviceLines.get(i).split("\\|", -1);
            if (parts[0].isBlank()) {
                problems.add("service line " + (i + 1) + ": no service named");
                continue;
            }
            List<String> pcns = parts.length > 2
                    ? Arrays.stream(parts[2].trim().split("[\\s,]+"))
                            .filter(p -> !p.isBlank())
                            .toList()
                    : List.of();
            hosted.add(new Hub.HostedService(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "", pcns));
        }
        List<Hub.Neighbourhood> served = new ArrayList<>();
        List<String> neighbourhoodLines = lines(neighbourhoods);
        for (int i = 0; i < neighbourhoodLines.size(); i++) {
            String[] parts = neighbourhoodLines.get(i).split("\\s*,\\s*");
            try {
                served.add(new Hub.Neighbourhood(
                        parts[0].trim(), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
            } catch (RuntimeException e) {
                problems.add("neighbourhood line " + (i + 1) + ": '" + neighbourhoodLines.get(i)
                        + "' is not 'PCN, latitude, longitude'");
            }
        }
        if (siteCode == null || siteCode.isBlank() || name == null || name.isBlank()) {
            problems.add("a hub has a site code and a name");
        }
        return new Parsed(problems.isEmpty() ? new Hub(siteCode.trim(), name.trim(), hosted, served) : null, problems);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }
}
