package app.tandem.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded text file (a CSV export) as people's tools write it, read as it arrives: UTF-8 with or
 * without a byte order mark, UTF-16 with its byte order mark (Excel's "Unicode Text"), or, when the
 * file's start (its first 64 KB, or what of them has arrived) is not UTF-8, holds no letter written
 * in UTF-8 and the upload names no charset,
 * Windows-1252 (what Excel on Windows saves as "CSV (Comma delimited)" in Western Europe and the
 * Americas). The byte order mark is left out. A byte that is not text in the encoding chosen stops the reading with {@link NotText},
 * naming its line: a letter is never stored as the replacement character.
 */
public final class UploadedText {

    /** How much of the file the choice of encoding looks at. */
    static final int LOOK_AT = 64 * 1024;

    /** Windows-1252, which every JDK has. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A byte that is not text in the file's encoding, on {@link #line()}. */
    public static final class NotText extends IOException {
        private final int line;

        NotText(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The line the byte is on; the first line is 1. */
        public int line() {
            return line;
        }
    }

    private UploadedText() {}

    /** The file's text; {@code named}: the charset the upload names, used unless a byte order mark says otherwise. */
    public static Reader reader(InputStream stream, @Nullable Charset named) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, LOOK_AT);
        in.mark(LOOK_AT);
        byte[] look = new byte[LOOK_AT];
        int length = 0;
        boolean whole = false;
        while (length < LOOK_AT) {
            int read = in.read(look, length, LOOK_AT - length);
            if (read < 0) {
                whole = true;
                break;
            }
            length += read;
            if (in.available() == 0) {
                break; // what has arrived: an upload still on its way is not waited for
            }
        }
        in.reset();
        byte[] start = Arrays.copyOf(look, length);
        String notText = notText(start);
        if (notText != null) {
            return new Refusing(in, notText);
        }
        Charset charset;
        if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            in.skipNBytes(3);
        } else if (startsWith(start, 0xFF, 0xFE, 0, 0)) {
            charset = Charset.forName("UTF-32LE");
            in.skipNBytes(4);
        } else if (startsWith(start, 0, 0, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            in.skipNBytes(4);
        } else if (startsWith(start, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            in.skipNBytes(2);
        } else if (startsWith(start, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            in.skipNBytes(2);
        } else if (named != null) {
            charset = named;
        } else {
            Charset utf16 = utf16WithoutBom(start);
            if (utf16 != null) {
                charset = utf16;
            } else if (controlBytes(start)) {
                return new Refusing(
                        in,
                        "is not text: it holds many bytes no text has (a picture, an archive or a program's own"
                                + " file?). Export the data as CSV and import that.");
            } else {
                charset = utf8(start, whole) || hasUtf8Letter(start) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            }
        }
        return new Decoding(in, charset);
    }

    /**
     * Why a file whose start is {@code start} is no text, by its first bytes, or null: a workbook or a
     * PDF uploaded where its CSV export was meant (its column names were read from the ZIP's bytes).
     */
    private static @Nullable String notText(byte[] start) {
        if (startsWith(start, 'P', 'K', 3, 4)) {
            return "is a ZIP archive, not text (an Excel workbook, .xlsx, is one). Save the sheet as \"CSV UTF-8\""
                    + " and import that.";
        }
        if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "is an Excel 97–2003 workbook (.xls), not text. Save the sheet as \"CSV UTF-8\" and import that.";
        }
        if (startsWith(start, '%', 'P', 'D', 'F')) {
            return "is a PDF, not text. Export the data as CSV and import that.";
        }
        if (startsWith(start, 0x89, 'P', 'N', 'G')
                || startsWith(start, 0xFF, 0xD8, 0xFF)
                || startsWith(start, 'G', 'I', 'F', '8')) {
            return "is a picture, not text. Export the data as CSV and import that.";
        }
        if (startsWith(start, 0x1F, 0x8B)) {
            return "is compressed (gzip), not text. Uncompress it and import the CSV inside.";
        }
        return null;
    }

    /**
     * UTF-16 without its byte order mark, as some tools write it, by where the zero bytes are: every
     * letter of a header written in Latin letters has one, after it (little-endian) or before it
     * (big-endian); null when the start does not look so. Read as UTF-8, such a file gave column names
     * with a NUL between each letter.
     */
    private static @Nullable Charset utf16WithoutBom(byte[] start) {
        int pairs = Math.min(start.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            zeroFirst += start[2 * i] == 0 ? 1 : 0;
            zeroSecond += start[2 * i + 1] == 0 ? 1 : 0;
        }
        if (zeroSecond * 10 >= pairs * 3 && zeroFirst * 50 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroFirst * 10 >= pairs * 3 && zeroSecond * 50 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Whether the start's first 4 KB hold control characters no text has (NUL, and the others but
     * tab, line feed, carriage return, form feed and escape), 8 at least and one in a hundred bytes:
     * a NUL or two in a cell are that cell's error, and random bytes are no "UTF-8 with a wrong byte".
     */
    private static boolean controlBytes(byte[] start) {
        int length = Math.min(start.length, 4096);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = start[i] & 0xFF;
            control += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1B ? 1 : 0;
        }
        return control >= 8 && control * 100 >= length;
    }

    /** A file that is no text: its first read fails with {@link NotText} on line 1. */
    private static final class Refusing extends Reader {
        private final InputStream in;
        private final String message;

        Refusing(InputStream in, String message) {
            this.in = in;
            this.message = message;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            throw new NotText(1, message);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The file's text, its encoding found from its bytes. */
    public static Reader reader(InputStream stream) throws IOException {
        return reader(stream, null);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code bytes} are UTF-8 ({@code whole}: the file ends there; else a letter cut at the end is fine). */
    private static boolean utf8(byte[] bytes, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return !decoder.decode(ByteBuffer.wrap(bytes), CharBuffer.allocate(bytes.length), whole)
                .isError();
    }

    /**
     * Whether {@code bytes} hold a letter written in UTF-8 (a lead byte and its continuation bytes):
     * a file with such letters and a byte that is not UTF-8 is UTF-8 with a wrong byte, not
     * Windows-1252 (where "é" in UTF-8 would read "Ã©").
     */
    private static boolean hasUtf8Letter(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0xC2 || lead > 0xF4) {
                continue;
            }
            int continuation = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
            if (i + continuation >= bytes.length) {
                return false;
            }
            boolean letter = true;
            for (int j = 1; j <= continuation; j++) {
                letter &= (bytes[i + j] & 0xC0) == 0x80;
            }
            if (letter) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes strictly, counting lines: what was decoded before a wrong byte is read first, then the
     * next read fails naming the byte's line.
     */
    private static final class Decoding extends Reader {
        private final InputStream in;
        private final Charset charset;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8 * 1024).flip();
        private boolean endOfInput;
        private boolean done;
        private int line = 1;

        Decoding(InputStream in, Charset charset) {
            this.in = in;
            this.charset = charset;
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.position() == offset) {
                if (done) {
                    return -1;
                }
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    if (out.position() > offset) {
                        break;
                    }
                    throw new NotText(line, notText());
                }
                if (result.isOverflow() || out.position() > offset) {
                    break; // (what was decoded is read first: the rest of an upload may be on its way)
                }
                if (endOfInput) {
                    decoder.flush(out);
                    done = true;
                } else {
                    fill();
                }
            }
            int count = out.position() - offset;
            for (int i = offset; i < offset + count; i++) {
                if (buffer[i] == '\n') {
                    line++;
                }
            }
            return count;
        }

        private void fill() throws IOException {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }

        private String notText() {
            if (charset.equals(WINDOWS_1252)) {
                return "holds a byte that is neither UTF-8 nor Windows-1252 text. Save the file as \"CSV UTF-8\""
                        + " and import it again.";
            }
            if (charset.equals(StandardCharsets.UTF_8)) {
                // (read as UTF-8 from its start: a Windows-1252 file whose first accented letter
                // comes after the part looked at is read so too, until that letter)
                return "holds a byte that is not UTF-8 text, though the file starts as UTF-8: it may be saved in"
                        + " another encoding, such as Excel's \"CSV (Comma delimited)\" (Windows-1252). Save it as"
                        + " \"CSV UTF-8\" and import it again.";
            }
            return "holds bytes that are not " + charset.displayName() + " text. Save the file as \"CSV UTF-8\""
                    + " and import it again.";
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
