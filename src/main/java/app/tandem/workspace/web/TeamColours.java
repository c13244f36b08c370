package app.tandem.workspace.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's colour, the same on every page: the stylesheet's team colours {@code team-c1} to {@code
 * team-c8}, given out in the order of the workspace's teams and again from the first after the
 * eighth. The journey map's picture gives its eight colours in the same order, so a team has one
 * colour in the picture, its tags and its cards.
 */
final class TeamColours {

    static final int COUNT = 8;

    private TeamColours() {}

    /** The colour class of each team by its name, for teams in the workspace's order. */
    static Map<String, String> of(List<String> teamNames) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (int i = 0; i < teamNames.size(); i++) {
            colours.putIfAbsent(teamNames.get(i), "team-c" + (i % COUNT + 1));
        }
        return colours;
    }
}
