package io.bankingsim.connectors.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;

/**
 * A log-in to Nexum: {@code POST /rbac/auth/login} with the configured credentials, the bearer
 * token it returns, and a new log-in shortly before {@code expires_at} or after a 401. Only one
 * log-in is in progress at a time; every call waiting for a token shares it. Tokens are real
 * wall-clock credentials, so expiry is judged on the wall clock given, never the virtual one.
 * Thread-safe.
 */
final class NexumSession {

    /** Log in again this long before the token expires. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(1);
    /** Assumed lifetime of a token whose answer has no readable expires_at. */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    /** A token and when to log in again: a minute before it expires, or halfway for a short-lived one. */
    private record Token(String value, Instant renewAt) {
    }

    private final Caller caller;
    private final String path;
    private final String username;
    private final String password;
    private final InstantSource clock;
    private Token token;
    private CompletableFuture<String> pending;
    private long logins;

    NexumSession(Caller caller, String path, String username, String password, InstantSource clock) {
        this.caller = caller;
        this.path = path;
        this.username = username;
        this.password = password;
        this.clock = clock;
    }

    /** A valid bearer token, logging in first when there is none or it is about to expire. */
    CompletableFuture<String> bearer() {
        synchronized (this) {
            if (token != null && clock.instant().isBefore(token.renewAt())) {
                return CompletableFuture.completedFuture(token.value());
            }
            if (pending != null) {
                return pending;
            }
            CompletableFuture<String> login = login();
            pending = login;
            login.whenComplete((t, e) -> {
                synchronized (this) {
                    if (pending == login) {
                        pending = null;
                    }
                }
            });
            return login;
        }
    }

    /** Forgets {@code value} after the backend refused it (a later token is kept). */
    synchronized void invalidate(String value) {
        if (token != null && token.value().equals(value)) {
            token = null;
        }
    }

    /** Log-ins made so far. */
    synchronized long logins() {
        return logins;
    }

    private CompletableFuture<String> login() {
        ObjectNode body = Caller.JSON.createObjectNode().put("username", username).put("password", password);
        return caller.call("nexum_login", "POST", path, body, Caller.Safety.SAFE, false, 0).thenApply(r -> {
            if (!r.ok()) {
                throw new IllegalStateException(r.status() == 0 ? r.detail() : "Nexum refused the log-in of user '"
                        + username + "' (HTTP " + r.status() + ": " + r.detail()
                        + "); check NEXUM_USERNAME and NEXUM_PASSWORD");
            }
            String value = r.body().path("access_token").asText("");
            if (value.isEmpty()) {
                throw new IllegalStateException("Nexum's log-in answer has no access_token");
            }
            Instant expires = clock.instant().plus(DEFAULT_LIFETIME);
            com.fasterxml.jackson.databind.JsonNode at = r.body().path("expires_at");
            String text = at.isNumber() ? "" : at.asText("");
            if (at.isNumber()) {
                expires = Instant.ofEpochSecond(at.asLong()); // epoch seconds, as some services send
            } else if (!text.isEmpty()) {
                try {
                    expires = Instant.parse(text);
                } catch (DateTimeParseException e) {
                    try {
                        expires = java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
                    } catch (DateTimeParseException ignored) {
                        // keep the default lifetime
                    }
                }
            }
            Instant now = clock.instant();
            Duration lifetime = Duration.between(now, expires);
            Duration early = lifetime.dividedBy(2).compareTo(RENEW_BEFORE) < 0 ? lifetime.dividedBy(2) : RENEW_BEFORE;
            synchronized (this) {
                token = new Token(value, expires.minus(early));
                logins++;
            }
            return value;
        });
    }
}
