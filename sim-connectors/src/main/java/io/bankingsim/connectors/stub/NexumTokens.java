package io.bankingsim.connectors.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Nexum's bearer tokens: HS256 JSON Web Tokens with claims {@code sub}, {@code iat}, {@code exp}
 * (epoch seconds) and {@code jti} (a serial number), signed with a secret derived from the
 * stub's seed (so a stub restarted with the same seed accepts the tokens of the previous one).
 * {@link #expireAll()} makes every token issued so far expired. Thread-safe.
 */
final class NexumTokens {

    /** Why a token was refused; null from {@link #verify} means it is good. */
    static final String INVALID = "Invalid token";
    static final String EXPIRED = "Token expired";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final SecretKeySpec key;
    private final Duration ttl;
    private final InstantSource clock;
    private final AtomicLong serial = new AtomicLong();
    private volatile long firstValidSerial;

    NexumTokens(long seed, Duration ttl, InstantSource clock) {
        byte[] secret = new byte[32];
        SplittableRandom random = new SplittableRandom(seed ^ 0x6a09e667f3bcc908L);
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) random.nextInt(256);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token for {@code username}, valid for the TTL from now. */
    Issued issue(String username) {
        long now = clock.instant().getEpochSecond();
        long exp = now + ttl.toSeconds();
        ObjectNode claims = StubJson.object().put("sub", username).put("iat", now).put("exp", exp)
                .put("jti", Long.toString(serial.incrementAndGet()));
        String unsigned = HEADER + "." + ENCODER.encodeToString(StubJson.bytes(claims));
        return new Issued(unsigned + "." + ENCODER.encodeToString(sign(unsigned)), Instant.ofEpochSecond(exp));
    }

    /** Null when {@code token} is valid now, else {@link #INVALID} or {@link #EXPIRED}. */
    String verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(HEADER)) {
            return INVALID;
        }
        JsonNode claims;
        try {
            byte[] signature = DECODER.decode(parts[2]);
            if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
                return INVALID;
            }
            claims = StubJson.MAPPER.readTree(DECODER.decode(parts[1]));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return INVALID;
        }
        if (claims == null || !claims.path("exp").canConvertToLong() || !claims.path("jti").isTextual()) {
            return INVALID;
        }
        long jti;
        try {
            jti = Long.parseLong(claims.get("jti").asText());
        } catch (NumberFormatException e) {
            return INVALID;
        }
        if (jti < firstValidSerial || claims.get("exp").asLong() <= clock.instant().getEpochSecond()) {
            return EXPIRED;
        }
        return null;
    }

    /** Every token issued so far is expired from now on. */
    void expireAll() {
        firstValidSerial = serial.get() + 1;
    }

    private byte[] sign(String unsigned) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A token and when it expires. */
    record Issued(String token, Instant expiresAt) {
    }
}
