package io.bankingsim.connectors.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A transport that answers from a script per "METHOD path", and records every request it got. */
final class ScriptedTransport implements HttpTransport {

    /** One scripted reaction. */
    sealed interface Step permits Answer, Failure {
    }

    record Answer(int status, String body, long retryAfter) implements Step {
    }

    record Failure(IOException error) implements Step {
    }

    static Step answer(int status, String body) {
        return new Answer(status, body, -1);
    }

    static Step throttled(long retryAfterSeconds) {
        return new Answer(429, "{\"detail\":\"Rate limit exceeded\"}", retryAfterSeconds);
    }

    static Step timeout() {
        return new Failure(new HttpTimeoutException("request timed out"));
    }

    static Step refused() {
        return new Failure(new ConnectException("Connection refused"));
    }

    private final Map<String, Deque<Step>> script = new HashMap<>();
    private final Map<String, Step> otherwise = new HashMap<>();
    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    /** Answers the next requests to {@code "METHOD path"} with these steps, in order. */
    ScriptedTransport on(String call, Step... steps) {
        script.computeIfAbsent(call, k -> new ArrayDeque<>()).addAll(List.of(steps));
        return this;
    }

    /** Answers every request to {@code "METHOD path"} with this step once its script is used up. */
    ScriptedTransport always(String call, Step step) {
        otherwise.put(call, step);
        return this;
    }

    @Override
    public synchronized CompletableFuture<Response> send(Request request) {
        requests.add(request);
        String call = request.method() + " " + request.uri().getPath();
        Deque<Step> steps = script.get(call);
        Step step = steps != null && !steps.isEmpty() ? steps.poll() : otherwise.get(call);
        if (step == null) {
            return CompletableFuture.completedFuture(new Response(404, "{\"detail\":\"Not Found\"}"
                    .getBytes(StandardCharsets.UTF_8), -1));
        }
        return switch (step) {
            case Answer a -> CompletableFuture.completedFuture(
                    new Response(a.status(), a.body().getBytes(StandardCharsets.UTF_8), a.retryAfter()));
            case Failure f -> CompletableFuture.failedFuture(f.error());
        };
    }

    /** Requests made to {@code "METHOD path"}. */
    long count(String call) {
        synchronized (requests) {
            return requests.stream().filter(r -> (r.method() + " " + r.uri().getPath()).equals(call)).count();
        }
    }
}
