package app.tandem.insight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {

    @TempDir
    Path dataDir;

    private static InputStream csv() {
        return new ByteArrayInputStream("title\nOne\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUploadIsFoundOnlyByThePersonWhoSentItInItsWorkspace() throws IOException {
        ImportFiles files = new ImportFiles(dataDir.toString());
        String id = files.store(csv(), ImportFormat.CSV, 1, 10);

        assertThat(Files.readString(files.path(id, 1, 10))).isEqualTo("title\nOne\n");
        assertThatThrownBy(() -> files.path(id, 2, 10))
                .as("the same person in another workspace")
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown or expired");
        assertThatThrownBy(() -> files.path(id, 1, 11))
                .as("another person in the same workspace")
                .isInstanceOf(InvalidInput.class);

        files.delete(id, 2, 11);
        assertThat(files.path(id, 1, 10)).as("nobody else can delete it").exists();
        files.delete(id, 1, 10);
        assertThatThrownBy(() -> files.path(id, 1, 10)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void anUploadThatBreaksOffHalfWayLeavesNoFile() throws IOException {
        ImportFiles files = new ImportFiles(dataDir.toString());
        InputStream breaksOff = new SequenceInputStream(csv(), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        assertThatThrownBy(() -> files.store(breaksOff, ImportFormat.CSV, 1, 10))
                .hasMessageContaining("could not be stored");
        try (Stream<Path> left = Files.list(dataDir.resolve("imports"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileNameGoesToTheLogOnOneLine() {
        assertThat(ImportFiles.forLog("tickets.csv\n2026-12-01 ERROR forged line\r"))
                .isEqualTo("tickets.csv?2026-12-01 ERROR forged line?");
        assertThat(ImportFiles.forLog("x".repeat(300))).hasSize(201);
    }
}
