package app.tandem.backup.web;

import app.tandem.backup.BackupProgress;
import app.tandem.backup.BackupRefused;
import app.tandem.backup.WorkspaceArchives;
import app.tandem.backup.WorkspaceImportSummary;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.AccessDenied;
import app.tandem.support.UploadPath;
import app.tandem.workspace.AdminOnly;
import app.tandem.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** One workspace as one archive over the API: downloaded by its admins, imported by instance admins. */
@RestController
@Tag(name = "Workspace archives", description = "One workspace as one archive, and its import into another instance")
class WorkspaceArchiveApiController {

    /** The import takes bodies up to {@code tandem.http.max-upload}. */
    @Bean
    static UploadPath workspaceArchiveImportApi() {
        return new UploadPath("/api/v1/admin/workspace-archives");
    }

    private final Workspaces workspaces;
    private final WorkspaceArchives archives;

    WorkspaceArchiveApiController(Workspaces workspaces, WorkspaceArchives archives) {
        this.workspaces = workspaces;
        this.archives = archives;
    }

    @GetMapping("/api/v1/workspaces/{slug}/archive")
    @AdminOnly
    @Operation(
            operationId = "downloadWorkspaceArchive",
            summary = "Download the workspace as one archive (admins)",
            description = "A ZIP of the workspace's rows (teams, personas, journeys, insights, goals, KPIs,"
                    + " initiatives, plans, sessions, check-ins, reviews) and the names and emails of the people"
                    + " they name; no password or token. Import it into another instance with POST"
                    + " /api/v1/admin/workspace-archives or 'tandem import-workspace'. Webhook subscriptions stay.")
    @ApiResponse(
            responseCode = "200",
            description = "The archive",
            content =
                    @Content(
                            mediaType = ArchiveDownload.MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary")))
    void download(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, HttpServletResponse response)
            throws IOException {
        workspaces.accessToAdminister(slug, me.id());
        ArchiveDownload.send(archives, slug, response);
    }

    static String shownName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "The archive" : name.replaceAll("[\\p{Cntrl}]", "");
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(
            path = "/api/v1/admin/workspace-archives",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "importWorkspaceArchive",
            summary = "Import a workspace from its archive (instance admins)",
            description = "Adds the workspace of an archive made by GET /api/v1/workspaces/{slug}/archive (here or"
                    + " on another instance) under 'slug' and 'name' (default: its own). Every row gets a new id;"
                    + " people are matched by email, and one this instance does not know gets an account to which"
                    + " an admin sends a password link. The importer becomes an admin of it. The archive is"
                    + " checked completely first: a damaged one, one from a newer Tandem, or a slug already taken"
                    + " answers 400 and changes nothing. One an older Tandem made is brought up to this version"
                    + " ('upgradedBy' names the migrations).")
    @ApiResponse(responseCode = "201", description = "Imported")
    ResponseEntity<WorkspaceImportSummary> importArchive(
            @AuthenticationPrincipal TandemPrincipal me,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String slug,
            @RequestParam(required = false) @Nullable String name)
            throws IOException {
        if (!me.instanceAdmin()) {
            throw new AccessDenied("Only instance admins can import a workspace.");
        }
        if (file.isEmpty()) {
            throw new BackupRefused("The file sent is empty: send a workspace archive (a .zip that Tandem made) as the"
                    + " form field 'file'.");
        }
        Path upload = ArchiveDownload.temporary();
        try {
            file.transferTo(upload);
            WorkspaceImportSummary done = archives.importArchive(upload, slug, name, me.id(), BackupProgress.NONE);
            return ResponseEntity.created(URI.create("/api/v1/workspaces/" + done.slug()))
                    .body(done);
        } catch (BackupRefused refused) {
            throw ArchiveDownload.shown(refused, upload.toAbsolutePath(), shownName(file));
        } finally {
            Files.deleteIfExists(upload);
        }
    }
}
