package io.bankingsim.generators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws and checks the three national identifiers behind {@link Country#nationalId}. Stateless and
 * thread-safe; each draw allocates only the returned String and a small scratch array.
 *
 * <ul>
 * <li>US Social Security number {@code AAA-GG-SSSS}: area 001-899 except 666, group 01-99,
 *     serial 0001-9999 (the SSA rules since randomisation in 2011), and not one of the numbers
 *     the SSA voided after they were printed in advertising (078-05-1120, 219-09-9999,
 *     123-45-6789).</li>
 * <li>UK National Insurance number {@code AB123456C}: HMRC's NIM39110 rules, the first prefix
 *     letter not D, F, I, Q, U or V, the second not D, F, I, O, Q, U or V, the prefixes BG, GB,
 *     KN, NK, NT, TN and ZZ not allocated, six digits, suffix A-D.</li>
 * <li>German Steuerliche Identifikationsnummer, 11 digits: the first not 0; among the first ten,
 *     exactly one digit occurs twice or three times and every other digit at most once, and a
 *     digit occurring three times never fills three adjacent positions (the ELSTER rule since
 *     2016; before, only twice); the eleventh digit is the ISO 7064 MOD 11,10 check digit.</li>
 * </ul>
 */
final class NationalIds {

    private static final String NINO_NOT_FIRST = "DFIQUV";
    private static final String NINO_NOT_SECOND = "DFIOQUV";
    private static final List<String> NINO_UNALLOCATED = List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    private static final String[] NINO_PREFIXES = ninoPrefixes();

    private NationalIds() {
    }

    static String ssn(SplittableRandom r) {
        int area;
        int group;
        int serial;
        do {
            area = 1 + r.nextInt(899);
            group = 1 + r.nextInt(99);
            serial = 1 + r.nextInt(9999);
        } while (!ssnParts(area, group, serial));
        char[] c = new char[11];
        digits(c, 0, area, 3);
        c[3] = '-';
        digits(c, 4, group, 2);
        c[6] = '-';
        digits(c, 7, serial, 4);
        return new String(c);
    }

    static boolean ssnValid(String id) {
        if (id == null || id.length() != 11 || id.charAt(3) != '-' || id.charAt(6) != '-') {
            return false;
        }
        int area = number(id, 0, 3);
        int group = number(id, 4, 6);
        int serial = number(id, 7, 11);
        return area >= 0 && group >= 0 && serial >= 0 && ssnParts(area, group, serial);
    }

    private static boolean ssnParts(int area, int group, int serial) {
        boolean advertised = area == 78 && group == 5 && serial == 1120 || area == 219 && group == 9 && serial == 9999
                || area == 123 && group == 45 && serial == 6789;
        return area >= 1 && area <= 899 && area != 666 && group >= 1 && serial >= 1 && !advertised;
    }

    static String nino(SplittableRandom r) {
        char[] c = new char[9];
        String prefix = NINO_PREFIXES[r.nextInt(NINO_PREFIXES.length)];
        c[0] = prefix.charAt(0);
        c[1] = prefix.charAt(1);
        digits(c, 2, r.nextInt(1_000_000), 6);
        c[8] = (char) ('A' + r.nextInt(4));
        return new String(c);
    }

    static boolean ninoValid(String id) {
        return id != null && id.length() == 9 && ninoPrefix(id.charAt(0), id.charAt(1))
                && number(id, 2, 8) >= 0 && id.charAt(8) >= 'A' && id.charAt(8) <= 'D';
    }

    private static boolean ninoPrefix(char first, char second) {
        return first >= 'A' && first <= 'Z' && second >= 'A' && second <= 'Z'
                && NINO_NOT_FIRST.indexOf(first) < 0 && NINO_NOT_SECOND.indexOf(second) < 0
                && !NINO_UNALLOCATED.contains("" + first + second);
    }

    private static String[] ninoPrefixes() {
        List<String> valid = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                if (ninoPrefix(a, b)) {
                    valid.add("" + a + b);
                }
            }
        }
        return valid.toArray(String[]::new);
    }

    static String steuerId(SplittableRandom r) {
        char[] c = new char[11];
        boolean triple = r.nextInt(10) == 0;
        do {
            char[] pool = shuffledDigits(r);
            int distinct = triple ? 8 : 9;
            System.arraycopy(pool, 0, c, 0, distinct);
            for (int i = distinct; i < 10; i++) {
                c[i] = pool[r.nextInt(distinct)];
                if (triple) {
                    c[i + 1] = c[i];
                    break;
                }
            }
            shuffle(c, 10, r);
        } while (!steuerIdDigitsValid(c));
        c[10] = (char) ('0' + mod11_10(c));
        return new String(c);
    }

    static boolean steuerIdValid(String id) {
        if (id == null || id.length() != 11 || !id.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        char[] c = id.toCharArray();
        return steuerIdDigitsValid(c) && c[10] - '0' == mod11_10(c);
    }

    private static boolean steuerIdDigitsValid(char[] c) {
        if (c[0] == '0') {
            return false;
        }
        int[] count = new int[10];
        for (int i = 0; i < 10; i++) {
            count[c[i] - '0']++;
        }
        int repeated = 0;
        for (int n : count) {
            if (n > 3) {
                return false;
            }
            if (n > 1) {
                repeated++;
            }
        }
        for (int i = 2; i < 10; i++) {
            if (c[i] == c[i - 1] && c[i] == c[i - 2]) {
                return false;
            }
        }
        return repeated == 1;
    }

    /** The check digit of a Steuer-IdNr whose first ten digits are in {@code c}. */
    static int steuerCheckDigit(char[] c) {
        return mod11_10(c);
    }

    /** Number of allocated National Insurance prefixes. */
    static int ninoPrefixCount() {
        return NINO_PREFIXES.length;
    }

    /** The i-th allocated National Insurance prefix. */
    static String ninoPrefix(int i) {
        return NINO_PREFIXES[i];
    }

    /** ISO 7064 MOD 11,10 check digit of the first ten digits. */
    private static int mod11_10(char[] c) {
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (c[i] - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }

    private static char[] shuffledDigits(SplittableRandom r) {
        char[] pool = "0123456789".toCharArray();
        shuffle(pool, 10, r);
        return pool;
    }

    private static void shuffle(char[] c, int length, SplittableRandom r) {
        for (int i = length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The decimal value of {@code s[from, to)}, or -1 if it holds anything but digits. */
    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + ch - '0';
        }
        return value;
    }
}
