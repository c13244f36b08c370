package app.tandem.support.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** A JSON array with one object per row, its keys the column names, in UTF-8. */
final class JsonExportWriter implements ExportWriter {

    private static final JsonMapper JSON =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator json;
    private final List<String> columns;

    JsonExportWriter(OutputStream out, List<String> columns) {
        this.json = JSON.createGenerator(out);
        this.columns = List.copyOf(columns);
        json.writeStartArray();
    }

    @Override
    public void row(@Nullable Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(
                    "A row of " + cells.length + " cells for " + columns.size() + " columns");
        }
        json.writeStartObject();
        for (int i = 0; i < cells.length; i++) {
            json.writeName(columns.get(i));
            value(cells[i]);
        }
        json.writeEndObject();
    }

    private void value(@Nullable Object cell) {
        switch (cell) {
            case null -> json.writeNull();
            case Long number -> json.writeNumber(number);
            case Integer number -> json.writeNumber(number);
            case BigDecimal number -> json.writeNumber(number);
            case BigInteger number -> json.writeNumber(number);
            case Double number -> json.writeNumber(number);
            case Boolean bool -> json.writeBoolean(bool);
            case Collection<?> values -> {
                json.writeStartArray();
                for (Object value : values) {
                    value(value);
                }
                json.writeEndArray();
            }
            default -> json.writeString(cell.toString());
        }
    }

    @Override
    public void finish() {
        json.writeEndArray();
        json.close();
    }
}
