package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a JSON request body and collects what is wrong with them the way FastAPI
 * reports it: {@code 422 {"detail": [{"loc": ["body", "first_name"], "msg": "Field required",
 * "type": "missing"}, ...]}}, every problem at once. Read the fields, then call {@link #check()}.
 * A reader and the readers of its nested objects share one list of errors. Not thread-safe: one
 * request's thread.
 */
final class JsonBody {

    private final JsonNode node;
    private final List<Object> location;
    private final ArrayNode errors;

    private JsonBody(JsonNode node, List<Object> location, ArrayNode errors) {
        this.node = node;
        this.location = location;
        this.errors = errors;
    }

    /** The body as a JSON object, or a {@link Rejection} 422 when it is not JSON or not an object. */
    static JsonBody parse(byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : StubJson.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new Rejection(unprocessable(error(List.of("body"), "JSON decode error", "json_invalid")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a request body", e);
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new Rejection(unprocessable(error(List.of("body"), "Field required", "missing")));
        }
        return of(node, List.of("body"), StubJson.array());
    }

    /** A reader of {@code node} whose errors are located under {@code location}. */
    static JsonBody of(JsonNode node, List<Object> location, ArrayNode errors) {
        JsonBody body = new JsonBody(node, List.copyOf(location), errors);
        if (!node.isObject()) {
            body.errors.add(error(body.location, "Input should be a valid dictionary or object to extract fields from",
                    "model_attributes_type"));
        }
        return body;
    }

    /** The node read; an object unless an error says otherwise. */
    JsonNode node() {
        return node;
    }

    /** Errors so far, shared with nested readers. */
    ArrayNode errors() {
        return errors;
    }

    /** Location of one of this object's fields, for nested readers and errors. */
    List<Object> at(Object field) {
        List<Object> loc = new ArrayList<>(location);
        loc.add(field);
        return loc;
    }

    /** Records a problem with {@code field}. */
    void error(String field, String msg, String type) {
        errors.add(error(at(field), msg, type));
    }

    /** Throws a 422 with every problem found, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new Rejection(unprocessable(errors));
        }
    }

    /** The field's value, or null when absent or JSON null. */
    JsonNode field(String field) {
        JsonNode value = node.isObject() ? node.get(field) : null;
        return value == null || value.isNull() ? null : value;
    }

    /** A required string; blank counts as too short unless {@code blankAllowed}. */
    String requiredString(String field, boolean blankAllowed) {
        JsonNode value = field(field);
        if (value == null) {
            if (node.isObject()) {
                error(field, "Field required", "missing");
            }
            return null;
        }
        return string(field, value, blankAllowed);
    }

    String requiredString(String field) {
        return requiredString(field, false);
    }

    /** An optional string: null when absent. */
    String optionalString(String field) {
        JsonNode value = field(field);
        return value == null ? null : string(field, value, true);
    }

    private String string(String field, JsonNode value, boolean blankAllowed) {
        if (!value.isTextual()) {
            error(field, "Input should be a valid string", "string_type");
            return null;
        }
        if (!blankAllowed && value.asText().isBlank()) {
            error(field, "String should have at least 1 character", "string_too_short");
            return null;
        }
        return value.asText();
    }

    /** A required value out of {@code allowed}, reported like a pydantic enum. */
    String requiredEnum(String field, List<String> allowed) {
        String value = requiredString(field, true);
        return value == null ? null : oneOf(field, value, allowed);
    }

    /** An optional value out of {@code allowed}: null when absent. */
    String optionalEnum(String field, List<String> allowed) {
        String value = optionalString(field);
        return value == null ? null : oneOf(field, value, allowed);
    }

    private String oneOf(String field, String value, List<String> allowed) {
        if (allowed.contains(value)) {
            return value;
        }
        error(field, "Input should be " + quotedList(allowed), "enum");
        return null;
    }

    /** A decimal given as a JSON number or a decimal string; null when absent (and an error if required). */
    BigDecimal decimal(String field, boolean required) {
        JsonNode value = field(field);
        if (value == null) {
            if (required && node.isObject()) {
                error(field, "Field required", "missing");
            }
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(field, "Input should be a valid decimal", "decimal_parsing");
        return null;
    }

    /** An optional whole number: null when absent. */
    Long optionalLong(String field) {
        JsonNode value = field(field);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        error(field, "Input should be a valid integer", "int_type");
        return null;
    }

    /** A required boolean. */
    Boolean requiredBoolean(String field) {
        JsonNode value = field(field);
        if (value == null) {
            if (node.isObject()) {
                error(field, "Field required", "missing");
            }
            return null;
        }
        if (!value.isBoolean()) {
            error(field, "Input should be a valid boolean", "bool_type");
            return null;
        }
        return value.asBoolean();
    }

    /** An optional ISO date (YYYY-MM-DD): null when absent. */
    LocalDate optionalDate(String field) {
        String value = optionalString(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(field, "Input should be a valid date in the format YYYY-MM-DD", "date_parsing");
            return null;
        }
    }

    /** A nested object: null when absent (and an error if required); else its reader. */
    JsonBody object(String field, boolean required) {
        JsonNode value = field(field);
        if (value == null) {
            if (required && node.isObject()) {
                error(field, "Field required", "missing");
            }
            return null;
        }
        JsonBody nested = of(value, at(field), errors);
        return value.isObject() ? nested : null;
    }

    /** A JSON array: null when absent (and an error if required) or not an array. */
    ArrayNode array(String field, boolean required) {
        JsonNode value = field(field);
        if (value == null) {
            if (required && node.isObject()) {
                error(field, "Field required", "missing");
            }
            return null;
        }
        if (!value.isArray()) {
            error(field, "Input should be a valid list", "list_type");
            return null;
        }
        return (ArrayNode) value;
    }

    static ObjectNode error(List<Object> loc, String msg, String type) {
        ObjectNode error = StubJson.object();
        ArrayNode where = error.putArray("loc");
        for (Object part : loc) {
            if (part instanceof Integer i) {
                where.add(i);
            } else {
                where.add(String.valueOf(part));
            }
        }
        error.put("msg", msg);
        error.put("type", type);
        return error;
    }

    /** A 422 answer listing {@code errors} (an array, or one error object). */
    static Reply unprocessable(JsonNode errors) {
        ObjectNode body = StubJson.object();
        if (errors.isArray()) {
            body.set("detail", errors);
        } else {
            body.putArray("detail").add(errors);
        }
        return Reply.of(422, body);
    }

    /** Pydantic's way: {@code 'a', 'b' or 'c'}. */
    static String quotedList(List<String> allowed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < allowed.size(); i++) {
            if (i > 0) {
                text.append(i == allowed.size() - 1 ? " or " : ", ");
            }
            text.append('\'').append(allowed.get(i)).append('\'');
        }
        return text.toString();
    }
}
