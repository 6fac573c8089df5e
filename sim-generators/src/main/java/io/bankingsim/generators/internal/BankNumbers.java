package io.bankingsim.generators.internal;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Bank and card numbers that are valid by construction: card PANs with a Luhn check digit, IBANs
 * with ISO 7064 mod-97 check digits (ISO 13616), and US ABA routing numbers. Each builder has a
 * matching validator. Strings are digits (and, for IBANs, upper-case letters) only, without
 * spaces. Builders throw {@link IllegalArgumentException} on malformed parts; validators return
 * {@code false} instead. Internal to sim-generators (not an API). Stateless and thread-safe.
 */
public final class BankNumbers {

    /** IBAN lengths of common countries, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("CH", 21), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27),
            Map.entry("GB", 22), Map.entry("IE", 22), Map.entry("IT", 27), Map.entry("LU", 20),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("SE", 24));
    private static final int[] ABA_WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7, 1};

    private BankNumbers() {
    }

    /**
     * A random PAN of {@code network} with a plausible issuer prefix and a valid Luhn digit.
     * Draws are independent, so two calls may give the same number; use
     * {@link #pan(String, long, int)} when PANs must be unique.
     */
    public static String pan(SplittableRandom r, CardNetwork network) {
        StringBuilder out = new StringBuilder(network.length());
        switch (network) {
            case VISA -> out.append('4');
            case MASTERCARD -> out.append(r.nextBoolean() ? 51 + r.nextInt(5) : 2221 + r.nextInt(500));
            case AMEX -> out.append(r.nextBoolean() ? "34" : "37");
        }
        while (out.length() < network.length() - 1) {
            out.append((char) ('0' + r.nextInt(10)));
        }
        return out.append(luhnDigit(out.toString())).toString();
    }

    /**
     * The PAN {@code bin + accountNumber (zero-padded) + Luhn digit} of {@code length} digits:
     * distinct account numbers under one BIN give distinct PANs.
     *
     * @param bin           the issuer identification number, 6 or 8 digits
     * @param accountNumber from 0 to {@code 10^(length - bin.length() - 1) - 1}
     * @param length        the PAN length, check digit included, at most 19
     * @throws IllegalArgumentException if a part is malformed or the account number does not fit
     */
    public static String pan(String bin, long accountNumber, int length) {
        if ((bin.length() != 6 && bin.length() != 8) || !allDigits(bin)) {
            throw new IllegalArgumentException("BIN must be 6 or 8 digits: " + bin);
        }
        if (length <= bin.length() + 1 || length > 19) {
            throw new IllegalArgumentException("PAN length must be " + (bin.length() + 2) + "..19: " + length);
        }
        StringBuilder out = new StringBuilder(length).append(bin);
        appendPadded(out, accountNumber, length - bin.length() - 1);
        return out.append(luhnDigit(out.toString())).toString();
    }

    /** Whether {@code digits} (two or more, check digit last) pass the Luhn check. */
    public static boolean luhnValid(String digits) {
        return digits != null && digits.length() >= 2 && allDigits(digits) && luhnSum(digits, 0) % 10 == 0;
    }

    /**
     * The Luhn check digit to append to {@code payloadWithoutCheckDigit}.
     *
     * @throws IllegalArgumentException if the payload is empty or not all digits
     */
    public static char luhnDigit(String payloadWithoutCheckDigit) {
        if (payloadWithoutCheckDigit.isEmpty() || !allDigits(payloadWithoutCheckDigit)) {
            throw new IllegalArgumentException("Luhn payload must be digits: " + payloadWithoutCheckDigit);
        }
        return (char) ('0' + (10 - luhnSum(payloadWithoutCheckDigit, 1) % 10) % 10);
    }

    /**
     * The IBAN {@code countryCode + check digits + bban}.
     *
     * @param countryCode two upper-case letters (ISO 3166-1 alpha-2)
     * @param bban        upper-case letters and digits; for a known country, of the right length
     * @throws IllegalArgumentException if a part is malformed or the length is wrong for the country
     */
    public static String iban(String countryCode, String bban) {
        if (countryCode.length() != 2 || !isUpper(countryCode.charAt(0)) || !isUpper(countryCode.charAt(1))) {
            throw new IllegalArgumentException("country code must be two upper-case letters: " + countryCode);
        }
        String draft = countryCode + "00" + bban;
        if (bban.isEmpty() || !alphanumeric(bban, 0) || draft.length() > 34) {
            throw new IllegalArgumentException("BBAN must be 1..30 upper-case letters and digits: " + bban);
        }
        Integer expected = IBAN_LENGTHS.get(countryCode);
        if (expected != null && draft.length() != expected) {
            throw new IllegalArgumentException("a " + countryCode + " IBAN has " + expected
                    + " characters, BBAN " + bban + " gives " + draft.length());
        }
        int check = 98 - mod97(draft);
        return countryCode + (char) ('0' + check / 10) + (char) ('0' + check % 10) + bban;
    }

    /**
     * Whether {@code iban} (electronic format: upper case, no spaces) is well formed, has the length
     * of its country when the country is known, and its mod-97 remainder is 1.
     */
    public static boolean ibanValid(String iban) {
        if (iban == null || iban.length() < 5 || iban.length() > 34
                || !isUpper(iban.charAt(0)) || !isUpper(iban.charAt(1))
                || !isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3)) || !alphanumeric(iban, 4)) {
            return false;
        }
        Integer expected = IBAN_LENGTHS.get(iban.substring(0, 2));
        return (expected == null || iban.length() == expected) && mod97(iban) == 1;
    }

    /** A German IBAN: BBAN = 8-digit Bankleitzahl + 10-digit zero-padded account number. */
    public static String germanIban(String bankleitzahl8, long account10) {
        if (bankleitzahl8.length() != 8 || !allDigits(bankleitzahl8)) {
            throw new IllegalArgumentException("Bankleitzahl must be 8 digits: " + bankleitzahl8);
        }
        return iban("DE", appendPadded(new StringBuilder(18).append(bankleitzahl8), account10, 10).toString());
    }

    /** A British IBAN: BBAN = 4-letter bank code + 6-digit sort code + 8-digit zero-padded account. */
    public static String britishIban(String bankCode4Letters, String sortCode6, long account8) {
        if (bankCode4Letters.length() != 4 || !bankCode4Letters.chars().allMatch(BankNumbers::isUpper)) {
            throw new IllegalArgumentException("bank code must be 4 upper-case letters: " + bankCode4Letters);
        }
        if (sortCode6.length() != 6 || !allDigits(sortCode6)) {
            throw new IllegalArgumentException("sort code must be 6 digits: " + sortCode6);
        }
        StringBuilder bban = new StringBuilder(18).append(bankCode4Letters).append(sortCode6);
        return iban("GB", appendPadded(bban, account8, 8).toString());
    }

    /** Whether {@code nine} is 9 digits whose 3-7-1 weighted sum is a multiple of 10. */
    public static boolean abaValid(String nine) {
        return nine != null && nine.length() == 9 && allDigits(nine) && abaSum(nine) % 10 == 0;
    }

    /** The ABA routing number {@code firstEight + check digit}. */
    public static String abaRouting(String firstEight) {
        if (firstEight.length() != 8 || !allDigits(firstEight)) {
            throw new IllegalArgumentException("routing number payload must be 8 digits: " + firstEight);
        }
        return firstEight + (char) ('0' + (10 - abaSum(firstEight) % 10) % 10);
    }

    /** {@code value} zero-padded to {@code digits} (1..18); throws if negative or too large. */
    public static String usAccountNumber(long value, int digits) {
        if (digits < 1 || digits > 18) {
            throw new IllegalArgumentException("account number digits must be 1..18: " + digits);
        }
        return appendPadded(new StringBuilder(digits), value, digits).toString();
    }

    /** The Luhn sum; {@code shift} 0 for a number with its check digit, 1 for a payload without. */
    private static int luhnSum(String digits, int shift) {
        int sum = 0;
        for (int i = digits.length() - 1, pos = 0; i >= 0; i--, pos++) {
            int d = digits.charAt(i) - '0';
            if ((pos + shift) % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum;
    }

    /** The ISO 7064 mod-97 remainder of the IBAN with its first four characters moved to the end. */
    private static int mod97(String iban) {
        int remainder = 0;
        for (int k = 0; k < iban.length(); k++) {
            char c = iban.charAt((k + 4) % iban.length());
            remainder = isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }

    private static int abaSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += ABA_WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }

    private static StringBuilder appendPadded(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        if (value < 0 || digits.length() > width) {
            throw new IllegalArgumentException("must be 0.." + "9".repeat(width) + ": " + value);
        }
        return out.repeat('0', width - digits.length()).append(digits);
    }

    private static boolean allDigits(CharSequence s) {
        return s.chars().allMatch(BankNumbers::isDigit);
    }

    private static boolean alphanumeric(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!isDigit(s.charAt(i)) && !isUpper(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }
}
