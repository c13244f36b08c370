package app.tandem.support.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 written by hand on a socket, for requests no HTTP client sends: a head without the body
 * it announces, an address with a malformed escape ({@code ?q=%zz}), which {@link java.net.URI}
 * refuses to build.
 */
final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RawHttp() {}

    /** A status line, the headers and as much of the body as came. */
    record Answer(int status, String text) {
        JsonNode json() {
            return JSON.readTree(body().strip());
        }

        /** The body, its chunks joined when it came in chunks (their sizes count bytes, not characters). */
        String body() {
            byte[] all = text.getBytes(StandardCharsets.UTF_8);
            int start = indexOf(all, 0) + 4;
            if (!header("Transfer-Encoding").equalsIgnoreCase("chunked")) {
                return new String(all, start, all.length - start, StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = start;
            while (at < all.length) {
                int lineEnd = lineEnd(all, at);
                int size = lineEnd < 0
                        ? 0
                        : Integer.parseInt(new String(all, at, lineEnd - at, StandardCharsets.ISO_8859_1).strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(all, lineEnd + 2, Math.min(all.length - lineEnd - 2, size));
                at = lineEnd + 2 + size + 2;
            }
            return body.toString(StandardCharsets.UTF_8);
        }

        /** Where the head ends (its blank line) in {@code bytes}, from {@code from}. */
        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i + 3 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                    return i;
                }
            }
            return -4;
        }

        /** Where the line that starts at {@code from} ends (its CR LF), or -1. */
        private static int lineEnd(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        String header(String name) {
            for (String line : text.substring(0, text.indexOf("\r\n\r\n")).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }
    }

    /** Sends {@code request} (head and body, as given) to localhost:{@code port} and reads the answer. */
    static Answer send(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                received.write(buffer, 0, n);
                String text = received.toString(StandardCharsets.UTF_8);
                if (complete(text)) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            if (received.size() == 0) {
                throw e;
            }
        }
        String text = received.toString(StandardCharsets.UTF_8);
        return new Answer(Integer.parseInt(text.split("\r\n", 2)[0].split(" ")[1]), text);
    }

    /** Whether the answer is all there: by its Content-Length, or its last chunk. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String headers = text.substring(0, end).toLowerCase();
        int at = headers.indexOf("content-length:");
        if (at >= 0) {
            long length =
                    Long.parseLong(headers.substring(at + 15).split("\r\n")[0].strip());
            return text.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length;
        }
        return headers.contains("chunked") && text.endsWith("0\r\n\r\n");
    }
}
