package app.tandem.support;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The web page of a CSV import of records (initiatives, KPIs), one shape for each: the template
 * {@code import-csv} says which columns the file needs, takes a file or pasted lines, and shows every
 * wrong row by line, field and reason beside the form, which keeps the pasted lines. With "save the
 * good rows" ticked, the good rows are saved and the wrong ones listed; otherwise nothing is saved
 * until every row is good. What the import itself checks is the API's and the command line's check
 * ({@link CsvImportReport}).
 */
public final class CsvImportPage {

    /** The template every CSV import page uses. */
    public static final String TEMPLATE = "import-csv";

    private CsvImportPage() {}

    /**
     * What the form sends besides a file: pasted lines, and whether to save the good rows when some
     * are wrong (a post without the box, as a script sends one, is all or nothing).
     */
    public record Form(@Nullable String csv, @Nullable Boolean goodRows) {

        /** The form as the page first shows it. */
        public static Form empty() {
            return new Form("", false);
        }

        ImportMode mode() {
            return Boolean.TRUE.equals(goodRows) ? ImportMode.GOOD_ROWS : ImportMode.ALL_OR_NOTHING;
        }
    }

    /**
     * What one import page says: its title, the page it belongs to (a link back, and where a
     * finished import goes), where the form posts, the rules of the file's columns and an example.
     */
    public record Page(
            String title, String backText, String backHref, String action, List<String> rules, String example) {}

    /**
     * A value the person may choose for the rows that give none (an initiative's kind or team), shown
     * as a list beside the file: its form field's name, its label, a hint, the options (value and
     * label; none chosen: each row gives its own) and the one chosen. The page's list is the model's
     * {@code importChoices}.
     */
    public record Choice(
            String name,
            String label,
            String hint,
            List<Option> options,
            @Nullable String chosen) {}

    /** One option of a {@link Choice}. */
    public record Option(String value, String label) {}

    /** Reads the file or the lines and imports them, as the import's service does for the API. */
    @FunctionalInterface
    public interface Importer {
        CsvImportReport apply(Reader csv, ImportMode mode);
    }

    /** The page with its form, as first shown or shown again. */
    public static String show(Page page, Form form, Model model) {
        model.addAttribute("csvImport", page);
        model.addAttribute("importForm", form);
        return TEMPLATE;
    }

    /**
     * The header and the wrong rows of pasted lines offered again to be fixed, with each row's errors
     * given the line the row now has in the box (its header is line 1 there too).
     */
    record WrongRows(String lines, List<RowError> errors) {}

    /**
     * The pasted lines' header and their wrong rows, in their order, or null when a row may span lines
     * (a quoted cell holding a line break), so that a line is not a row.
     */
    static @Nullable WrongRows wrongRows(@Nullable String pasted, List<RowError> errors) {
        if (pasted == null) {
            return null;
        }
        List<String> lines = pasted.lines().toList();
        int header = 0;
        while (header < lines.size() && lines.get(header).isBlank()) {
            header++;
        }
        if (header == lines.size()
                || lines.stream().anyMatch(l -> l.chars().filter(c -> c == '"').count() % 2 != 0)) {
            return null;
        }
        java.util.SortedSet<Integer> wrong = new java.util.TreeSet<>();
        for (RowError error : errors) {
            if (error.line() - 1 <= header || error.line() > lines.size()) {
                return null;
            }
            wrong.add(error.line() - 1);
        }
        StringBuilder kept = new StringBuilder(lines.get(header)).append('\n');
        java.util.Map<Integer, Integer> lineInTheBox = new java.util.HashMap<>();
        for (int i : wrong) {
            kept.append(lines.get(i)).append('\n');
            lineInTheBox.put(i + 1, lineInTheBox.size() + 2);
        }
        List<RowError> renumbered = errors.stream()
                .map(e -> new RowError(lineInTheBox.get(e.line()), e.field(), e.message()))
                .sorted(java.util.Comparator.comparingInt(RowError::line))
                .toList();
        return new WrongRows(kept.toString(), renumbered);
    }

    /**
     * Imports an uploaded file (or else the pasted lines), then goes back to the page the import
     * belongs to with {@code saved} as its message; shows the page again with every wrong row when
     * nothing was saved, or when good rows were saved and wrong ones left out.
     *
     * @param saved the sentence for the number of records saved, e.g. "Proposed 3 initiatives."
     * @param htmx whether htmx sent the form (its CSRF token in a header): the browser is then sent
     *     to the next page by {@code HX-Redirect}, so that page's scripts run and it shows the message
     */
    public static ModelAndView submit(
            Page page,
            Form form,
            @Nullable MultipartFile file,
            Importer importer,
            IntFunction<String> saved,
            boolean htmx,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        MultipartFile upload = file != null && !file.isEmpty() ? file : null;
        String pasted = form.csv();
        if (upload == null && (pasted == null || pasted.isBlank())) {
            model.addAttribute("importError", "Choose a CSV file or paste its lines.");
            return new ModelAndView(show(page, form, model));
        }
        try (Reader csv = upload != null ? UploadedText.reader(upload.getInputStream()) : new StringReader(pasted)) {
            CsvImportReport report = importer.apply(csv, form.mode());
            if (report.rejected()) {
                model.addAttribute("result", report);
                return new ModelAndView(show(page, form, model));
            }
            if (!report.errors().isEmpty()) {
                int wrong = report.errors().size();
                model.addAttribute(
                        "flash",
                        saved.apply(report.imported()) + " " + wrong
                                + (wrong == 1 ? " wrong row was" : " wrong rows were") + " left out: see below.");
                // the good rows are saved: only the wrong ones are offered again, under the header, to be
                // fixed and imported (the box was emptied, and the rows to fix were gone: a browser walk)
                // (their errors then name the lines the rows have in the box, not those they had in it)
                WrongRows wrongRows = upload == null ? wrongRows(pasted, report.errors()) : null;
                if (wrongRows != null) {
                    model.addAttribute("wrongRowsKept", true);
                    model.addAttribute(
                            "result",
                            new CsvImportReport(report.imported(), false, wrongRows.errors(), report.anyGood()));
                } else {
                    model.addAttribute("result", report);
                }
                return new ModelAndView(show(page, new Form(wrongRows == null ? "" : wrongRows.lines(), false), model));
            }
            if (report.imported() == 0) {
                // a header alone (or blank lines under it): "Proposed 0 initiatives." said it went well
                model.addAttribute("importError", "The file has no rows under its header: nothing was imported.");
                return new ModelAndView(show(page, form, model));
            }
            redirect.addFlashAttribute("flash", saved.apply(report.imported()));
            return new ModelAndView(
                    htmx ? new HtmxRedirectView(page.backHref(), true) : new RedirectView(page.backHref(), true));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("importError", e.getMessage());
            return new ModelAndView(show(page, form, model));
        }
    }
}
