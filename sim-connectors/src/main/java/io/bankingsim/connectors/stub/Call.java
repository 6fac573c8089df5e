package io.bankingsim.connectors.stub;

import io.helidon.webserver.http.ServerRequest;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as an endpoint's logic sees it: its body (read once, as bytes), path and query
 * parameters, headers and client address. Not thread-safe: one request's thread.
 */
final class Call {

    private final ServerRequest request;
    private final byte[] body;

    Call(ServerRequest request, byte[] body) {
        this.request = Objects.requireNonNull(request, "request");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** The body parsed as a JSON object (a {@link Rejection} 422 if it is not one). */
    JsonBody json() {
        return JsonBody.parse(body);
    }

    String pathParameter(String name) {
        return request.path().pathParameters().get(name);
    }

    Optional<String> query(String name) {
        return request.query().first(name).asOptional();
    }

    Optional<String> header(String name) {
        return request.headers().first(io.helidon.http.HeaderNames.create(name));
    }

    /** The client's IP address (the rate limit's key). */
    String clientIp() {
        SocketAddress address = request.remotePeer().address();
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return request.remotePeer().host();
    }
}
