package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One answer of a stub: status, JSON body and extra headers. Immutable.
 *
 * @param status the HTTP status code
 * @param body the JSON body
 * @param headers extra response headers (besides the content type)
 */
record Reply(int status, JsonNode body, Map<String, String> headers) {

    Reply {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    static Reply of(int status, JsonNode body) {
        return new Reply(status, body, Map.of());
    }

    /** FastAPI's error shape: {@code {"detail": "..."}}. */
    static Reply detail(int status, String message) {
        return of(status, StubJson.object().put("detail", message));
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, more);
    }
}
