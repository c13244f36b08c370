package app.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemIT;
import app.tandem.goal.csv.ImportProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KPI CSV import reads its body as it arrives and stops after {@code
 * tandem.goals.import.max-rows} rows: it never holds the text whole, so a long file is refused
 * once it passes the limit, without the rest of it being read.
 */
class KpiImportStreamIT extends TandemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ImportProperties importProperties;

    @Test
    void aFileLongerThanTheRowLimitIsRefusedWithoutItsRestBeingRead() throws IOException {
        String slug = "kpi-stream-" + unique();
        admin().post("/api/v1/workspaces", "{\"name\":\"Stream\",\"slug\":\"" + slug + "\"}");
        long kpi = admin().post(
                        "/api/v1/workspaces/" + slug + "/kpis",
                        "{\"name\":\"Visits\",\"unit\":\"PERCENT\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"baselineValue\":4.0,\"baselineDate\":\"2026-01-01\",\"targetValue\":6.0,"
                                + "\"targetDate\":\"2027-01-01\"}")
                .json()
                .path("id")
                .asLong();
        assertThat(kpi).isPositive();
        int max = importProperties.maxRows();
        StringBuilder rows = new StringBuilder("date,value\n");
        LocalDate day = LocalDate.of(1990, 1, 1);
        // ten rows past the limit (the parser looks one character past a row to know that it ended)
        for (int i = 0; i < max + 10; i++) {
            rows.append(day.plusDays(i)).append(",1\n");
        }
        byte[] sent = rows.toString().getBytes(StandardCharsets.UTF_8);
        long announced = 64L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/v1/workspaces/" + slug + "/kpis/measurements/import?kpi=" + kpi + " HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Authorization: Bearer " + ADMIN_TOKEN + "\r\n"
                    + "Content-Type: text/csv\r\n"
                    + "Content-Length: " + announced + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(sent);
            out.flush();
            // the rows past the limit are there, the other 60-odd MB are not: a server that read the
            // whole body before parsing it would still be waiting
            String answer;
            try {
                answer = read(socket.getInputStream());
            } catch (SocketTimeoutException e) {
                throw new AssertionError("No answer while the rest of the body was owed: the body was read whole", e);
            }
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            JsonNode problem = JSON.readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
            assertThat(problem.path("errors").toString()).contains("more than " + max + " rows");
        }
        // nothing was saved: all or nothing
        assertThat(admin().get("/api/v1/workspaces/" + slug + "/kpis/" + kpi + "/measurements")
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            received.write(buffer, 0, n);
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                continue;
            }
            String headers = text.substring(0, end).toLowerCase();
            int at = headers.indexOf("content-length:");
            if (at >= 0) {
                long length = Long.parseLong(
                        headers.substring(at + 15).split("\r\n")[0].strip());
                if (text.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length) {
                    break;
                }
            } else if (text.endsWith("0\r\n\r\n")) {
                break;
            }
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
