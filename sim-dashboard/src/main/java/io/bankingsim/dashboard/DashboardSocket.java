package io.bankingsim.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code /ws} endpoint: one listener for all connections. A client sends
 * {@code {"type":"subscribe","topics":[...]}}; the answer is {@code subscribed} with the topics,
 * or an {@code error} message (the connection stays open). Pushes come from the
 * {@link Broadcaster}. Thread-safe.
 */
final class DashboardSocket implements WsListener {

    static final int MAX_MESSAGE_CHARS = 16 * 1024;

    private final Broadcaster broadcaster;
    private final int outboxCapacity;
    private final int maxBehindTicks;
    private final Map<WsSession, ClientSession> sessions = new ConcurrentHashMap<>();
    private final Map<WsSession, StringBuilder> partial = new ConcurrentHashMap<>();

    DashboardSocket(Broadcaster broadcaster, int outboxCapacity, int maxBehindTicks) {
        this.broadcaster = broadcaster;
        this.outboxCapacity = outboxCapacity;
        this.maxBehindTicks = maxBehindTicks;
    }

    @Override
    public void onOpen(WsSession session) {
        ClientSession client = new ClientSession(new ClientSession.Sink() {
            @Override
            public void send(String text) {
                session.send(text, true);
            }

            @Override
            public void terminate(String reason) {
                session.terminate();
            }
        }, outboxCapacity, maxBehindTicks);
        sessions.put(session, client);
        broadcaster.add(client);
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        ClientSession client = sessions.get(session);
        if (client == null) {
            return;
        }
        StringBuilder buffer = partial.get(session);
        if (!last || buffer != null) {
            StringBuilder b = partial.computeIfAbsent(session, s -> new StringBuilder());
            b.append(text);
            if (b.length() > MAX_MESSAGE_CHARS) {
                partial.remove(session);
                client.offer(Messages.wsError("message too long: at most " + MAX_MESSAGE_CHARS + " characters"));
                return;
            }
            if (!last) {
                return;
            }
            partial.remove(session);
            text = b.toString();
        }
        String reply = answer(client, text);
        if (reply != null) {
            client.offer(reply);
        }
    }

    /** Handles one client message and returns the error to send, or null when it was a subscription (acknowledged). */
    static String answer(ClientSession client, String text) {
        JsonNode node;
        try {
            node = Messages.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Messages.wsError("not JSON: expected {\"type\":\"subscribe\",\"topics\":[...]} with topics "
                    + Topic.allowed());
        }
        if (node == null || !node.isObject()) {
            return Messages.wsError("expected a JSON object {\"type\":\"subscribe\",\"topics\":[...]}");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            return Messages.wsError("missing \"type\": allowed: subscribe");
        }
        if (!type.asText().equals("subscribe")) {
            return Messages.wsError("unknown type '" + type.asText() + "': allowed: subscribe");
        }
        JsonNode topics = node.get("topics");
        if (topics == null || !topics.isArray()) {
            return Messages.wsError("\"topics\" must be an array of: " + Topic.allowed());
        }
        Set<Topic> chosen = EnumSet.noneOf(Topic.class);
        for (JsonNode t : topics) {
            java.util.Optional<Topic> topic = t.isTextual() ? Topic.parse(t.asText()) : java.util.Optional.empty();
            if (topic.isEmpty()) {
                return Messages.wsError("unknown topic " + t + ": allowed: " + Topic.allowed());
            }
            chosen.add(topic.get());
        }
        // the acknowledgement goes out before the subscription takes effect, so that it comes
        // before the backlog of what is already there
        client.offer(Messages.subscribed(chosen));
        client.subscribe(chosen);
        return null;
    }

    /** Binary frames are not part of the protocol: the client is told so, once per message. */
    @Override
    public void onMessage(WsSession session, io.helidon.common.buffers.BufferData buffer, boolean last) {
        ClientSession client = sessions.get(session);
        if (client != null && last) {
            client.offer(Messages.wsError("binary messages are not understood: send text, e.g. "
                    + "{\"type\":\"subscribe\",\"topics\":[\"metrics\"]}"));
        }
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        forget(session);
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        ClientSession client = sessions.get(session);
        if (client != null) {
            client.close("error: " + t.getMessage());
        }
        forget(session);
    }

    private void forget(WsSession session) {
        partial.remove(session);
        ClientSession client = sessions.remove(session);
        if (client != null) {
            client.closed();
            broadcaster.remove(client);
        }
    }

    /** Closes every connection (server shutdown). */
    void closeAll() {
        sessions.keySet().forEach(s -> {
            ClientSession c = sessions.get(s);
            if (c != null) {
                c.close("server stopping");
            }
        });
        sessions.clear();
        partial.clear();
    }
}
