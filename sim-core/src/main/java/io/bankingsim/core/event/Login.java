package io.bankingsim.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer (or someone with their credentials) logs in to online or mobile banking. Immutable.
 *
 * @param id event id
 * @param time virtual instant
 * @param customerId whose credentials were used
 * @param channel {@link Channel#ONLINE} or {@link Channel#MOBILE}
 * @param device device, IP address and its location
 * @param truth ground truth (an account takeover's login is fraud)
 */
public record Login(String id, Instant time, String customerId, Channel channel, Device device, GroundTruth truth)
        implements Event {

    public Login {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(truth, "truth");
    }

    @Override
    public String kind() {
        return "login";
    }
}
