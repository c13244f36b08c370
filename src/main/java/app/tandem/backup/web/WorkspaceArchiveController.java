package app.tandem.backup.web;

import app.tandem.backup.BackupProgress;
import app.tandem.backup.BackupRefused;
import app.tandem.backup.WorkspaceArchives;
import app.tandem.backup.WorkspaceImportSummary;
import app.tandem.identity.TandemPrincipal;
import app.tandem.support.Forms;
import app.tandem.support.UploadPath;
import app.tandem.workspace.Workspaces;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * One workspace's archive in the browser: its admins download it from the workspace's settings; an
 * instance admin imports one (from this instance or another) on {@code /admin/workspaces/import}.
 */
@Controller
class WorkspaceArchiveController {

    /** The import page takes bodies up to {@code tandem.http.max-upload}. */
    @Bean
    static UploadPath workspaceArchiveImportPage() {
        return new UploadPath("/admin/workspaces/import");
    }

    private final Workspaces workspaces;
    private final WorkspaceArchives archives;

    WorkspaceArchiveController(Workspaces workspaces, WorkspaceArchives archives) {
        this.workspaces = workspaces;
        this.archives = archives;
    }

    /** What the import page asks besides the file; kept after an error. */
    record ImportForm(
            @Nullable MultipartFile file,

            @Size(max = 40, message = "An address has at most 40 characters.") @Nullable String slug,

            @Size(max = 100, message = "A workspace name has at most 100 characters.") @Nullable String name) {}

    @GetMapping("/w/{slug}/settings/archive")
    void download(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String slug, HttpServletResponse response)
            throws IOException {
        workspaces.accessToAdminister(slug, me.id());
        ArchiveDownload.send(archives, slug, response);
    }

    @GetMapping("/admin/workspaces/import")
    String importPage(Model model) {
        model.addAttribute("importForm", new ImportForm(null, null, null));
        return "backup/import-workspace";
    }

    @PostMapping("/admin/workspaces/import")
    Object importArchive(
            @AuthenticationPrincipal TandemPrincipal me,
            HtmxRequest htmx,
            @Validated @ModelAttribute("importForm") ImportForm form,
            BindingResult result,
            RedirectAttributes redirect)
            throws IOException {
        MultipartFile file = form.file();
        if (file == null || file.isEmpty()) {
            result.rejectValue(
                    "file", "required", "Choose the archive to import: a .zip made by 'Download this workspace'.");
        }
        if (result.hasErrors() || file == null) {
            return "backup/import-workspace";
        }
        Path upload = ArchiveDownload.temporary();
        try {
            file.transferTo(upload);
            WorkspaceImportSummary done =
                    archives.importArchive(upload, form.slug(), form.name(), me.id(), BackupProgress.NONE);
            redirect.addFlashAttribute(
                    "flash",
                    "Imported " + done.name() + ": " + String.format("%,d", done.rows()) + " rows. "
                            + done.peopleMatched() + " of its people were found here by email"
                            + (done.peopleAdded() == 0
                                    ? "."
                                    : "; " + done.peopleAdded()
                                            + " were added and sign in once you send each a password link (People).")
                            + " Webhooks are not carried: subscribe again.");
            // sent by htmx, the browser goes on by HX-Redirect, so the workspace's page loads as a page
            String next = "/w/" + done.slug();
            return htmx.isHtmxRequest() ? new HtmxRedirectView(next, true) : new RedirectView(next, true);
        } catch (BackupRefused refused) {
            Forms.reject(
                    result,
                    ArchiveDownload.shown(
                            refused, upload.toAbsolutePath(), WorkspaceArchiveApiController.shownName(file)));
            return "backup/import-workspace";
        } finally {
            Files.deleteIfExists(upload);
        }
    }
}
