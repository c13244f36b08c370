package app.tandem.insight.importing;

import app.tandem.support.DomainException;
import app.tandem.support.ImportMode;
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
import org.springframework.stereotype.Component;

/**
 * Imports started in the browser run in the background, so the page can show a progress bar while a
 * large file is checked, saved and indexed. A job lives in the memory of the node that runs it, like
 * the uploaded file in its data folder; a finished job is kept for an hour for its result page.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    /** Where a job is. */
    enum Phase {
        CHECKING,
        SAVING,
        INDEXING,
        DONE,
        FAILED
    }

    /** What the import was asked to do, to run it and to show the mapping page again. */
    public record Request(
            String slug,
            long workspaceId,
            long userId,
            String upload,
            String fileName,
            Map<String, String> mapping,
            InsightImport.Defaults defaults,
            ImportMode mode) {}

    /** A job as the progress page shows it. */
    public record Status(
            Request request,
            Phase phase,
            long rows,
            long goodRows,
            long done,
            int percent,
            InsightImport.@Nullable Report report,
            @Nullable String error,
            Instant started) {

        public boolean finished() {
            return phase == Phase.DONE || phase == Phase.FAILED;
        }
    }

    /** Another import into the same workspace is still running. */
    static final class ImportRunning extends DomainException {
        ImportRunning(String fileName) {
            super(
                    Kind.CONFLICT,
                    "file",
                    "An import into this workspace is running (" + fileName
                            + "). Wait until it is done, then start this one.");
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final InsightImport importer;
    private final ImportFiles files;
    private final TaskExecutor executor;

    ImportJobs(InsightImport importer, ImportFiles files, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.importer = importer;
        this.files = files;
        this.executor = executor;
    }

    /** Starts the import in the background; its id is the upload's. */
    public synchronized String start(Request request) {
        forgetOldJobs();
        jobs.values().stream()
                .filter(j -> j.request.workspaceId() == request.workspaceId()
                        && !j.status().finished())
                .findFirst()
                .ifPresent(j -> {
                    throw new ImportRunning(j.request.fileName());
                });
        Job job = new Job(request);
        jobs.put(request.upload(), job);
        executor.execute(() -> job.run(importer, files));
        return request.upload();
    }

    /** A job of this person in this workspace, or empty (also for somebody else's job: ids are not secrets to guess at). */
    public Optional<Status> status(String id, long workspaceId, long userId) {
        Job job = jobs.get(id);
        if (job == null || job.request.workspaceId() != workspaceId || job.request.userId() != userId) {
            return Optional.empty();
        }
        return Optional.of(job.status());
    }

    private void forgetOldJobs() {
        Instant cutoff = Instant.now().minus(KEEP_FINISHED);
        jobs.values().removeIf(j -> j.status().finished() && j.finishedAt != null && j.finishedAt.isBefore(cutoff));
    }

    /** One running or finished import; its fields are written by the import's thread and read by page requests. */
    private static final class Job implements ImportProgress {
        final Request request;
        final Instant started = Instant.now();
        volatile Phase phase = Phase.CHECKING;
        volatile long rows;
        volatile long goodRows;
        volatile long done;
        volatile double share;
        volatile InsightImport.@Nullable Report report;
        volatile @Nullable String error;
        volatile @Nullable Instant finishedAt;

        Job(Request request) {
            this.request = request;
        }

        void run(InsightImport importer, ImportFiles files) {
            try {
                InsightImport.Report result = importer.run(
                        request.slug(),
                        request.userId(),
                        files.path(request.upload(), request.workspaceId(), request.userId()),
                        ImportFiles.format(request.upload()),
                        request.mapping(),
                        request.defaults(),
                        request.mode(),
                        this);
                report = result;
                if (result.applied()) {
                    files.delete(request.upload(), request.workspaceId(), request.userId());
                }
                phase = Phase.DONE;
            } catch (DomainException e) {
                error = e.getMessage();
                phase = Phase.FAILED;
            } catch (RuntimeException | Error e) {
                // an Error too (out of memory on the reader thread, say): a job left unfinished would
                // block every later import into the workspace
                log.error("Import of {} into {} failed", ImportFiles.forLog(request.fileName()), request.slug(), e);
                error = "The import stopped because of an error on the server ("
                        + e.getClass().getSimpleName()
                        + "). Rows saved before it stay imported; importing the file again skips them.";
                phase = Phase.FAILED;
            } finally {
                finishedAt = Instant.now();
            }
        }

        @Override
        public void checking(long rows, double fileShare) {
            this.rows = rows;
            this.share = fileShare;
        }

        @Override
        public void saving(long done, long goodRows) {
            this.phase = Phase.SAVING;
            this.done = done;
            this.goodRows = goodRows;
        }

        @Override
        public void indexing() {
            this.phase = Phase.INDEXING;
        }

        /**
         * One bar for the whole import: checking is the first fifth (reading the file once, by bytes),
         * saving the next three quarters (by good rows), writing the index the rest.
         */
        public Status status() {
            Phase p = phase;
            int percent = switch (p) {
                case CHECKING -> (int) Math.round(share * 20);
                case SAVING -> 20 + (int) Math.round((goodRows == 0 ? 1 : done / (double) goodRows) * 75);
                case INDEXING -> 95;
                case DONE, FAILED -> 100;
            };
            return new Status(request, p, rows, goodRows, done, percent, report, error, started);
        }
    }
}
