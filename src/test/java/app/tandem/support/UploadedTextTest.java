package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** CSV exports as tools write them: every import reads its upload through {@link UploadedText}. */
class UploadedTextTest {

    private static final String LETTERS = "Caf\u00e9 \u2013 r\u00e9sum\u00e9 \u00fcber \u20ac12";

    /** The text of {@code bytes}, read whole and read from a stream that gives one byte per read, as a slow upload does. */
    private static String read(byte[] bytes, @Nullable Charset named) throws IOException {
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, 1));
            }
        };
        String whole = drain(UploadedText.reader(new ByteArrayInputStream(bytes), named));
        assertThat(drain(UploadedText.reader(trickle, named))).isEqualTo(whole);
        return whole;
    }

    private static String drain(Reader reader) throws IOException {
        try (reader) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void readsUtf8WithOrWithoutItsByteOrderMark() throws IOException {
        byte[] utf8 = LETTERS.getBytes(StandardCharsets.UTF_8);
        assertThat(read(utf8, null)).isEqualTo(LETTERS);
        assertThat(read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), null))
                .isEqualTo(LETTERS);
    }

    @Test
    void readsUtf16ByItsByteOrderMark() throws IOException {
        // Java's UTF-16 encoder writes the big-endian mark; Excel's "Unicode Text" the little-endian one
        assertThat(read(LETTERS.getBytes(StandardCharsets.UTF_16), null)).isEqualTo(LETTERS);
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, LETTERS.getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(little, null)).isEqualTo(LETTERS);
        assertThat(read(little, StandardCharsets.ISO_8859_1)).isEqualTo(LETTERS);
    }

    /** Some tools write UTF-16 without its byte order mark: its zero bytes say which order. */
    @Test
    void readsUtf16WithoutItsByteOrderMark() throws IOException {
        assertThat(read(
                        concat(
                                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                                LETTERS.getBytes(Charset.forName("UTF-32LE"))),
                        null))
                .as("UTF-32 by its mark")
                .isEqualTo(LETTERS);
        assertThat(read(LETTERS.getBytes(StandardCharsets.UTF_16LE), null)).isEqualTo(LETTERS);
        assertThat(read(LETTERS.getBytes(StandardCharsets.UTF_16BE), null)).isEqualTo(LETTERS);
    }

    /** A workbook or a PDF uploaded where its CSV export was meant: said so, on line 1. */
    @Test
    void aWorkbookOrAnotherFileThatIsNoTextIsNamed() throws IOException {
        byte[] xlsx = concat(
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> read(xlsx, null))
                .isInstanceOfSatisfying(
                        UploadedText.NotText.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessage("is a ZIP archive, not text (an Excel workbook, .xlsx, is one). Save the sheet as"
                        + " \"CSV UTF-8\" and import that.");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> read(xls, null)).hasMessageContaining("Excel 97–2003 workbook (.xls)");
        assertThatThrownBy(() -> read("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), null))
                .hasMessageContaining("is a PDF");
        byte[] picture = new byte[600];
        for (int i = 0; i < picture.length; i++) {
            picture[i] = (byte) (i % 3 == 0 ? 0 : 0x40 + i % 50);
        }
        assertThatThrownBy(() -> read(picture, null)).hasMessageStartingWith("is not text: it holds many bytes");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> read(png, null))
                .hasMessage("is a picture, not text. Export the data as CSV and import that.");
        assertThatThrownBy(() -> read(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0}, null))
                .hasMessageContaining("gzip");
        java.util.Random random = new java.util.Random(7);
        byte[] noise = new byte[3000];
        random.nextBytes(noise);
        noise[0] = 'a';
        assertThatThrownBy(() -> read(noise, null)).hasMessageStartingWith("is not text");
        // one NUL in a cell is that cell's error, not the file's (CsvRows.nulCell)
        assertThat(read("a,b\nx\0y,z\n".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("a,b\nx\0y,z\n");
    }

    @Test
    void readsWindows1252WhenTheStartIsNotUtf8() throws IOException {
        assertThat(read(LETTERS.getBytes(UploadedText.WINDOWS_1252), null)).isEqualTo(LETTERS);
    }

    @Test
    void readsTheCharsetTheUploadNames() throws IOException {
        assertThat(read("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1))
                .isEqualTo("Caf\u00e9");
    }

    /** The choice looks at 64 KB: a letter cut in two there is still UTF-8. */
    @Test
    void aLetterAcrossTheLookIsStillUtf8() throws IOException {
        byte[] ascii = "a".repeat(UploadedText.LOOK_AT - 1).getBytes(StandardCharsets.US_ASCII);
        byte[] file = concat(ascii, "\u00e9 and more".getBytes(StandardCharsets.UTF_8));
        assertThat(read(file, null)).endsWith("a\u00e9 and more").hasSize(UploadedText.LOOK_AT + 9);
    }

    /** A file that starts as UTF-8 and holds another encoding's byte later: an error on the byte's line. */
    @Test
    void aByteThatIsNotUtf8AfterTheLookIsAnErrorOnItsLine() {
        String lines = "title\n" + "plain line\n".repeat(7000);
        byte[] file = concat(
                lines.getBytes(StandardCharsets.UTF_8),
                "Caf".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9},
                "\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(lines.length()).isGreaterThan(UploadedText.LOOK_AT);
        assertThatThrownBy(() -> read(file, null))
                .isInstanceOfSatisfying(
                        UploadedText.NotText.class, e -> assertThat(e.line()).isEqualTo(7002))
                .hasMessage("holds a byte that is not UTF-8 text, though the file starts as UTF-8: it may be saved"
                        + " in another encoding, such as Excel's \"CSV (Comma delimited)\" (Windows-1252). Save it"
                        + " as \"CSV UTF-8\" and import it again.");
    }

    /** Five bytes mean no letter in Windows-1252 either. */
    @Test
    void aByteThatIsNeitherIsAnErrorOnItsLine() {
        byte[] file = concat(
                "a,b\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9, (byte) 0x81},
                ",c\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> read(file, null))
                .isInstanceOfSatisfying(
                        UploadedText.NotText.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("neither UTF-8 nor Windows-1252");
    }

    /** An upload still on its way: the encoding is chosen from what has arrived, the rest is not waited for. */
    @Test
    void theRestOfAnUploadOnItsWayIsNotWaitedFor() throws IOException {
        PipedInputStream in = new PipedInputStream(1024);
        try (PipedOutputStream upload = new PipedOutputStream(in)) {
            upload.write("date,value\n2026-01-01,Caf\u00e9\n".getBytes(StandardCharsets.UTF_8));
            upload.flush();
            String[] lines = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                BufferedReader text = new BufferedReader(UploadedText.reader(in));
                return new String[] {text.readLine(), text.readLine()};
            });
            assertThat(lines).containsExactly("date,value", "2026-01-01,Caf\u00e9");
        }
    }

    /** The initiative, KPI and measurement imports read through {@link CsvRows}: the error is a row error. */
    @Test
    void csvRowsReportTheLineOfAByteThatIsNotText() throws IOException {
        byte[] file = concat(
                "Title,Owner\nCaf\u00e9,Maya\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'X', (byte) 0xE9, ',', 'D', '\n'});
        List<CsvRows.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        CsvRows.read(
                UploadedText.reader(new ByteArrayInputStream(file)),
                100,
                Map.of("title", "title", "owner", "owner"),
                Set.of("title"),
                "title,owner",
                rows::add,
                errors);
        assertThat(rows).extracting(row -> row.get("title")).containsExactly("Caf\u00e9");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.message()).startsWith("holds a byte that is not UTF-8 text");
        });
    }
}
