package io.bankingsim.core.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tokens of Jackson's YAML parser into {@link YamlNode}s that remember where each key
 * and value is written. Jackson's own tree would lose the locations and silently keep the last of
 * two duplicate keys; this reader reports duplicates, aliases and extra documents as problems.
 * Stateless and thread-safe.
 */
final class YamlTree {

    private YamlTree() {
    }

    /**
     * The document's root, or null when the document is empty. A YAML syntax error becomes a
     * problem too; then the root is null.
     */
    static YamlNode read(JsonParser parser, Problems problems) throws IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = value(parser, "", problems);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(line(at), column(at), "", "a scenario file holds one YAML document; remove the second"
                        + " document (everything from the '---' line on)");
            }
            return root;
        } catch (JsonProcessingException e) {
            syntaxError(e, problems);
            return null;
        }
    }

    private static YamlNode value(JsonParser p, String path, Problems problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = line(at);
        int column = column(at);
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> mapping(p, path, problems, line, column);
            case START_ARRAY -> sequence(p, path, problems, line, column);
            case VALUE_NULL -> new YamlNode.Scalar(YamlNode.Kind.NULL, "null", null, line, column);
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(YamlNode.Kind.BOOLEAN,
                    token == JsonToken.VALUE_TRUE ? "true" : "false", null, line, column);
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(YamlNode.Kind.INTEGER, p.getText(), integer(p), line, column);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(YamlNode.Kind.FLOAT, p.getText(), null, line, column);
            default -> {
                if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    problems.add(line, column, path, "YAML aliases (*" + p.getText() + ") are not supported here:"
                            + " write the value out");
                    yield new YamlNode.Scalar(YamlNode.Kind.NULL, "*" + p.getText(), null, line, column);
                }
                yield new YamlNode.Scalar(YamlNode.Kind.STRING, p.getText(), null, line, column);
            }
        };
    }

    private static YamlNode mapping(JsonParser p, String path, Problems problems, int line, int column)
            throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            p.nextToken();
            String keyPath = Problems.child(path, key);
            YamlNode value = value(p, keyPath, problems);
            YamlNode.Entry first = entries.get(key);
            if (first == null) {
                entries.put(key, new YamlNode.Entry(key, line(keyAt), column(keyAt), value));
            } else {
                problems.add(line(keyAt), column(keyAt), keyPath, "duplicate key '" + key + "' (first given at line "
                        + first.line() + ", column " + first.column() + "): keep only one");
            }
        }
        return new YamlNode.Mapping(entries, line, column);
    }

    private static YamlNode sequence(JsonParser p, String path, Problems problems, int line, int column)
            throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            items.add(value(p, Problems.item(path, items.size()), problems));
        }
        return new YamlNode.Sequence(items, line, column);
    }

    private static BigInteger integer(JsonParser p) {
        try {
            Number n = p.getNumberValue();
            return n instanceof BigInteger big ? big : BigInteger.valueOf(n.longValue());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static void syntaxError(JsonProcessingException e, Problems problems) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String context = "";
            if (marked.getContext() != null && marked.getContextMark() != null) {
                Mark c = marked.getContextMark();
                context = " (" + marked.getContext() + " started at line " + (c.getLine() + 1) + ", column "
                        + (c.getColumn() + 1) + ")";
            }
            problems.add(mark.getLine() + 1, mark.getColumn() + 1, "", "YAML syntax error: " + marked.getProblem()
                    + context);
            return;
        }
        JsonLocation at = e.getLocation();
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("unreadable YAML");
        problems.add(at == null ? 0 : line(at), at == null ? 0 : column(at), "", "YAML syntax error: " + message);
    }

    private static int line(JsonLocation at) {
        return Math.max(at.getLineNr(), 0);
    }

    private static int column(JsonLocation at) {
        return Math.max(at.getColumnNr(), 0);
    }
}
