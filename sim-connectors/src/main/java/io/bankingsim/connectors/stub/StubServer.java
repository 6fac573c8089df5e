package io.bankingsim.connectors.stub;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

/** Starts the Helidon server of a stub, with FastAPI's 404 for unknown paths. Stateless. */
final class StubServer {

    /** Stubs bind the loopback address unless told otherwise. */
    static final String DEFAULT_HOST = "127.0.0.1";

    private StubServer() {
    }

    /**
     * Starts a server on {@code host:port} with the routes of {@code routing}.
     *
     * @throws UncheckedIOException naming the address when it cannot be bound (e.g. the port is in use)
     */
    static WebServer start(String name, String host, int port, HttpRouting.Builder routing) {
        String where = host + ":" + port;
        if (port != 0) {
            // Helidon logs a bind failure as SEVERE with a stack trace and only then gives up:
            // find out first, and say it in one line.
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(host, port));
            } catch (IOException e) {
                throw cannotListen(name, where, e);
            }
        }
        routing.any((req, res) -> StubPipeline.send(res, Reply.detail(404, "Not Found")));
        WebServer server = WebServer.builder()
                .host(host)
                .port(port)
                .shutdownHook(false)
                .shutdownGracePeriod(Duration.ofMillis(100))
                .routing(routing)
                .build()
                .start();
        if (!server.isRunning()) {
            throw cannotListen(name, where, new BindException("the server did not start (see the log)"));
        }
        return server;
    }

    private static UncheckedIOException cannotListen(String name, String where, IOException e) {
        return new UncheckedIOException(name + " stub cannot listen on " + where
                + ": the port is in use or the address is not available (" + e.getMessage() + ")", e);
    }

    /**
     * Stops {@code server}, also from a thread that was interrupted (Helidon's stop would throw):
     * the interrupt flag is cleared for the stop and set again after.
     */
    static void stop(WebServer server) {
        boolean interrupted = Thread.interrupted();
        try {
            server.stop();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code http://host:port}, with brackets around an IPv6 address. */
    static URI url(String host, int port) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port);
    }

    static void requirePort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, not " + port);
        }
    }

}
