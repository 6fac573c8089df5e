package io.bankingsim.connectors.stub;

import java.util.Objects;

/**
 * Thrown by an endpoint's logic to answer with an error (400, 404, 422...) from deep inside it.
 * Carries no stack trace: it is control flow, not a failure of the stub.
 */
final class Rejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reply reply;

    Rejection(Reply reply) {
        super("HTTP " + reply.status(), null, false, false);
        this.reply = Objects.requireNonNull(reply, "reply");
    }

    static Rejection detail(int status, String message) {
        return new Rejection(Reply.detail(status, message));
    }

    Reply reply() {
        return reply;
    }
}
