package app.tandem.backup.web;

import app.tandem.backup.BackupProgress;
import app.tandem.backup.BackupRefused;
import app.tandem.backup.WorkspaceArchives;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A workspace's archive as a download: written to a temporary file first (so a failure is answered
 * as one, not as a cut-off file), then sent as {@code <slug>-workspace-<date>.zip}, then deleted.
 * Check the access first.
 */
final class ArchiveDownload {

    static final String MEDIA_TYPE = "application/zip";

    private ArchiveDownload() {}

    static void send(WorkspaceArchives archives, String slug, HttpServletResponse response) throws IOException {
        Path folder = Files.createTempDirectory("tandem-workspace-");
        Path file = folder.resolve("archive.zip");
        try {
            archives.export(slug, file, BackupProgress.NONE);
            response.setContentType(MEDIA_TYPE);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(slug + "-workspace-" + LocalDate.now(ZoneOffset.UTC) + ".zip")
                            .build()
                            .toString());
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
            response.getOutputStream().flush();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /**
     * The refusal of an uploaded archive as its sender should read it: naming the file they sent
     * ({@code shownAs}) rather than the server's temporary file.
     */
    static BackupRefused shown(BackupRefused refused, Path upload, String shownAs) {
        String message = String.valueOf(refused.getMessage());
        if (!message.contains(upload.toString()) && refused.field() != null) {
            return refused; // as it is (an address taken stays the conflict it is)
        }
        return new BackupRefused(
                refused.field() == null ? "file" : refused.field(), message.replace(upload.toString(), shownAs));
    }

    /** An uploaded archive, kept in a temporary file while it is imported. */
    static Path temporary() throws IOException {
        return Files.createTempFile("tandem-workspace-import-", ".zip");
    }
}
