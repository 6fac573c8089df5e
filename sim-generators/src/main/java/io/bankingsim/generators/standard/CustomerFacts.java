package io.bankingsim.generators.standard;

import io.bankingsim.core.event.CustomerOnboarded.Address;
import io.bankingsim.core.event.CustomerOnboarded.Identity;
import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.internal.City;
import io.bankingsim.generators.internal.Country;
import io.bankingsim.generators.internal.Scramble;
import io.bankingsim.generators.internal.UniqueNationalIds;
import net.datafaker.Faker;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Everything about a customer that is derived rather than stored: the profile (segment, home
 * city, devices, activity), income, identity (names and street from datafaker in the country's
 * locale; phone, postal code and national id from the country's own formats, so that city, phone
 * prefix, postal code and coordinates agree; national ids and e-mail addresses unique through keyed
 * permutations of the index) and devices. Each fact comes from its own stream
 * keyed by (seed, fact, customer index): customer k's facts depend on the seed and k alone.
 *
 * <p>Not thread-safe (a datafaker {@code Faker} is not): one instance per run, used on the engine
 * thread.
 */
final class CustomerFacts {

    /** Device bit: the customer banks on a phone. */
    static final byte PHONE = 1;
    /** Device bit: the customer banks on a computer. */
    static final byte COMPUTER = 2;

    private static final Segment[] SEGMENTS = Segment.values();
    private static final String[] PHONE_OS = {"iOS 18.3", "iOS 18.1", "iOS 17.6", "Android 15", "Android 14",
        "Android 13"};
    private static final String[] COMPUTER_OS = {"Windows 11", "Windows 10", "macOS 15.3", "macOS 14.7",
        "ChromeOS 132", "Ubuntu 24.04"};
    private static final double[] PHONE_SHARE = {0.98, 0.93, 0.62, 0.95, 0.96};
    private static final double[] COMPUTER_SHARE = {0.55, 0.55, 0.45, 0.85, 0.8};
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * What the compact population keeps of a customer.
     *
     * @param segment the segment
     * @param city index of the home city in the country's cities
     * @param devices {@link #PHONE} and {@link #COMPUTER} bits
     * @param activity personal activity factor (log-normal, median 1)
     */
    record Profile(Segment segment, int city, byte devices, double activity) {
    }

    private final long seed;
    private final Country country;
    private final LocalDate today;
    private final double[] segmentCumulative;
    private final double[] cityCumulative;
    private final List<String> mailDomains;
    private final Random fakerRandom = new Random(0);
    private final Scramble nationalIds;
    private final long[][] homeBlocks;
    private final long[][] mobileBlocks;
    private final Scramble mailNumbers;
    private Faker faker;

    CustomerFacts(long seed, Country country, Instant start) {
        this.seed = seed;
        this.country = country;
        this.today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        this.homeBlocks = blocks(country, false);
        this.mobileBlocks = blocks(country, true);
        this.nationalIds = new Scramble(RandomStreams.mix(seed, "national-id", 0), UniqueNationalIds.size(country));
        this.mailNumbers = new Scramble(RandomStreams.mix(seed, "mail", 0), 100_000_000L);
        this.segmentCumulative = new double[SEGMENTS.length];
        double sum = 0;
        for (Segment s : SEGMENTS) {
            sum += s.share();
            segmentCumulative[s.ordinal()] = sum;
        }
        List<City> cities = country.cities();
        this.cityCumulative = new double[cities.size()];
        double total = 0;
        for (int i = 0; i < cities.size(); i++) {
            total += cities.get(i).weight();
            cityCumulative[i] = total;
        }
        for (int i = 0; i < cityCumulative.length; i++) {
            cityCumulative[i] /= total;
        }
        this.mailDomains = switch (country) {
            case US -> List.of("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com",
                    "hotmail.com", "aol.com", "comcast.net", "proton.me");
            case GB -> List.of("gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk",
                    "btinternet.com", "sky.com", "icloud.com", "live.co.uk");
            case DE -> List.of("gmail.com", "web.de", "web.de", "gmx.de", "gmx.net", "t-online.de", "outlook.de",
                    "yahoo.de", "posteo.de", "icloud.com");
        };
    }

    /** Customer k's segment, home city, devices and activity. */
    Profile profile(int k) {
        SplittableRandom r = RandomStreams.of(seed, "customer", k);
        Segment segment = SEGMENTS[pick(segmentCumulative, r.nextDouble())];
        int city = pick(cityCumulative, r.nextDouble());
        byte devices = 0;
        if (r.nextDouble() < PHONE_SHARE[segment.ordinal()]) {
            devices |= PHONE;
        }
        if (r.nextDouble() < COMPUTER_SHARE[segment.ordinal()]) {
            devices |= COMPUTER;
        }
        double activity = RandomStreams.logNormal(r, 1, 0.7);
        return new Profile(segment, city, devices, activity);
    }

    /** Customer k's monthly income in US dollars. */
    double monthlyIncome(int k, Segment segment) {
        SplittableRandom r = RandomStreams.of(seed, "income", k);
        double income = RandomStreams.logNormal(r, segment.medianMonthlyIncome(), segment.incomeSigma());
        return Math.max(segment.medianMonthlyIncome() * 0.2, income);
    }

    /** Customer k's identity: who they are and where they live (the home city of their profile). */
    Identity identity(int k, Segment segment, City city) {
        SplittableRandom r = RandomStreams.of(seed, "identity", k);
        Faker f = faker();
        fakerRandom.setSeed(r.nextLong());
        String first = f.name().firstName();
        String last = f.name().lastName();
        String street = f.address().streetName();
        int age = segment.minAge() + r.nextInt(segment.maxAge() - segment.minAge() + 1);
        LocalDate born = today.minusYears(age).minusDays(r.nextInt(365));
        String line1 = country == Country.DE ? street + " " + r.nextInt(1, 180)
                : r.nextInt(1, country == Country.US ? 9900 : 240) + " " + street;
        String phone = r.nextDouble() < 0.75 ? country.mobile(city, r) : country.landline(city, r);
        Address address = new Address(line1, city.name(), city.region(), country.postalCode(city, r),
                scattered(city, r));
        String nationalId = UniqueNationalIds.of(country, nationalIds.apply(k));
        return new Identity(first, last, email(first, last, mailNumbers.apply(k), r), phone, born, nationalId,
                address);
    }

    /** Customer k's device: a phone ({@code phone} true) or a computer, at home. */
    Device device(int k, boolean phone, Geo where) {
        SplittableRandom r = RandomStreams.of(seed, phone ? "phone" : "computer", k);
        String os = phone ? PHONE_OS[r.nextInt(PHONE_OS.length)] : COMPUTER_OS[r.nextInt(COMPUTER_OS.length)];
        String fingerprint = fingerprint(r);
        String ip = phone && r.nextBoolean() ? cellularIp(k) : homeIp(k);
        return new Device(fingerprint, os, ip, where);
    }

    /** The public IP of customer k's home connection, in a block of one of the country's large broadband ISPs. */
    String homeIp(int k) {
        return ipIn(homeBlocks, RandomStreams.of(seed, "home-ip", k));
    }

    /** The public IP customer k's phone has on the mobile network, in a block of one of the country's carriers. */
    String cellularIp(int k) {
        return ipIn(mobileBlocks, RandomStreams.of(seed, "cell-ip", k));
    }

    /**
     * IPv4 blocks (first address, prefix length) of large ISPs and mobile carriers of each
     * country, so that a customer's IP geolocates to their country: Comcast, AT&T, Verizon,
     * T-Mobile US; BT, Virgin Media, EE; Deutsche Telekom, Vodafone, Telefónica Germany.
     */
    private static long[][] blocks(Country country, boolean mobile) {
        return switch (country) {
            case US -> mobile ? new long[][] {{ip(172, 32), 11}, {ip(174, 192), 10}}
                    : new long[][] {{ip(73, 0), 8}, {ip(98, 192), 10}, {ip(99, 0), 8}, {ip(71, 160), 11}};
            case GB -> mobile ? new long[][] {{ip(92, 40), 14}, {ip(82, 132), 16}}
                    : new long[][] {{ip(86, 128), 10}, {ip(81, 96), 12}, {ip(82, 0), 14}};
            case DE -> mobile ? new long[][] {{ip(176, 0), 14}, {ip(46, 112), 12}}
                    : new long[][] {{ip(79, 192), 10}, {ip(84, 128), 10}, {ip(87, 128), 10}, {ip(91, 0), 10}};
        };
    }

    private static long ip(int a, int b) {
        return ((long) a << 24) | ((long) b << 16);
    }

    /** A host address (not the network's first or last) in one of the blocks. */
    static String ipIn(long[][] blocks, SplittableRandom r) {
        long[] block = blocks[r.nextInt(blocks.length)];
        long size = 1L << (32 - block[1]);
        long address = block[0] + 1 + r.nextLong(size - 2);
        return (address >>> 24) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "." + (address & 255);
    }

    /**
     * A home somewhere in the city: its centre moved by a normal offset of about 4 km in each
     * direction (5 decimals, about a metre), so that neighbours do not share one point.
     */
    private Geo scattered(City city, SplittableRandom r) {
        double lat = city.latitude() + 0.036 * RandomStreams.gaussian(r);
        double lon = city.longitude() + 0.036 * RandomStreams.gaussian(r) / Math.cos(Math.toRadians(city.latitude()));
        return new Geo(city.name(), country.code(), Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
    }

    /**
     * An address made of the name and a number unique to the customer (names hold no digits, so
     * the trailing digits tell customers apart: no two customers share an address).
     */
    private String email(String first, String last, long unique, SplittableRandom r) {
        String a = ascii(first);
        String b = ascii(last);
        String local = switch (r.nextInt(5)) {
            case 0 -> a + "." + b;
            case 1 -> a + b;
            case 2 -> a.charAt(0) + b;
            case 3 -> a + "_" + b;
            default -> b + "." + a;
        };
        return local + unique + "@" + mailDomains.get(r.nextInt(mailDomains.size()));
    }

    private Faker faker() {
        if (faker == null) {
            faker = new Faker(country.locale(), fakerRandom);
        }
        return faker;
    }

    private static String ascii(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
        return s.isEmpty() ? "user" : s;
    }

    private static int pick(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** A 32-hex-digit device fingerprint. */
    static String fingerprint(SplittableRandom random) {
        char[] out = new char[32];
        for (int half = 0; half < 2; half++) {
            long bits = random.nextLong();
            for (int i = 0; i < 16; i++) {
                out[half * 16 + i] = HEX[(int) (bits >>> (60 - 4 * i)) & 0xf];
            }
        }
        return new String(out);
    }

    /** A public IPv4 address (no private, loopback, link-local, carrier-grade NAT or multicast range). */
    static String publicIp(SplittableRandom random) {
        while (true) {
            int a = random.nextInt(1, 224);
            int b = random.nextInt(256);
            boolean reserved = a == 10 || a == 127 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b < 32)
                    || (a == 192 && b == 168) || (a == 100 && b >= 64 && b < 128);
            if (!reserved) {
                return a + "." + b + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
            }
        }
    }
}
