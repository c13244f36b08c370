package app.tandem.initiative.internal;

import app.tandem.initiative.InitiativeInput;
import app.tandem.support.DayWords;
import app.tandem.support.InvalidInput;
import app.tandem.support.InvalidInputs;
import app.tandem.support.PlannedDates;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a person gives to propose or replace an initiative, every wrong field at once ({@link
 * InvalidInputs} when several), naming each as the API does: {@code title}, {@code dueDate}, {@code
 * effort[1].personWeeks}, {@code contributors[0].userId}... Which people are members and which teams
 * are the workspace's is given, so the checks need no database.
 */
public final class InitiativeChecks {

    private InitiativeChecks() {}

    /** Every team id {@code input} names (proposing team, effort, contributors), to look up or hold at once. */
    public static Set<Long> teamsNamed(InitiativeInput input) {
        Set<Long> ids = new LinkedHashSet<>();
        if (input.proposingTeamId() != null) {
            ids.add(input.proposingTeamId());
        }
        for (InitiativeInput.Effort e : orEmpty(input.effort())) {
            if (e != null && e.teamId() != null) {
                ids.add(e.teamId());
            }
        }
        for (InitiativeInput.Contributor c : orEmpty(input.contributors())) {
            if (c != null && c.teamId() != null) {
                ids.add(c.teamId());
            }
        }
        return ids;
    }

    /** Whether a person may contribute for a team: one of their own (or, on an edit, as saved before). */
    @FunctionalInterface
    public interface ContributorTeams {
        boolean allows(long userId, long teamId);
    }

    /**
     * Refuses every wrong field of {@code input}; {@code members} are the user ids of the workspace's
     * members, {@code teams} the ids of its teams, {@code contributorTeams} which team each person
     * may contribute for.
     */
    public static void check(
            InitiativeInput input, Set<Long> members, Set<Long> teams, ContributorTeams contributorTeams) {
        InvalidInputs.Checks checks = InvalidInputs.checks();
        checks.check(() -> title(input.title()));
        checks.check(() -> description(input.description()));
        checks.check(() -> {
            if (input.kind() == null) {
                throw new InvalidInput(
                        "kind",
                        "Choose what kind of work it is: campaign, feature, infrastructure, content, research,"
                                + " monetisation or other.");
            }
        });
        checks.check(() -> {
            if (input.proposingTeamId() == null) {
                throw new InvalidInput("proposingTeamId", "Choose the team that proposes it.");
            }
            team(input.proposingTeamId(), teams, "proposingTeamId");
        });
        checks.check(() -> {
            if (input.ownerId() == null) {
                throw new InvalidInput("ownerId", "Choose the one person accountable for it.");
            }
            if (!members.contains(input.ownerId())) {
                throw new InvalidInput("ownerId", "The owner must be a member of this workspace.");
            }
        });
        dates(input.startDate(), input.dueDate(), checks);
        effort(input.effort(), teams, checks);
        contributors(input.contributors(), members, teams, contributorTeams, checks);
        checks.done();
    }

    private static void title(@Nullable String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInput("title", "Give the initiative a title.");
        }
        if (stripped.length() > InitiativeInput.TITLE_MAX) {
            throw new InvalidInput("title", "A title has at most " + InitiativeInput.TITLE_MAX + " characters.");
        }
    }

    private static void description(@Nullable String description) {
        if (description != null && description.strip().length() > InitiativeInput.DESCRIPTION_MAX) {
            throw new InvalidInput(
                    "description", "A description has at most " + InitiativeInput.DESCRIPTION_MAX + " characters.");
        }
    }

    /** Each date's refusal beside it: both when both are wrong. */
    private static void dates(@Nullable LocalDate start, @Nullable LocalDate due, InvalidInputs.Checks checks) {
        checks.check(() -> {
            if (start == null) {
                throw new InvalidInput("startDate", "Give the day the work starts.");
            }
            PlannedDates.check("startDate", start);
        });
        checks.check(() -> {
            if (due == null) {
                throw new InvalidInput("dueDate", "Give the day the work is due.");
            }
            PlannedDates.check("dueDate", due);
            if (start != null && PlannedDates.within(start) && due.isBefore(start)) {
                throw new InvalidInput(
                        "dueDate",
                        "It is due on " + DayWords.of(due) + ", before it starts on " + DayWords.of(start) + ".");
            }
        });
    }

    private static void effort(
            @Nullable List<InitiativeInput.@Nullable Effort> effort, Set<Long> teams, InvalidInputs.Checks checks) {
        List<InitiativeInput.@Nullable Effort> all = orEmpty(effort);
        if (all.size() > InitiativeInput.EFFORT_MAX) {
            checks.check(() -> {
                throw new InvalidInput(
                        "effort", "Give the effort of at most " + InitiativeInput.EFFORT_MAX + " teams.");
            });
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            String at = "effort[" + i + "]";
            InitiativeInput.Effort e = all.get(i);
            if (e == null) {
                checks.check(() -> {
                    throw new InvalidInput(at, "Give a team and its person-weeks.");
                });
                continue;
            }
            checks.check(() -> {
                if (e.teamId() == null) {
                    throw new InvalidInput(at + ".teamId", "Choose the team that puts in this effort.");
                }
                team(e.teamId(), teams, at + ".teamId");
                if (!seen.add(e.teamId())) {
                    throw new InvalidInput(at + ".teamId", "This team's effort is already given above.");
                }
            });
            checks.check(() -> personWeeks(e.personWeeks(), at + ".personWeeks"));
        }
    }

    private static void personWeeks(@Nullable Double weeks, String field) {
        if (weeks == null || weeks.isNaN()) {
            throw new InvalidInput(field, "Give the effort in person-weeks (0 or more).");
        }
        if (weeks < 0) {
            throw new InvalidInput(field, "Effort cannot be negative: give 0 or more person-weeks.");
        }
        if (weeks > InitiativeInput.PERSON_WEEKS_MAX) {
            throw new InvalidInput(field, "One team puts in at most 10,000 person-weeks.");
        }
    }

    private static void contributors(
            @Nullable List<InitiativeInput.@Nullable Contributor> contributors,
            Set<Long> members,
            Set<Long> teams,
            ContributorTeams contributorTeams,
            InvalidInputs.Checks checks) {
        List<InitiativeInput.@Nullable Contributor> all = orEmpty(contributors);
        if (all.size() > InitiativeInput.CONTRIBUTORS_MAX) {
            checks.check(() -> {
                throw new InvalidInput(
                        "contributors",
                        "An initiative has at most " + InitiativeInput.CONTRIBUTORS_MAX + " contributors.");
            });
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            String at = "contributors[" + i + "]";
            InitiativeInput.Contributor c = all.get(i);
            if (c == null) {
                checks.check(() -> {
                    throw new InvalidInput(at, "Give a person and their role.");
                });
                continue;
            }
            checks.check(() -> {
                if (c.userId() == null) {
                    throw new InvalidInput(at + ".userId", "Choose the person who contributes.");
                }
                if (!members.contains(c.userId())) {
                    throw new InvalidInput(at + ".userId", "A contributor must be a member of this workspace.");
                }
                if (!seen.add(c.userId())) {
                    throw new InvalidInput(at + ".userId", "This person is already a contributor above.");
                }
            });
            checks.check(() -> {
                if (c.teamId() != null) {
                    team(c.teamId(), teams, at + ".teamId");
                    if (c.userId() != null
                            && members.contains(c.userId())
                            && !contributorTeams.allows(c.userId(), c.teamId())) {
                        throw new InvalidInput(
                                at + ".teamId",
                                "This person is not in that team: choose one of their teams, or no team.");
                    }
                }
            });
            checks.check(() -> {
                if (c.role() == null) {
                    throw new InvalidInput(at + ".role", "Choose whether they are responsible, consulted or informed.");
                }
            });
        }
    }

    private static void team(long teamId, Set<Long> teams, String field) {
        if (!teams.contains(teamId)) {
            throw new InvalidInput(field, "No team " + teamId + " in this workspace.");
        }
    }

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
