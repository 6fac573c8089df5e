package io.bankingsim.connectors.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads events.csv with Jackson's CSV reader (an RFC 4180 parser we did not write), and builds
 * the row the file should hold for an event-log line and an outcome-log line: the JSON flattened,
 * nested names joined with '_'.
 */
final class CsvFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CsvFile() {
    }

    /** The header's column names, in order. */
    static List<String> header(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                    .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).readValues(in);
            return rows.next();
        }
    }

    /** Every row after the header, as column name to cell. */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    /**
     * The row events.csv should have: every column empty but those the two JSON lines have, which
     * hold the same text ({@code id} is {@code event_id}, rule hits are joined with ';').
     */
    static Map<String, String> expectedRow(String eventJson, String outcomeJson) throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : EventCsvObserver.COLUMNS) {
            row.put(column, "");
        }
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", JSON.readTree(eventJson), flat);
        flat.put("event_id", flat.remove("id"));
        flatten("", JSON.readTree(outcomeJson), flat);
        for (Map.Entry<String, String> e : flat.entrySet()) {
            if (!row.containsKey(e.getKey())) {
                throw new AssertionError("events.csv has no column for the JSON field " + e.getKey());
            }
            row.put(e.getKey(), e.getValue());
        }
        return row;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(name + "_", value, into);
            } else if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(v.asText()));
                into.put(name, String.join(";", parts));
            } else {
                into.put(name, value.isNull() ? "" : value.asText());
            }
        }
    }
}
