package io.bankingsim.core.event;

import java.util.Objects;

/**
 * The device and network an event came from (online, mobile and login events). Immutable.
 *
 * @param fingerprint a stable device fingerprint
 * @param os operating system, e.g. {@code "iOS 18.2"}
 * @param ip the IP address the request came from
 * @param geo where that IP address is located
 */
public record Device(String fingerprint, String os, String ip, Geo geo) {
    public Device {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(geo, "geo");
    }
}
