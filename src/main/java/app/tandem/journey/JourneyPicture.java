package app.tandem.journey;

import app.tandem.journey.JourneyView.OpportunityView;
import app.tandem.journey.JourneyView.PainPointView;
import app.tandem.journey.JourneyView.StageView;
import app.tandem.journey.JourneyView.TouchpointView;
import app.tandem.workspace.TeamView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of a journey map picture, computed from the data: stages as columns, lanes for
 * touchpoints, doing and thinking, the emotion curve, pain points and opportunities. Only what has an
 * owner is coloured by its team: touchpoints, and pain points and opportunities whose owning team is
 * known; the rest (doing and thinking too) is grey ("No team"). A pain point also says how much it hurts, the user goal it blocks and how
 * many insights prove it. The Thymeleaf template {@code journey/picture} draws it as SVG.
 */
record JourneyPicture(
        int width,
        int height,
        String title,
        String description,
        List<Column> columns,
        List<Lane> lanes,
        List<Box> boxes,
        List<Grid> grid,
        String curve,
        List<Dot> dots,
        @Nullable Dip dip,
        List<Legend> legend) {

    static final int PAD = 16;
    static final int LABEL_W = 128;
    static final int COL_W = 200;
    static final int GAP = 8;
    static final int HEAD_H = 40;
    /** What a header's line holds in bold 14 px text across the 200 px column, and how many lines it may take. */
    static final int HEAD_CHARS = 21;

    static final int HEAD_LINES = 3;
    static final int HEAD_LINE_H = 18;
    static final int LINE_H = 15;
    static final int EMOTION_H = 150;
    static final int CHARS = 27;

    /**
     * A stage's header: its number and name in {@code lines} (at most {@link #HEAD_LINES} of {@link
     * #HEAD_CHARS} characters, the last cut with "…"), centred in its height.
     */
    record Column(int x, int y, int w, int h, String name, int number, List<String> lines) {

        /** The baseline of line {@code index}. */
        public int lineY(int index) {
            return y + (h - lines.size() * HEAD_LINE_H) / 2 + 13 + index * HEAD_LINE_H;
        }
    }

    record Lane(int y, int h, String label, int labelY, boolean shaded) {}

    record Text(int x, int y, String text, boolean bold) {}

    record Box(int x, int y, int w, int h, String fill, String stroke, List<Text> lines, String kind, int severity) {}

    record Grid(int y, String label, boolean zero) {}

    record Dot(int x, int y, int emotion, String label, boolean low) {}

    record Dip(int x, int y, String text) {}

    record Legend(int x, int y, String fill, String stroke, String label) {}

    /**
     * Light fill and darker outline per team, in the order of the workspace's teams: the
     * stylesheet's team colours ({@code --team-1-bg}, {@code --team-1-line}, ... in tandem.css) in
     * the same order, so a team has the same colour in the picture and on every page.
     */
    private static final String[][] PALETTE = {
        {"#dbeafe", "#1d4ed8"}, {"#fce7f3", "#be185d"}, {"#dcfce7", "#15803d"}, {"#fef3c7", "#b45309"},
        {"#ede9fe", "#6d28d9"}, {"#cffafe", "#0e7490"}, {"#ffedd5", "#c2410c"}, {"#e0e7ff", "#4338ca"},
    };

    private static final String[] NO_TEAM = {"#f3f4f6", "#6b7280"};

    static JourneyPicture of(JourneyView journey, List<TeamView> teams) {
        Map<Long, String[]> colours = new HashMap<>();
        Map<Long, String> teamNames = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            colours.put(teams.get(i).id(), PALETTE[i % PALETTE.length]);
            teamNames.put(teams.get(i).id(), teams.get(i).name());
        }
        List<StageView> stages = journey.stages();
        int n = Math.max(stages.size(), 1);
        int width = PAD * 2 + LABEL_W + n * (COL_W + GAP);
        int y = PAD;

        // Heights of the text lanes: the tallest cell of each lane.
        List<List<List<String>>> touch = new ArrayList<>();
        List<List<List<String>>> doing = new ArrayList<>();
        List<List<List<String>>> pains = new ArrayList<>();
        List<List<List<String>>> opps = new ArrayList<>();
        for (StageView s : stages) {
            touch.add(s.touchpoints().stream()
                    .map(t -> wrap(t.channel() + (t.teamName() == null ? "" : " · " + t.teamName())))
                    .toList());
            List<List<String>> d = new ArrayList<>();
            if (s.doing() != null) {
                d.add(wrap("Doing: " + s.doing()));
            }
            if (s.thinking() != null) {
                d.add(wrap("Thinking: “" + s.thinking() + "”"));
            }
            doing.add(d);
            pains.add(s.painPoints().stream().map(JourneyPicture::painLines).toList());
            opps.add(s.opportunities().stream()
                    .map(o -> wrap(o.text() + (o.teamName() == null ? "" : " · " + o.teamName())))
                    .toList());
        }

        List<Column> columns = new ArrayList<>();
        List<Lane> lanes = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        List<List<String>> heads = new ArrayList<>();
        int headLines = 1;
        for (int i = 0; i < stages.size(); i++) {
            heads.add(headLines((i + 1) + ". " + stages.get(i).name()));
            headLines = Math.max(headLines, heads.get(i).size());
        }
        int headH = HEAD_H + (headLines - 1) * HEAD_LINE_H;
        for (int i = 0; i < stages.size(); i++) {
            columns.add(new Column(x(i), y, COL_W, headH, stages.get(i).name(), i + 1, heads.get(i)));
        }
        y += headH + GAP;

        y = lane(
                lanes,
                boxes,
                "Touchpoints",
                y,
                touch,
                i -> stages.get(i).touchpoints().stream()
                        .map(TouchpointView::teamId)
                        .map(id -> colour(colours, id))
                        .toList(),
                "touchpoint",
                stages,
                false);
        y = lane(
                lanes,
                boxes,
                "Doing & thinking",
                y,
                doing,
                i -> repeat(NO_TEAM, doing.get(i).size()),
                "doing",
                stages,
                true);

        // Emotion lane: -2 at the bottom, +2 at the top.
        int mid = y + 64;
        lanes.add(new Lane(y, EMOTION_H, "Emotion", mid, false));
        List<Grid> grid = new ArrayList<>();
        for (int e = 2; e >= -2; e--) {
            grid.add(new Grid(mid - e * 26, e > 0 ? "+" + e : String.valueOf(e), e == 0));
        }
        List<Dot> dots = new ArrayList<>();
        Optional<StageView> low = journey.dip();
        StringBuilder curve = new StringBuilder();
        for (int i = 0; i < stages.size(); i++) {
            StageView s = stages.get(i);
            int cx = x(i) + COL_W / 2;
            int cy = mid - s.emotion() * 26;
            curve.append(curve.isEmpty() ? "" : " ").append(cx).append(',').append(cy);
            boolean isLow = low.isPresent() && low.get().id() == s.id();
            dots.add(new Dot(
                    cx, cy, s.emotion(), s.emotion() > 0 ? "+" + s.emotion() : String.valueOf(s.emotion()), isLow));
        }
        Dip dip = low.map(s -> {
                    int i = stages.indexOf(s);
                    return new Dip(x(i) + COL_W / 2, mid - s.emotion() * 26 + 22, "Lowest: " + s.name());
                })
                .orElse(null);
        y += EMOTION_H + GAP;

        y = lane(
                lanes,
                boxes,
                "Pain points",
                y,
                pains,
                i -> stages.get(i).painPoints().stream()
                        .map(p -> colour(colours, p.teamId()))
                        .toList(),
                "pain",
                stages,
                true);
        y = lane(
                lanes,
                boxes,
                "Opportunities",
                y,
                opps,
                i -> stages.get(i).opportunities().stream()
                        .map(o -> colour(colours, o.teamId()))
                        .toList(),
                "opportunity",
                stages,
                false);

        // Legend: every team that owns a touchpoint, a pain point or an opportunity here, then "no team".
        List<Legend> legend = new ArrayList<>();
        int lx = PAD;
        int ly = y + 8;
        List<Long> used = stages.stream()
                .flatMap(s -> Stream.concat(
                        s.touchpoints().stream().map(TouchpointView::teamId),
                        Stream.concat(
                                s.painPoints().stream().map(PainPointView::teamId),
                                s.opportunities().stream().map(OpportunityView::teamId))))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        for (TeamView team : teams) {
            if (used.contains(team.id())) {
                String[] c = colour(colours, team.id());
                legend.add(new Legend(lx, ly, c[0], c[1], team.name()));
                lx += 44 + team.name().length() * 8;
            }
        }
        legend.add(new Legend(lx, ly, NO_TEAM[0], NO_TEAM[1], "No team"));
        int height = ly + 30;
        width = Math.max(width, lx + 124 + 140);

        String description = "Emotion by stage: "
                + stages.stream()
                        .map(s -> s.name() + " " + (s.emotion() > 0 ? "+" : "") + s.emotion())
                        .collect(Collectors.joining(", "))
                + low.map(s -> ". Lowest point: " + s.name() + ".").orElse(".");
        return new JourneyPicture(
                width,
                height,
                journey.name() + " — " + journey.personaName(),
                description,
                columns,
                lanes,
                boxes,
                grid,
                curve.toString(),
                dots,
                dip,
                legend);
    }

    /**
     * A pain point's lines: what hurts, how much in words, the user goal it blocks, and how many insights
     * prove it; the severity is also drawn as a red bar whose width grows with it.
     */
    private static List<String> painLines(PainPointView p) {
        List<String> lines = new ArrayList<>(wrap(p.text(), CHARS - 2));
        lines.addAll(wrap("Severity " + p.severity() + " of 3: " + p.severityLabel(), CHARS - 2));
        if (p.userGoal() != null) {
            lines.addAll(wrap("Blocks: " + p.userGoal(), CHARS - 2));
        }
        lines.add(
                p.insights() == 0
                        ? "No insight proves it yet"
                        : p.insights() + (p.insights() == 1 ? " insight proves it" : " insights prove it"));
        return lines;
    }

    private interface Colours {
        List<String[]> of(int stage);
    }

    private static int lane(
            List<Lane> lanes,
            List<Box> boxes,
            String label,
            int top,
            List<List<List<String>>> cells,
            Colours colours,
            String kind,
            List<StageView> stages,
            boolean shaded) {
        int height = 36;
        for (List<List<String>> cell : cells) {
            int h = 6;
            for (List<String> item : cell) {
                h += item.size() * LINE_H + 10 + 6;
            }
            height = Math.max(height, h);
        }
        lanes.add(new Lane(top, height, label, top + height / 2, shaded));
        for (int i = 0; i < cells.size(); i++) {
            List<String[]> fills = colours.of(i);
            int y = top + 6;
            for (int j = 0; j < cells.get(i).size(); j++) {
                List<String> item = cells.get(i).get(j);
                int h = item.size() * LINE_H + 10;
                List<Text> lines = new ArrayList<>();
                for (int k = 0; k < item.size(); k++) {
                    lines.add(
                            new Text(x(i) + (kind.equals("pain") ? 18 : 12), y + 17 + k * LINE_H, item.get(k), false));
                }
                String[] c = fills.get(j);
                int severity =
                        kind.equals("pain") ? stages.get(i).painPoints().get(j).severity() : 0;
                boxes.add(new Box(x(i) + 4, y, COL_W - 8, h, c[0], c[1], lines, kind, severity));
                y += h + 6;
            }
        }
        return top + height + GAP;
    }

    private static List<String[]> repeat(String[] colour, int times) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            list.add(colour);
        }
        return list;
    }

    private static String[] colour(Map<Long, String[]> colours, @Nullable Long teamId) {
        return teamId == null ? NO_TEAM : colours.getOrDefault(teamId, NO_TEAM);
    }

    static int x(int stage) {
        return PAD + LABEL_W + stage * (COL_W + GAP);
    }

    /**
     * A stage's header text in at most {@link #HEAD_LINES} lines: a long name ran past its column
     * on one line, over the next stage's header and cut at both ends (a browser walk, December
     * 2026). What does not fit ends the last line with "…"; the whole name is the header's title.
     */
    static List<String> headLines(String text) {
        List<String> lines = wrap(text, HEAD_CHARS);
        if (lines.size() <= HEAD_LINES) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, HEAD_LINES));
        String last = kept.get(HEAD_LINES - 1);
        kept.set(
                HEAD_LINES - 1,
                (last.length() >= HEAD_CHARS ? last.substring(0, HEAD_CHARS - 1) : last).stripTrailing() + "…");
        return List.copyOf(kept);
    }

    /** Breaks text into lines of at most {@link #CHARS} characters at spaces (SVG text does not wrap). */
    static List<String> wrap(String text) {
        return wrap(text, CHARS);
    }

    static List<String> wrap(String text, int chars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > chars) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, chars));
                word = word.substring(chars);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > chars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.isEmpty() ? List.of("") : lines;
    }
}
