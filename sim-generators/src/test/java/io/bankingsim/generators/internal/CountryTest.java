package io.bankingsim.generators.internal;

import io.bankingsim.generators.internal.TravelDestinations.Destination;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryTest {

    private static final Map<Country, Pattern> LANDLINE = new EnumMap<>(Map.of(
            Country.US, Pattern.compile("\\+1[2-9][0-9]{2}[2-9][0-9]{2}[0-9]{4}"),
            Country.GB, Pattern.compile("\\+44(2[0-9][2-9][0-9]{7}|1[0-9]{2}[2-9][0-9]{6})"),
            Country.DE, Pattern.compile("\\+49[1-9][0-9]{9}")));
    private static final Map<Country, Pattern> MOBILE = new EnumMap<>(Map.of(
            Country.US, Pattern.compile("\\+1[2-9][0-9]{2}[2-9][0-9]{2}[0-9]{4}"),
            Country.GB, Pattern.compile("\\+447[1-57-9][0-9]{8}"),
            Country.DE, Pattern.compile("\\+491(5[0-9]{9}|6[0-9]{8}|7[0-9]{8,9})")));
    private static final Map<Country, Pattern> POSTAL = new EnumMap<>(Map.of(
            Country.US, Pattern.compile("[0-9]{5}"),
            Country.GB, Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}"),
            Country.DE, Pattern.compile("[0-9]{5}")));
    private static final Map<Country, Pattern> NATIONAL_ID = new EnumMap<>(Map.of(
            Country.US, Pattern.compile("[0-9]{3}-[0-9]{2}-[0-9]{4}"),
            Country.GB, Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]"),
            Country.DE, Pattern.compile("[1-9][0-9]{10}")));
    /** South, north, west, east: the contiguous US, Great Britain, Germany. */
    private static final Map<Country, double[]> BOUNDS = new EnumMap<>(Map.of(
            Country.US, new double[] {24.5, 49.4, -124.8, -66.9},
            Country.GB, new double[] {49.9, 60.9, -8.7, 1.8},
            Country.DE, new double[] {47.2, 55.1, 5.8, 15.1}));

    private final SplittableRandom random = new SplittableRandom(42);

    @Nested
    class Basics {

        @Test
        void eachCountryHasItsCodeLocaleDialCodeAndCurrency() {
            assertThat(Country.US.code()).isEqualTo("US");
            assertThat(Country.GB.locale()).isEqualTo(Locale.UK);
            assertThat(Country.DE.locale()).isEqualTo(Locale.GERMANY);
            assertThat(List.of(Country.US.dialCode(), Country.GB.dialCode(), Country.DE.dialCode()))
                    .containsExactly("+1", "+44", "+49");
            assertThat(List.of(Country.US.currency(), Country.GB.currency(), Country.DE.currency()))
                    .containsExactly(Currency.getInstance("USD"), Currency.getInstance("GBP"),
                            Currency.getInstance("EUR"));
        }

        @Test
        void forCurrencyMapsDollarPoundEuroAndDefaultsToTheUs() {
            assertThat(Country.forCurrency(Currency.getInstance("USD"))).isEqualTo(Country.US);
            assertThat(Country.forCurrency(Currency.getInstance("GBP"))).isEqualTo(Country.GB);
            assertThat(Country.forCurrency(Currency.getInstance("EUR"))).isEqualTo(Country.DE);
            assertThat(Country.forCurrency(Currency.getInstance("JPY"))).isEqualTo(Country.US);
            assertThat(Country.forCurrency(Currency.getInstance("CHF"))).isEqualTo(Country.US);
        }
    }

    @Nested
    class Cities {

        @Test
        void theUsHasTwentyCitiesBritainAndGermanyTwelve() {
            assertThat(Country.US.cities()).hasSize(20);
            assertThat(Country.GB.cities()).hasSize(12);
            assertThat(Country.DE.cities()).hasSize(12);
        }

        @ParameterizedTest
        @EnumSource(Country.class)
        void everyCityLiesInsideItsCountry(Country country) {
            double[] box = BOUNDS.get(country);
            assertThat(country.cities()).allSatisfy(city -> {
                assertThat(city.latitude()).as(city.name()).isBetween(box[0], box[1]);
                assertThat(city.longitude()).as(city.name()).isBetween(box[2], box[3]);
            });
        }

        @ParameterizedTest
        @EnumSource(Country.class)
        void cityNamesAreUnique(Country country) {
            assertThat(country.cities()).extracting(City::name).doesNotHaveDuplicates();
        }

        @Test
        void knownAreaCodesAndPrefixesAreThere() {
            assertThat(city(Country.US, "New York").areaCodes()).contains("212", "718", "917");
            assertThat(city(Country.GB, "London").areaCodes()).containsExactly("20");
            assertThat(city(Country.GB, "London").postalPrefixes())
                    .containsExactly("E", "EC", "N", "NW", "SE", "SW", "W", "WC");
            assertThat(city(Country.GB, "Manchester").areaCodes()).containsExactly("161");
            assertThat(city(Country.DE, "Berlin").postalPrefixes()).contains("10115", "10997", "12043", "14199")
                    .doesNotContain("10007").allSatisfy(code -> assertThat(code).matches("1[0-4]\\d{3}"));
            assertThat(city(Country.DE, "Leipzig").postalPrefixes()).allSatisfy(code -> assertThat(code).startsWith("04"));
            assertThat(city(Country.DE, "München").areaCodes()).containsExactly("89");
        }

        @Test
        void drawnCitiesFollowTheirWeights() {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < 100_000; i++) {
                counts.merge(Country.US.city(random).name(), 1, Integer::sum);
            }
            assertThat(counts).hasSize(20);
            assertThat(counts.get("New York")).isGreaterThan(5 * counts.get("Jacksonville"));
        }

        @Test
        void aCityRejectsBadCoordinatesWeightsAndCodes() {
            assertThatThrownBy(() -> City.of("X", "Y", 91, 0, 1, "1", "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> City.of("X", "Y", 0, 0, 0, "1", "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> City.of("X", "Y", 0, 0, 1, "1a", "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> City.of(" ", "Y", 0, 0, 1, "1", "")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class PhoneNumbers {

        @ParameterizedTest
        @EnumSource(Country.class)
        void landlinesAreE164WithOneOfTheCitysAreaCodes(Country country) {
            for (City city : country.cities()) {
                for (int i = 0; i < 1_000; i++) {
                    String number = country.landline(city, random);
                    assertThat(number).as(city.name()).matches(LANDLINE.get(country));
                    String national = number.substring(country.dialCode().length());
                    assertThat(city.areaCodes()).as(number).anySatisfy(area -> {
                        assertThat(national).startsWith(area);
                        assertThat(national.charAt(area.length())).isBetween('2', '9');
                    });
                }
            }
        }

        @Test
        void usExchangesAvoidServiceCodesAnd555() {
            for (int i = 0; i < 10_000; i++) {
                String exchange = Country.US.landline(city(Country.US, "Boston"), random).substring(5, 8);
                assertThat(exchange).doesNotEndWith("11").isNotEqualTo("555");
            }
        }

        @ParameterizedTest
        @EnumSource(Country.class)
        void mobilesFollowTheNationalMobilePlan(Country country) {
            for (int i = 0; i < 10_000; i++) {
                assertThat(country.mobile(random)).matches(MOBILE.get(country));
            }
        }

        @Test
        void aUsMobileOfACityHasOneOfItsAreaCodes() {
            City miami = city(Country.US, "Miami");
            for (int i = 0; i < 1_000; i++) {
                assertThat(Country.US.mobile(miami, random)).matches("\\+1(305|786)[0-9]{7}");
            }
        }

        @Test
        void aCityOfAnotherCountryIsRejected() {
            City london = city(Country.GB, "London");
            assertThatThrownBy(() -> Country.US.landline(london, random))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("London");
            assertThatThrownBy(() -> Country.DE.postalCode(london, random))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class PostalCodes {

        @ParameterizedTest
        @EnumSource(Country.class)
        void postalCodesHaveTheNationalFormatAndOneOfTheCitysPrefixes(Country country) {
            for (City city : country.cities()) {
                for (int i = 0; i < 1_000; i++) {
                    String code = country.postalCode(city, random);
                    assertThat(code).as(city.name()).matches(POSTAL.get(country));
                    assertThat(city.postalPrefixes().stream().anyMatch(prefix -> code.startsWith(prefix)
                            && (country != Country.GB || Character.isDigit(code.charAt(prefix.length())))))
                            .as("%s in %s", code, city.name()).isTrue();
                }
            }
        }

        @Test
        void centralLondonDistrictsCarryTheirSubDistrictLetter() {
            City london = city(Country.GB, "London");
            for (int i = 0; i < 5_000; i++) {
                String code = Country.GB.postalCode(london, random);
                if (code.startsWith("EC") || code.startsWith("WC")) {
                    assertThat(code).matches("[EW]C[1-4][A-Z] .*");
                }
            }
        }
    }

    @Nested
    class NationalIdentifiers {

        @ParameterizedTest
        @EnumSource(Country.class)
        void generatedIdsAreWellFormedAndValid(Country country) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 10_000; i++) {
                String id = country.nationalId(random);
                assertThat(id).matches(NATIONAL_ID.get(country));
                assertThat(country.nationalIdValid(id)).as(id).isTrue();
                seen.add(id);
            }
            assertThat(seen).hasSizeGreaterThan(9_900);
        }

        @Test
        void invalidSocialSecurityNumbersAreRejected() {
            assertThat(Country.US.nationalIdValid("123-45-6788")).isTrue();
            assertThat(List.of("666-12-3456", "000-12-3456", "900-12-3456", "123-00-4567", "123-45-0000",
                    "078-05-1120", "219-09-9999", "123456789", "12-345-6789", "12a-45-6789", ""))
                    .noneMatch(Country.US::nationalIdValid);
            assertThat(Country.US.nationalIdValid(null)).isFalse();
        }

        @Test
        void invalidNationalInsuranceNumbersAreRejected() {
            assertThat(Country.GB.nationalIdValid("AB123456C")).isTrue();
            assertThat(List.of("GB123456A", "BG123456A", "NK123456A", "KN123456A", "TN123456A", "NT123456A",
                    "ZZ123456A", "DA123456A", "FA123456A", "AO123456A", "QQ123456C", "AB123456E", "AB12345C",
                    "ab123456c", "AB 12 34 56 C"))
                    .noneMatch(Country.GB::nationalIdValid);
        }

        @Test
        void publishedSteuerIdExamplesAreValid() {
            assertThat(List.of("26954371827", "86095742719", "65929970489", "36574261809", "12345678995"))
                    .allMatch(Country.DE::nationalIdValid);
        }

        @Test
        void steuerIdsWithAWrongCheckDigitOrBadRepetitionAreRejected() {
            assertThat(List.of("26954371820", "36574261890", "65299970480", "36554266806", "01234567899",
                    "12345678901", "1234567899", "1234567899a"))
                    .noneMatch(Country.DE::nationalIdValid);
            for (int i = 0; i < 1_000; i++) {
                String id = Country.DE.nationalId(random);
                char wrong = (char) ('0' + (id.charAt(10) - '0' + 1 + random.nextInt(9)) % 10);
                assertThat(Country.DE.nationalIdValid(id.substring(0, 10) + wrong)).as(id).isFalse();
            }
        }

        @Test
        void someSteuerIdsHaveADigitThreeTimes() {
            long triples = 0;
            for (int i = 0; i < 10_000; i++) {
                String id = Country.DE.nationalId(random).substring(0, 10);
                if (id.chars().distinct().count() == 8) {
                    triples++;
                }
            }
            assertThat(triples).isBetween(500L, 2_000L);
        }
    }

    @Nested
    class Chains {

        @ParameterizedTest
        @EnumSource(Country.class)
        void everyCategoryHasAChain(Country country) {
            assertThat(country.chains()).extracting(MerchantChain::category)
                    .containsAll(MerchantChain.CATEGORIES);
        }

        @ParameterizedTest
        @EnumSource(Country.class)
        void thereIsAnAtmOperatorWithTheCashMachineMcc(Country country) {
            assertThat(country.chains()).anySatisfy(chain -> {
                assertThat(chain.kind()).isEqualTo(MerchantKind.ATM);
                assertThat(chain.mcc()).isEqualTo("6011");
            });
        }

        @ParameterizedTest
        @EnumSource(Country.class)
        void thereAreThirtyToFortyFiveUniquelyNamedChainsWithFourDigitMccs(Country country) {
            assertThat(country.chains()).hasSizeBetween(30, 45);
            assertThat(country.chains()).extracting(MerchantChain::name).doesNotHaveDuplicates();
            assertThat(country.chains()).extracting(MerchantChain::mcc).allMatch(mcc -> mcc.matches("[0-9]{4}"));
        }

        @ParameterizedTest
        @EnumSource(Country.class)
        void storesAndAtmsAreEverywhereAndOthersHaveASeatCity(Country country) {
            assertThat(country.chains()).allSatisfy(chain -> {
                if (chain.kind() == MerchantKind.STORE || chain.kind() == MerchantKind.ATM) {
                    assertThat(chain.seatCity()).as(chain.name()).isEqualTo(-1);
                } else {
                    assertThat(chain.seatCity()).as(chain.name()).isBetween(0, country.cities().size() - 1);
                }
            });
        }

        @ParameterizedTest
        @EnumSource(Country.class)
        void ticketsArePositiveWithAModestSpread(Country country) {
            assertThat(country.chains()).allSatisfy(chain -> {
                assertThat(chain.medianTicket()).as(chain.name()).isBetween(1.0, 1_000.0);
                assertThat(chain.sigma()).as(chain.name()).isBetween(0.0, 1.5);
            });
        }

        @Test
        void knownChainsCarryTheirRealMcc() {
            assertThat(mcc(Country.US, "Starbucks")).isEqualTo("5814");
            assertThat(mcc(Country.US, "Delta Air Lines")).isEqualTo("3058");
            assertThat(mcc(Country.GB, "British Airways")).isEqualTo("3005");
            assertThat(mcc(Country.GB, "Premier Inn")).isEqualTo("3811");
            assertThat(mcc(Country.DE, "Lufthansa")).isEqualTo("3008");
            assertThat(mcc(Country.DE, "Deutsche Bahn")).isEqualTo("4112");
        }

        @Test
        void aChainRejectsAnUnknownCategoryABadMccAndAMisplacedSeat() {
            assertThatThrownBy(() -> new MerchantChain("X", "5411", "groceries", MerchantKind.STORE, 10, 0.5, -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grocery");
            assertThatThrownBy(() -> new MerchantChain("X", "541", "grocery", MerchantKind.STORE, 10, 0.5, -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MerchantChain("X", "5411", "grocery", MerchantKind.STORE, 10, 0.5, 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MerchantChain("X", "4899", "streaming", MerchantKind.ONLINE, 10, 0.5, -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MerchantChain("X", "4899", "streaming", MerchantKind.ONLINE, 0, 0.5, 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private String mcc(Country country, String name) {
            return country.chains().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().mcc();
        }
    }

    @Nested
    class Travel {

        @ParameterizedTest
        @EnumSource(Country.class)
        void abroadIsNeverInTheHomeCountryAndReachesEveryOtherDestination(Country home) {
            Set<Destination> drawn = new HashSet<>();
            for (int i = 0; i < 10_000; i++) {
                Destination d = TravelDestinations.abroad(home, random);
                assertThat(d.country()).isNotEqualTo(home.code());
                drawn.add(d);
            }
            assertThat(drawn).hasSize((int) TravelDestinations.all().stream()
                    .filter(d -> !d.country().equals(home.code())).count());
        }

        @Test
        void destinationsIncludeCitiesOfEveryHomeCountryAndOfTheWiderWorld() {
            assertThat(TravelDestinations.all()).hasSizeBetween(22, 30);
            assertThat(TravelDestinations.all()).extracting(Destination::country)
                    .contains("US", "GB", "DE", "FR", "ES", "NL", "IT", "CA", "MX", "BR", "NG", "AE", "IN", "TH",
                            "PH", "JP", "AU", "RO", "MY");
            assertThat(TravelDestinations.all()).extracting(d -> d.city().name()).doesNotHaveDuplicates();
        }

        @Test
        void homeCountryDestinationsAreTheSameCitiesAsTheCountrysOwn() {
            assertThat(TravelDestinations.all()).filteredOn(d -> d.country().equals("DE"))
                    .allSatisfy(d -> assertThat(Country.DE.cities()).contains(d.city()));
        }
    }

    private static City city(Country country, String name) {
        return country.cities().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
