package app.tandem.insight.theme;

import app.tandem.support.DomainException;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.Workspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * "Group similar insights" on the page groups every insight not looked at yet in one action: runs
 * of {@link Themes#discover} (each {@code tandem.themes.max-per-run} insights, each its own
 * transaction) one after another in the background until none waits, while the page shows a
 * progress bar. One job per workspace at a time; a second press joins the running one. A job lives
 * in the memory of the node that runs it; a finished one is kept for an hour.
 */
@Component
public class GroupingJobs {

    private static final Logger log = LoggerFactory.getLogger(GroupingJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    /** A job as the page shows it: of {@code total} insights waiting at the start, how far it got. */
    public record Status(
            long workspaceId,
            long total,
            long examined,
            long grouped,
            int themesCreated,
            int themesJoined,
            boolean finished,
            @Nullable String error,
            Instant started) {

        public int percent() {
            if (finished) {
                return 100;
            }
            return total == 0 ? 0 : (int) Math.min(99, examined * 100 / total);
        }

        /** What the whole job did, in a sentence. */
        public String describe() {
            if (error != null) {
                return error;
            }
            if (examined == 0) {
                return "No new insights to group: every insight was looked at before.";
            }
            if (grouped == 0) {
                return "Looked at " + examined + " insight" + (examined == 1 ? "" : "s")
                        + "; none is like another enough for a theme.";
            }
            return "Grouped " + grouped + " of " + examined + " insights: " + themesCreated + " new theme"
                    + (themesCreated == 1 ? "" : "s") + ", " + themesJoined + " existing theme"
                    + (themesJoined == 1 ? "" : "s") + " grew.";
        }
    }

    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final Themes themes;
    private final Workspaces workspaces;
    private final TaskExecutor executor;

    GroupingJobs(Themes themes, Workspaces workspaces, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.themes = themes;
        this.workspaces = workspaces;
        this.executor = executor;
    }

    /**
     * Starts grouping every insight of the workspace not looked at yet, or joins the job running
     * there; a member who changes content may (a viewer gets 403, a person of another workspace 404).
     */
    public synchronized Status start(String slug, long userId) {
        WorkspaceContext context = workspaces.accessToChange(slug, userId);
        forgetOld();
        Job running = jobs.get(context.id());
        if (running != null && !running.status().finished()) {
            return running.status();
        }
        Job job = new Job(context.id(), slug, userId, themes.waiting(slug, userId));
        jobs.put(context.id(), job);
        executor.execute(job::run);
        return job.status();
    }

    /** The workspace's job, running or finished within the hour, for a person who may read it. */
    public Optional<Status> status(String slug, long userId) {
        WorkspaceContext context = workspaces.access(slug, userId);
        return Optional.ofNullable(jobs.get(context.id())).map(Job::status);
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEEP_FINISHED);
        jobs.values()
                .removeIf(
                        job -> job.status().finished() && job.status().started().isBefore(before));
    }

    private final class Job {
        private final long workspaceId;
        private final String slug;
        private final long userId;
        private final Instant started = Instant.now();
        private volatile Status status;

        Job(long workspaceId, String slug, long userId, long total) {
            this.workspaceId = workspaceId;
            this.slug = slug;
            this.userId = userId;
            this.status = new Status(workspaceId, total, 0, 0, 0, 0, false, null, started);
        }

        Status status() {
            return status;
        }

        void run() {
            Status now = status;
            try {
                Themes.Discovery run;
                do {
                    run = themes.discover(slug, userId);
                    now = new Status(
                            workspaceId,
                            Math.max(now.total(), now.examined() + run.examined() + run.remaining()),
                            now.examined() + run.examined(),
                            now.grouped() + run.grouped(),
                            now.themesCreated() + run.themesCreated(),
                            now.themesJoined() + run.themesJoined(),
                            false,
                            null,
                            started);
                    status = now;
                } while (run.examined() > 0 && run.remaining() > 0);
                status = finished(now, null);
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                status = finished(now, new Themes.GroupingCollided().getMessage());
            } catch (DomainException e) {
                status = finished(now, e.getMessage());
            } catch (RuntimeException e) {
                log.error("Grouping the insights of {} failed", slug, e);
                status = finished(
                        now,
                        "Grouping stopped: " + e.getMessage() + ". What was grouped stays; press the"
                                + " button again to go on.");
            }
        }

        private Status finished(Status last, @Nullable String error) {
            return new Status(
                    workspaceId,
                    last.total(),
                    last.examined(),
                    last.grouped(),
                    last.themesCreated(),
                    last.themesJoined(),
                    true,
                    error,
                    started);
        }
    }
}
