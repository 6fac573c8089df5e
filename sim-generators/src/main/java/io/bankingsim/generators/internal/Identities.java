package io.bankingsim.generators.internal;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.CustomerOnboarded.Address;
import io.bankingsim.core.event.CustomerOnboarded.Identity;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Plain, compact identities and devices drawn from small built-in pools: names, e-mail, phone,
 * date of birth, SSN-like national id, street address, device fingerprint and IP. Every value is
 * a function of the random stream it is given, so a customer's identity is re-derived on demand
 * from its own stream instead of being stored. Internal to sim-generators (not an API).
 * Stateless and thread-safe.
 */
public final class Identities {

    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Christopher", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark",
        "Ashley", "Carlos", "Maria", "Wei", "Mei", "Raj", "Priya", "Ahmed", "Fatima", "Luis", "Sofia", "Kevin",
        "Emily"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
        "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
        "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill",
        "Patel", "Chen"};
    private static final String[] STREETS = {"Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill",
        "Park", "Pine", "Sunset", "Lincoln", "Jackson", "Highland", "Franklin", "Church", "Walnut", "Spring",
        "Madison", "Riverside"};
    private static final String[] STREET_TYPES = {"St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way"};
    private static final String[] MAIL_DOMAINS = {"gmail.com", "yahoo.com", "outlook.com", "icloud.com",
        "hotmail.com", "aol.com", "proton.me"};
    private static final String[] OS = {"iOS 18.2", "iOS 17.6", "Android 15", "Android 14", "Android 13",
        "Windows 11", "Windows 10", "macOS 15.2"};
    private static final int MOBILE_OS = 5;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_SPAN_DAYS = 66 * 365;

    private Identities() {
    }

    /** Number of operating systems in the pool; indices below {@link #mobileOsCount()} are phones. */
    public static int osCount() {
        return OS.length;
    }

    /** Number of mobile operating systems, which are the first indices of the pool. */
    public static int mobileOsCount() {
        return MOBILE_OS;
    }

    /** An identity living at the place with the given {@link Places} index (a US city). */
    public static Identity identity(SplittableRandom random, int placeIndex) {
        Places.Place place = Places.place(placeIndex);
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String email = (first + separator(random) + last).toLowerCase(Locale.ROOT)
                + (random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(1, 100)))
                + "@" + MAIL_DOMAINS[random.nextInt(MAIL_DOMAINS.length)];
        String area = place.areaCode().isEmpty() ? "555" : place.areaCode();
        String phone = "+1" + area + random.nextInt(200, 1000) + digits(random, 4);
        LocalDate dob = OLDEST_BIRTH.plusDays(random.nextInt(BIRTH_SPAN_DAYS));
        int ssnArea = random.nextInt(1, 899);
        String ssn = pad(ssnArea == 666 ? 667 : ssnArea, 3) + "-" + pad(random.nextInt(1, 100), 2) + "-"
                + pad(random.nextInt(1, 10000), 4);
        String line1 = random.nextInt(1, 9900) + " " + STREETS[random.nextInt(STREETS.length)] + " "
                + STREET_TYPES[random.nextInt(STREET_TYPES.length)];
        String zip = place.zipPrefix().isEmpty() ? digits(random, 5) : place.zipPrefix() + digits(random, 2);
        Address address = new Address(line1, place.geo().city(), place.state(), zip, place.geo());
        return new Identity(first, last, email, phone, dob, ssn, address);
    }

    /** A device with the given operating system (index into the pool), located at {@code where}. */
    public static Device device(SplittableRandom random, int os, Geo where) {
        return new Device(fingerprint(random), OS[os], publicIp(random), where);
    }

    /** A device with a random operating system, located at {@code where}. */
    public static Device device(SplittableRandom random, Geo where) {
        return device(random, random.nextInt(OS.length), where);
    }

    /** The digital channel a device banks through: {@code MOBILE} for phones, else {@code ONLINE}. */
    public static Channel channelOf(Device device) {
        String os = device.os();
        return os.startsWith("iOS") || os.startsWith("Android") ? Channel.MOBILE : Channel.ONLINE;
    }

    /** A 32-hex-digit device fingerprint. */
    public static String fingerprint(SplittableRandom random) {
        char[] out = new char[32];
        for (int half = 0; half < 2; half++) {
            long bits = random.nextLong();
            for (int i = 0; i < 16; i++) {
                out[half * 16 + i] = HEX[(int) (bits >>> (60 - 4 * i)) & 0xf];
            }
        }
        return new String(out);
    }

    /** A public IPv4 address (no private, loopback, link-local or multicast ranges). */
    public static String publicIp(SplittableRandom random) {
        while (true) {
            int a = random.nextInt(1, 224);
            int b = random.nextInt(256);
            boolean reserved = a == 10 || a == 127 || a == 0 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b < 32)
                    || (a == 192 && b == 168) || (a == 100 && b >= 64 && b < 128);
            if (!reserved) {
                return a + "." + b + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
            }
        }
    }

    private static String separator(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> ".";
            case 1 -> "_";
            default -> "";
        };
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
