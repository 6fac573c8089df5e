package io.bankingsim.connectors.stub;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests received per endpoint name, and answers sent per "name status". Thread-safe.
 */
final class RequestCounts {

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> responses = new ConcurrentHashMap<>();

    /** Counts whose names are listed from the start, at 0. */
    RequestCounts(List<String> names) {
        for (String name : names) {
            requests.put(name, new LongAdder());
        }
    }

    void request(String name) {
        add(requests, name, 1);
    }

    void add(String name, long n) {
        add(requests, name, n);
    }

    void response(String name, int status) {
        add(responses, name + " " + status, 1);
    }

    Map<String, Long> requests() {
        return snapshot(requests);
    }

    Map<String, Long> responses() {
        return snapshot(responses);
    }

    private static void add(Map<String, LongAdder> counts, String key, long n) {
        counts.computeIfAbsent(key, k -> new LongAdder()).add(n);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return Collections.unmodifiableMap(copy);
    }
}
