package io.bankingsim.generators.internal;

/**
 * National identifiers that are unique by construction: the n-th valid identifier of a country,
 * for n below {@link #size(Country)}. Callers pass n from a keyed permutation ({@link Scramble})
 * of a customer's index, so that no two customers share an id and ids look random. Valid means
 * what {@link Country#nationalIdValid} checks, except that the three SSNs the SSA voided are not
 * skipped (one chance in 300 million per customer). Stateless and thread-safe.
 *
 * <ul>
 * <li>US: every area 001-899 but 666, group 01-99, serial 0001-9999 (888,931,098 numbers).</li>
 * <li>GB: every allocated two-letter prefix, six digits, suffix A-D.</li>
 * <li>DE: every arrangement of ten digits in which exactly one digit occurs twice, one digit is
 *     missing and the first is not 0 (about 147 million), with its check digit.</li>
 * </ul>
 */
public final class UniqueNationalIds {

    private static final long SSN_SPACE = 898L * 99 * 9_999;
    private static final long ARRANGEMENTS = 1_814_400L; // 10! / 2
    private static final long[] STEUER_COUNTS = steuerCounts();
    private static final long STEUER_SPACE = sum(STEUER_COUNTS);
    private static final long[] FACTORIAL = {1, 1, 2, 6, 24, 120, 720, 5_040, 40_320, 362_880, 3_628_800};

    private UniqueNationalIds() {
    }

    /** How many distinct identifiers {@link #of} can make for a country. */
    public static long size(Country country) {
        return switch (country) {
            case US -> SSN_SPACE;
            case GB -> NationalIds.ninoPrefixCount() * 4_000_000L;
            case DE -> STEUER_SPACE;
        };
    }

    /** The n-th identifier of the country, {@code 0 <= n < size(country)}. */
    public static String of(Country country, long n) {
        if (n < 0 || n >= size(country)) {
            throw new IllegalArgumentException("n must be within 0.." + (size(country) - 1) + ": " + n);
        }
        return switch (country) {
            case US -> ssn(n);
            case GB -> nino(n);
            case DE -> steuerId(n);
        };
    }

    private static String ssn(long n) {
        int serial = (int) (n % 9_999) + 1;
        int group = (int) (n / 9_999 % 99) + 1;
        int area = (int) (n / (9_999L * 99)) + 1;
        if (area >= 666) {
            area++;
        }
        return pad(area, 3) + "-" + pad(group, 2) + "-" + pad(serial, 4);
    }

    private static String nino(long n) {
        char suffix = (char) ('A' + n % 4);
        long digits = n / 4 % 1_000_000;
        String prefix = NationalIds.ninoPrefix((int) (n / 4_000_000L));
        return prefix + pad((int) digits, 6) + suffix;
    }

    /** Which digit is doubled (d) and which is missing (m): pair index d * 10 + m, m != d. */
    private static String steuerId(long n) {
        int pair = 0;
        while (n >= STEUER_COUNTS[pair]) {
            n -= STEUER_COUNTS[pair];
            pair++;
        }
        int doubled = pair / 10;
        int missing = pair % 10;
        int[] left = new int[10];
        for (int digit = 0; digit < 10; digit++) {
            left[digit] = digit == missing ? 0 : digit == doubled ? 2 : 1;
        }
        char[] out = new char[11];
        for (int position = 0; position < 10; position++) {
            for (int digit = position == 0 ? 1 : 0; digit < 10; digit++) {
                if (left[digit] == 0) {
                    continue;
                }
                left[digit]--;
                long count = arrangements(left, 9 - position);
                if (n < count) {
                    out[position] = (char) ('0' + digit);
                    break;
                }
                n -= count;
                left[digit]++;
            }
        }
        out[10] = (char) ('0' + NationalIds.steuerCheckDigit(out));
        return new String(out);
    }

    /** Arrangements of a multiset of {@code size} digits with the given counts. */
    private static long arrangements(int[] counts, int size) {
        long result = FACTORIAL[size];
        for (int c : counts) {
            result /= FACTORIAL[c];
        }
        return result;
    }

    private static long[] steuerCounts() {
        long[] counts = new long[100];
        for (int d = 0; d < 10; d++) {
            for (int m = 0; m < 10; m++) {
                if (m == d) {
                    continue;
                }
                long startingWithZero = d == 0 ? 362_880L : m == 0 ? 0 : 181_440L;
                counts[d * 10 + m] = ARRANGEMENTS - startingWithZero;
            }
        }
        return counts;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
