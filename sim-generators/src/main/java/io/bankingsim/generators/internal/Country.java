package io.bankingsim.generators.internal;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A home country of the simulated bank's customers, with the real cities, numbering plans, postal
 * codes, national identifiers and merchant chains needed to make a customer whose city, phone
 * number, postal code and coordinates agree. Immutable and thread-safe; the draw methods take the
 * caller's random stream and allocate little beyond the returned String.
 *
 * <p>Phone numbers are E.164 ({@code +} country code, national significant number, no spaces):
 * <ul>
 * <li>US: {@code +1}, area code, exchange 200-999 without N11 and 555, four digits; a US mobile
 *     number is geographic, so it has an area code too.</li>
 * <li>GB: {@code +44}, a geographic area code and a local number (not starting 0 or 1) making ten
 *     national digits; mobiles {@code +447} and nine digits, not from the 076 pager or 070
 *     personal ranges.</li>
 * <li>DE: {@code +49}, the Vorwahl and a subscriber number (not starting 0 or 1) making ten
 *     national digits; mobiles {@code +4915x}, {@code +4916x} or {@code +4917x} with the network
 *     block's seven or eight subscriber digits.</li>
 * </ul>
 * Postal codes: US five-digit ZIP codes; GB postcodes {@code SW1A 1AA}-shaped, from the real
 * outward districts of the city's postcode areas; DE five-digit Postleitzahlen. National ids are
 * described on {@link #nationalId}.
 */
public enum Country {
    /** The United States: 20 cities, US dollars, Social Security numbers. */
    US(Locale.US, "+1", "[0-9]{3}", UsData.CITIES, UsData.CHAINS),
    /** The United Kingdom: 12 cities, pounds sterling, National Insurance numbers. */
    GB(Locale.UK, "+44", "[A-Z]{1,2}", GbData.CITIES, GbData.CHAINS),
    /** Germany: 12 cities, euros, Steuer-Identifikationsnummern. */
    DE(Locale.GERMANY, "+49", "[0-9]{5}", DeData.CITIES, DeData.CHAINS);

    private static final String GB_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final String GB_MOBILE_SECOND_DIGITS = "12345789";
    // Telekom, Vodafone and Telefónica blocks; 0176 numbers have eight subscriber digits, the others seven.
    private static final String[] DE_MOBILE_BLOCKS = {"1511", "1512", "1514", "1515", "1516", "1517", "1520",
        "1522", "1523", "1525", "1570", "1573", "1575", "1577", "1578", "1590", "160", "162", "170", "171", "172",
        "173", "174", "175", "176", "177", "178", "179"};

    private final Locale locale;
    private final String dialCode;
    private final Currency currency;
    private final List<City> cities;
    private final List<MerchantChain> chains;
    private final int[] cumulativeWeight;
    private final String[] areaCodes;

    Country(Locale locale, String dialCode, String postalPrefix, List<City> cities, List<MerchantChain> chains) {
        this.locale = locale;
        this.dialCode = dialCode;
        this.currency = Currency.getInstance(locale);
        this.cities = cities;
        this.chains = chains;
        this.cumulativeWeight = new int[cities.size()];
        int total = 0;
        for (int i = 0; i < cities.size(); i++) {
            City city = cities.get(i);
            if (city.areaCodes().isEmpty() || city.postalPrefixes().isEmpty()
                    || !city.postalPrefixes().stream().allMatch(p -> p.matches(postalPrefix))) {
                throw new IllegalStateException(city.name() + " needs area codes and " + postalPrefix + " prefixes");
            }
            total += city.weight();
            cumulativeWeight[i] = total;
        }
        this.areaCodes = cities.stream().flatMap(c -> c.areaCodes().stream()).toArray(String[]::new);
        for (MerchantChain chain : chains) {
            if (chain.seatCity() >= cities.size()) {
                throw new IllegalStateException(chain.name() + " has no seat city " + chain.seatCity());
            }
        }
    }

    /** The ISO 3166-1 alpha-2 code, e.g. {@code "GB"}. */
    public String code() {
        return name();
    }

    /** The locale customers of this country use. */
    public Locale locale() {
        return locale;
    }

    /** The international dialling code, e.g. {@code "+44"}. */
    public String dialCode() {
        return dialCode;
    }

    /** The national currency. */
    public Currency currency() {
        return currency;
    }

    /** The country's large cities, in a fixed order that {@link MerchantChain#seatCity()} indexes. */
    public List<City> cities() {
        return cities;
    }

    /** The country's merchant chains, covering every one of {@link MerchantChain#CATEGORIES}. */
    public List<MerchantChain> chains() {
        return chains;
    }

    /** A city drawn in proportion to its {@link City#weight()}, where a new customer lives. */
    public City city(SplittableRandom random) {
        int total = cumulativeWeight[cumulativeWeight.length - 1];
        int found = Arrays.binarySearch(cumulativeWeight, random.nextInt(total));
        return cities.get(found >= 0 ? found + 1 : -found - 1);
    }

    /** A landline number in E.164 with one of the city's area codes. */
    public String landline(City city, SplittableRandom random) {
        requireHome(city);
        String area = pick(city.areaCodes(), random);
        StringBuilder b = new StringBuilder(16).append(dialCode).append(area);
        switch (this) {
            case US -> appendUsLocal(b, random);
            case GB -> appendRandomDigits(b.append(gbLocalLead(area, random)), 9 - area.length(), random);
            case DE -> appendRandomDigits(b.append((char) ('2' + random.nextInt(8))), 9 - area.length(), random);
        }
        return b.toString();
    }

    /** A mobile number in E.164; in the US with the area code of a random city of the country. */
    public String mobile(SplittableRandom random) {
        StringBuilder b = new StringBuilder(16).append(dialCode);
        switch (this) {
            case US -> appendUsLocal(b.append(areaCodes[random.nextInt(areaCodes.length)]), random);
            case GB -> appendRandomDigits(b.append('7').append(pick(GB_MOBILE_SECOND_DIGITS, random)), 8, random);
            case DE -> {
                String block = DE_MOBILE_BLOCKS[random.nextInt(DE_MOBILE_BLOCKS.length)];
                b.append(block).append((char) ('1' + random.nextInt(9)));
                appendRandomDigits(b, block.equals("176") ? 7 : 6, random);
            }
        }
        return b.toString();
    }

    /**
     * A mobile number in E.164 for a customer of the city: in the US with one of the city's area
     * codes (US mobile numbers are geographic), elsewhere the same as {@link #mobile(SplittableRandom)}.
     */
    public String mobile(City city, SplittableRandom random) {
        requireHome(city);
        if (this != US) {
            return mobile(random);
        }
        StringBuilder b = new StringBuilder(16).append(dialCode).append(pick(city.areaCodes(), random));
        appendUsLocal(b, random);
        return b.toString();
    }

    /** A postal code in the city, in the country's format, starting with one of its prefixes. */
    public String postalCode(City city, SplittableRandom random) {
        requireHome(city);
        String prefix = pick(city.postalPrefixes(), random);
        return switch (this) {
            case US -> appendNumber(new StringBuilder(5).append(prefix), 1 + random.nextInt(99), 2).toString();
            case GB -> {
                List<String> districts = GbData.DISTRICTS.get(prefix);
                yield new StringBuilder(8).append(districts.get(random.nextInt(districts.size()))).append(' ')
                        .append((char) ('0' + random.nextInt(10))).append(pick(GB_INWARD_LETTERS, random))
                        .append(pick(GB_INWARD_LETTERS, random)).toString();
            }
            // German cities list their real postcodes (whole five-digit codes), so a code is always the city's own
            case DE -> prefix.length() == 5 ? prefix
                    : appendNumber(new StringBuilder(5).append(prefix), 1 + random.nextInt(999), 3).toString();
        };
    }

    /**
     * A national identifier in its usual written form: a US Social Security number
     * {@code 123-45-6789}, a UK National Insurance number {@code AB123456C} or a German
     * Steuerliche Identifikationsnummer {@code 65929970489}. Each passes
     * {@link #nationalIdValid(String)}; the rules implemented are listed on {@code NationalIds}.
     */
    public String nationalId(SplittableRandom random) {
        return switch (this) {
            case US -> NationalIds.ssn(random);
            case GB -> NationalIds.nino(random);
            case DE -> NationalIds.steuerId(random);
        };
    }

    /**
     * Whether a string is a well-formed national identifier of this country: the SSA rules for an
     * SSN, HMRC's prefix rules for a NINO, and for a Steuer-IdNr the digit-repetition rule and the
     * ISO 7064 MOD 11,10 check digit. {@code null} is not valid.
     */
    public boolean nationalIdValid(String id) {
        return switch (this) {
            case US -> NationalIds.ssnValid(id);
            case GB -> NationalIds.ninoValid(id);
            case DE -> NationalIds.steuerIdValid(id);
        };
    }

    /** The home country that uses a currency: USD US, GBP GB, EUR DE, and US for any other. */
    public static Country forCurrency(Currency currency) {
        return switch (Objects.requireNonNull(currency, "currency").getCurrencyCode()) {
            case "GBP" -> GB;
            case "EUR" -> DE;
            default -> US;
        };
    }

    private void requireHome(City city) {
        Objects.requireNonNull(city, "city");
        for (City c : cities) {
            if (c == city || c.equals(city)) {
                return;
            }
        }
        throw new IllegalArgumentException(city.name() + " is not a city of " + this);
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static char pick(String chars, SplittableRandom random) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    /** Exchange 200-999 except the N11 service codes and 555, then four digits. */
    private static void appendUsLocal(StringBuilder b, SplittableRandom random) {
        int exchange;
        do {
            exchange = 200 + random.nextInt(800);
        } while (exchange % 100 == 11 || exchange == 555);
        appendNumber(b, exchange, 3);
        appendNumber(b, random.nextInt(10_000), 4);
    }

    /** London numbers start 3, 7 or 8, Cardiff's 2; elsewhere local numbers start 2-8. */
    private static char gbLocalLead(String area, SplittableRandom random) {
        return switch (area) {
            case "20" -> pick("378", random);
            case "29" -> '2';
            default -> (char) ('2' + random.nextInt(7));
        };
    }

    private static void appendRandomDigits(StringBuilder b, int count, SplittableRandom random) {
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
    }

    /** Appends {@code value} zero-padded to {@code width} digits. */
    private static StringBuilder appendNumber(StringBuilder b, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            b.append((char) ('0' + value / divisor % 10));
        }
        return b;
    }
}
