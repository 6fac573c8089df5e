package io.bankingsim.connectors.stub;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What every request of a stub goes through, in this order: counted; its body read; its fault
 * drawn (if faults apply to the endpoint); the latency added; an injected 503 or a lost request
 * (hang, then 504) answered without processing; the gates (rate limit, then auth) checked; the
 * endpoint's logic run; a lost answer held back for the hang time; the answer sent and counted.
 * A hang or latency ends early when the stub closes. Thread-safe: requests run on their own
 * (virtual) threads.
 */
final class StubPipeline {

    /** Which injected faults an endpoint suffers. */
    enum Exposure {
        /** None (health). */
        NONE,
        /** Latency only (Nexum's login, kept reliable). */
        LATENCY,
        /** Latency, errors and timeouts. */
        ALL
    }

    /** A check before the logic: null to let the request through, else the answer. */
    @FunctionalInterface
    interface Gate {
        Reply check(Call call);
    }

    /** An endpoint's logic; may throw {@link Rejection}. */
    @FunctionalInterface
    interface Action {
        Reply handle(Call call);
    }

    private static final System.Logger LOG = System.getLogger(StubPipeline.class.getName());
    private static final byte[] NO_BODY = new byte[0];

    /** The faults in force and the endpoints they apply to (empty: all endpoints exposed to them). */
    private record Faults(FaultSettings settings, FaultInjector injector, java.util.Set<String> endpoints) {
        boolean apply(String endpoint) {
            return endpoints.isEmpty() || endpoints.contains(endpoint);
        }
    }

    private final String server;
    private final long seed;
    private volatile Faults current;
    private final RequestCounts counts;
    private final CountDownLatch closing = new CountDownLatch(1);

    StubPipeline(String server, FaultSettings settings, long seed, RequestCounts counts) {
        this.server = Objects.requireNonNull(server, "server");
        this.seed = seed;
        this.current = new Faults(Objects.requireNonNull(settings, "settings"), new FaultInjector(settings, seed),
                java.util.Set.of());
        this.counts = Objects.requireNonNull(counts, "counts");
    }

    /**
     * Replaces the faults from the next request on, limited to {@code endpoints} (empty: every
     * endpoint that suffers faults at all). The draws restart from the seed.
     */
    void inject(FaultSettings settings, java.util.Set<String> endpoints) {
        current = new Faults(Objects.requireNonNull(settings, "settings"), new FaultInjector(settings, seed),
                java.util.Set.copyOf(endpoints));
    }

    /** The Helidon handler of endpoint {@code name}. */
    Handler endpoint(String name, Exposure exposure, List<Gate> gates, Action action) {
        List<Gate> checks = List.copyOf(gates);
        return (req, res) -> handle(name, exposure, checks, action, req, res);
    }

    /** Ends every hang and latency wait now: the stub is closing. */
    void release() {
        closing.countDown();
    }

    private void handle(String name, Exposure exposure, List<Gate> gates, Action action, ServerRequest req,
                        ServerResponse res) {
        counts.request(name);
        Call call = new Call(req, body(req));
        Faults f = current;
        FaultSettings settings = f.settings();
        FaultInjector.Fault fault = exposure == Exposure.ALL && f.apply(name) ? f.injector().next()
                : FaultInjector.Fault.NONE;
        if (exposure != Exposure.NONE) {
            pause(settings.latencyMs());
        }
        Reply reply = switch (fault) {
            case ERROR -> Reply.detail(503, "Injected fault");
            case REQUEST_LOST -> {
                pause(settings.hangMs());
                yield Reply.detail(504, "Injected timeout");
            }
            case NONE, ANSWER_LOST -> process(name, gates, action, call);
        };
        if (fault == FaultInjector.Fault.ANSWER_LOST) {
            pause(settings.hangMs());
        }
        counts.response(name, reply.status()); // before sending: a client that has its answer sees it counted
        send(res, reply);
    }

    private Reply process(String name, List<Gate> gates, Action action, Call call) {
        try {
            for (Gate gate : gates) {
                Reply refused = gate.check(call);
                if (refused != null) {
                    return refused;
                }
            }
            return action.handle(call);
        } catch (Rejection r) {
            return r.reply();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, server + " stub: " + name + " failed", e);
            return Reply.detail(500, "Internal Server Error");
        }
    }

    private static byte[] body(ServerRequest req) {
        if (!req.content().hasEntity()) {
            return NO_BODY;
        }
        try (InputStream in = req.content().inputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void send(ServerResponse res, Reply reply) {
        res.status(reply.status());
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            res.header(header.getKey(), header.getValue());
        }
        res.send(StubJson.bytes(reply.body()));
    }
}
