package io.bankingsim.core.event;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A customer's credentials or contact details change in online or mobile banking: a new
 * password, phone number, e-mail address or postal address. Genuine customers do it now and then;
 * an account takeover does it to lock the owner out. Immutable.
 *
 * @param id event id
 * @param time virtual instant
 * @param customerId whose profile changed
 * @param change what changed
 * @param channel {@link Channel#ONLINE} or {@link Channel#MOBILE}
 * @param device device, IP address and its location
 * @param truth ground truth (a takeover's change is fraud)
 */
public record ProfileChange(String id, Instant time, String customerId, Change change, Channel channel, Device device,
                            GroundTruth truth) implements Event {

    /** What a profile change changes. */
    public enum Change {
        PASSWORD, PHONE, EMAIL, ADDRESS;

        /** The lower-case name used in event logs, e.g. {@code password}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ProfileChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(truth, "truth");
    }

    @Override
    public String kind() {
        return "profile_change";
    }
}
