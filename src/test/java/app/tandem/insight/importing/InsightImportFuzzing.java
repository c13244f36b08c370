package app.tandem.insight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.insight.InsightDraft;
import app.tandem.insight.SourceType;
import app.tandem.insight.internal.Insight;
import app.tandem.support.DomainException;
import app.tandem.support.RowError;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes the insight import's reading of CSV and JSON files: the columns, the mapping recognised
 * from them and every row made into a draft. Every file ends in a result (drafts and errors by line)
 * or a clear refusal ({@link InsightFile.Unreadable}, an {@link DomainException} naming the field),
 * never another exception; a row is either a draft that saves as it is, or has errors, never both.
 *
 * <p>The seed corpus is in {@code src/test/resources/app/tandem/insight/importing/InsightImportFuzzingInputs};
 * {@code ./tandem test} runs it with the unit tests and fuzzes for a bounded time (the {@code fuzz-*}
 * executions in the pom). A longer run: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=InsightImportFuzzing}.
 */
class InsightImportFuzzing {

    private static final Map<String, Long> TEAMS = Map.of("support", 1L, "design", 2L);

    @FuzzTest(maxDuration = "5s")
    void everyFileEndsInDraftsOrErrorsOrAClearRefusal(FuzzedDataProvider data) throws IOException {
        ImportFormat format = data.consumeBoolean() ? ImportFormat.CSV : ImportFormat.JSON;
        boolean withDefaults = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.createTempFile("fuzz-import", format == ImportFormat.CSV ? ".csv" : ".json");
        try {
            Files.write(file, bytes);
            read(file, format, withDefaults);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void read(Path file, ImportFormat format, boolean withDefaults) {
        Map<InsightImport.Target, String> mapping;
        try {
            List<String> columns = InsightFile.columns(file, format);
            mapping = InsightImport.mapping(Map.of(), columns, format);
        } catch (InsightFile.Unreadable | DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        InsightImport.Defaults defaults = withDefaults
                ? new InsightImport.Defaults(SourceType.SUPPORT_TICKET, 1L)
                : new InsightImport.Defaults(null, null);
        ImportDates.Reading dates;
        try {
            dates = InsightImport.dates(file, format, mapping, defaults);
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        InsightImport.RowReader reader = new InsightImport.RowReader(mapping, TEAMS, defaults, dates);
        Set<Integer> lines = new HashSet<>();
        try {
            InsightFile.each(file, format, row -> {
                assertThat(row.line()).isPositive();
                lines.add(row.line());
                List<RowError> errors = new ArrayList<>();
                InsightDraft draft = reader.draft(row, errors);
                if (draft == null) {
                    assertThat(errors).isNotEmpty().allSatisfy(e -> {
                        assertThat(e.line()).isEqualTo(row.line());
                        assertThat(e.message()).isNotBlank();
                    });
                } else {
                    assertThat(errors).isEmpty();
                    assertSaves(draft);
                }
            });
        } catch (InsightFile.Unreadable refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** What the import saves later: a draft read from a row must pass the same checks. */
    private static void assertSaves(InsightDraft draft) {
        assertThat(draft.title()).isNotBlank().hasSizeLessThanOrEqualTo(InsightDraft.MAX_TITLE);
        if (draft.body() != null) {
            assertThat(draft.body()).hasSizeLessThanOrEqualTo(InsightDraft.MAX_BODY);
        }
        assertThat(draft.sentiment()).isBetween(-2, 2);
        assertThat(draft.reach()).isNotNegative();
        assertThat(Insight.normalizeTags(draft.tags())).hasSizeLessThanOrEqualTo(InsightDraft.MAX_TAGS);
    }
}
