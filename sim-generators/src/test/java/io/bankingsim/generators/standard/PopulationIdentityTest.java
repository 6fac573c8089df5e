package io.bankingsim.generators.standard;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.CustomerOnboarded.Identity;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.EventSource;
import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.internal.BankNumbers;
import io.bankingsim.generators.internal.City;
import io.bankingsim.generators.internal.Country;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static io.bankingsim.generators.Fixtures.variant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customers of the book as the standard generator onboards them: their printed numbers,
 * the consistency of their identities, their segments and products, their stability under a
 * change of book size or seed, and the locale of their names. Three banks of 3,000 customers with
 * four accounts each (a US, a German and a British one) and a day of their everyday traffic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationIdentityTest {

    private static final int BOOK = 3_000;
    private static final long SEED = 2_024;
    private static final Map<String, Country> COUNTRY = Map.of("USD", Country.US, "EUR", Country.DE, "GBP",
            Country.GB);

    /** One generated bank: its scenario, the book's events and a day of everyday transactions. */
    private record Bank(Scenario scenario, Country country, List<CustomerOnboarded> customers,
                        List<AccountOpened> accounts, List<Transaction> transactions) {

        @Override
        public String toString() {
            return "the " + country.code() + " bank";
        }

        Map<String, AccountOpened> accountsById() {
            return accounts.stream().collect(Collectors.toMap(AccountOpened::accountId, Function.identity()));
        }
    }

    private final List<Bank> banks = new ArrayList<>();

    @BeforeAll
    void generateThreeBanks() {
        for (String currency : List.of("USD", "EUR", "GBP")) {
            Scenario scenario = variant(scenario(BOOK, SEED)).accounts(4).currency(currency).build();
            List<EventSource> sources = generate(scenario).sources();
            List<Event> book = drain(sources.get(0));
            List<Event> everyday = drain(sources.get(1));
            banks.add(new Bank(scenario, COUNTRY.get(currency), only(book, CustomerOnboarded.class),
                    only(book, AccountOpened.class), only(everyday, Transaction.class)));
        }
        assertThat(banks).allSatisfy(bank -> {
            assertThat(bank.customers()).hasSize(BOOK);
            assertThat(bank.transactions()).filteredOn(t -> t.card() != null).hasSizeGreaterThan(1_000);
        });
    }

    @Nested
    class PrintedNumbers {

        @Test
        void everyCardNumberPassesLuhnWithTheLengthAndPrefixOfItsNetwork() {
            for (Bank bank : banks) {
                Stream<Card> cards = Stream.concat(bank.accounts().stream().map(AccountOpened::card),
                        bank.transactions().stream().map(Transaction::card));
                assertThat(cards.filter(c -> c != null).toList()).as(bank.country().code()).allSatisfy(card -> {
                    assertThat(BankNumbers.luhnValid(card.number())).as("Luhn of %s", card).isTrue();
                    switch (card.network()) {
                        case "visa" -> assertThat(card.number()).matches("4[0-9]{15}");
                        case "mastercard" -> assertThat(card.number()).matches("(5[1-5]|2[2-7])[0-9]{14}");
                        case "amex" -> assertThat(card.number()).matches("3[47][0-9]{13}");
                        default -> throw new AssertionError("unknown network: " + card);
                    }
                });
            }
        }

        @Test
        void aTransactionsCardIsTheCardOfItsAccount() {
            for (Bank bank : banks) {
                Map<String, AccountOpened> accounts = bank.accountsById();
                assertThat(bank.transactions()).filteredOn(t -> t.card() != null).allSatisfy(t -> {
                    assertThat(accounts).containsKey(t.accountId());
                    assertThat(t.card()).isEqualTo(accounts.get(t.accountId()).card());
                });
            }
        }

        @Test
        void germanAndBritishAccountNumbersAreValidIbansOfTheCountry() {
            for (Bank bank : banks) {
                if (bank.country() == Country.US) {
                    continue;
                }
                String code = bank.country().code();
                assertThat(bank.accounts()).extracting(AccountOpened::accountNumber).allSatisfy(iban -> {
                    assertThat(iban).startsWith(code).hasSize(22);
                    assertThat(BankNumbers.ibanValid(iban)).as("IBAN %s", iban).isTrue();
                });
            }
        }

        @Test
        void usAccountNumbersHaveTenDigits() {
            assertThat(bank(Country.US).accounts()).extracting(AccountOpened::accountNumber)
                    .allSatisfy(number -> assertThat(number).matches("[0-9]{10}"));
        }

        @Test
        void noTwoAccountsShareAnAccountIdAccountNumberOrCardNumber() {
            for (Bank bank : banks) {
                assertThat(duplicates(bank.accounts(), AccountOpened::accountId)).as("account ids").isEmpty();
                assertThat(duplicates(bank.accounts(), AccountOpened::accountNumber)).as("account numbers").isEmpty();
                assertThat(duplicates(bank.accounts().stream().filter(a -> a.card() != null).toList(),
                        a -> a.card().number())).as("card numbers").isEmpty();
            }
        }

        @Test
        void noTwoCustomersShareACustomerId() {
            for (Bank bank : banks) {
                assertThat(duplicates(bank.customers(), CustomerOnboarded::customerId)).isEmpty();
            }
        }

        @Test
        void noTwoCustomersShareANationalId() {
            assertThat(banks).allSatisfy(bank -> assertThat(duplicates(bank.customers(),
                    c -> c.identity().nationalId())).as("national ids in %s", bank.country()).isEmpty());
        }

        @Test
        void noTwoCustomersShareAnEmailAddress() {
            assertThat(banks).allSatisfy(bank -> assertThat(duplicates(bank.customers(),
                    c -> c.identity().email())).as("e-mail addresses in %s", bank.country()).isEmpty());
        }
    }

    @Nested
    class IdentityConsistency {

        @Test
        void addressCityStateAndCoordinatesAreThoseOfOneCityOfTheCountryWithHomesSpreadAroundIt() {
            for (Bank bank : banks) {
                assertThat(bank.customers()).allSatisfy(c -> {
                    var address = c.identity().address();
                    City city = homeCity(bank, c);
                    assertThat(address.state()).isEqualTo(city.region());
                    assertThat(address.geo().city()).isEqualTo(city.name());
                    assertThat(address.geo().country()).isEqualTo(bank.country().code());
                    assertThat(address.geo().latitude()).isCloseTo(city.latitude(),
                            org.assertj.core.data.Offset.offset(0.25));
                    assertThat(address.geo().longitude()).isCloseTo(city.longitude(),
                            org.assertj.core.data.Offset.offset(0.25 / Math.cos(Math.toRadians(city.latitude()))));
                });
                assertThat(bank.customers().stream().map(c -> c.identity().address().geo()).distinct().count())
                        .as("homes do not share one point").isGreaterThan(bank.customers().size() * 9L / 10);
            }
        }

        @Test
        void postalCodeBeginsWithAPostalPrefixOfTheCity() {
            for (Bank bank : banks) {
                assertThat(bank.customers()).allSatisfy(c -> {
                    String postalCode = c.identity().address().postalCode();
                    List<String> prefixes = homeCity(bank, c).postalPrefixes();
                    if (bank.country() == Country.GB) {
                        // the postcode area: the letters before the first digit
                        assertThat(postalCode).matches("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}");
                        assertThat(postalCode.replaceFirst("[0-9].*", "")).isIn(prefixes);
                    } else {
                        assertThat(postalCode).hasSize(5).matches("[0-9]{5}");
                        assertThat(prefixes).anySatisfy(p -> assertThat(postalCode).startsWith(p));
                    }
                });
            }
        }

        @Test
        void aBritishOrGermanPhoneIsAMobileOrALandlineWithAnAreaCodeOfTheCity() {
            Map<Country, String> mobile = Map.of(Country.GB, "\\+447[1-57-9][0-9]{8}",
                    Country.DE, "\\+491(5[0-9]|6[0-9]|7[0-9])[0-9]{7,9}");
            for (Bank bank : banks) {
                if (bank.country() == Country.US) {
                    continue;
                }
                List<CustomerOnboarded> landlines = bank.customers().stream()
                        .filter(c -> !c.identity().phone().matches(mobile.get(bank.country()))).toList();
                assertThat(landlines).as("some landlines in %s", bank.country()).hasSizeGreaterThan(BOOK / 10);
                assertThat(landlines).allSatisfy(c -> {
                    String phone = c.identity().phone();
                    assertThat(phone).matches("\\+[0-9]{12}");
                    assertThat(homeCity(bank, c).areaCodes())
                            .anySatisfy(area -> assertThat(phone).startsWith(bank.country().dialCode() + area));
                });
            }
        }

        /** US mobile numbers are geographic: a customer's number carries an area code of the home city. */
        @Test
        void aUsPhoneCarriesAnAreaCodeOfTheHomeCity() {
            Bank bank = bank(Country.US);
            List<String> mismatched = bank.customers().stream()
                    .filter(c -> homeCity(bank, c).areaCodes().stream()
                            .noneMatch(area -> c.identity().phone().startsWith("+1" + area)))
                    .map(c -> c.identity().address().city() + " " + c.identity().phone())
                    .toList();

            assertThat(bank.customers()).extracting(c -> c.identity().phone())
                    .allSatisfy(phone -> assertThat(phone).matches("\\+1[2-9][0-9]{2}[2-9][0-9]{6}"));
            assertThat(mismatched).as("%d of %d US phones outside the home city's area codes", mismatched.size(),
                    BOOK).isEmpty();
        }

        @Test
        void nationalIdsAreValidForTheCountry() {
            for (Bank bank : banks) {
                assertThat(bank.customers()).extracting(c -> c.identity().nationalId())
                        .allSatisfy(id -> assertThat(bank.country().nationalIdValid(id)).as(id).isTrue());
            }
        }

        @Test
        void ageAtTheStartLiesWithinTheSegmentsAgeRange() {
            for (Bank bank : banks) {
                LocalDate today = LocalDate.ofInstant(bank.scenario().start(), ZoneOffset.UTC);
                assertThat(bank.customers()).allSatisfy(c -> {
                    Segment segment = segment(c);
                    int age = Period.between(c.identity().dateOfBirth(), today).getYears();
                    assertThat(age).as("%s, born %s", segment, c.identity().dateOfBirth())
                            .isBetween(segment.minAge(), segment.maxAge());
                });
            }
        }

        @Test
        void everyAmountIsInTheScenariosCurrency() {
            for (Bank bank : banks) {
                Stream<Money> money = Stream.of(
                        bank.customers().stream().map(c -> c.application().monthlyIncome()),
                        bank.accounts().stream().map(AccountOpened::openingBalance),
                        bank.accounts().stream().map(AccountOpened::creditLimit),
                        bank.transactions().stream().map(Transaction::amount)).flatMap(s -> s);
                assertThat(money.map(Money::currency).distinct().toList()).containsExactly(bank.scenario().currency());
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SegmentsAndProducts {

        private static final int LARGE_BOOK = 60_000;
        private final Scenario scenario = variant(scenario(LARGE_BOOK, SEED)).accounts(4).currency("EUR").build();
        private final Map<Segment, Integer> customers = new EnumMap<>(Segment.class);
        private final Map<Segment, List<Long>> checkingBalances = new EnumMap<>(Segment.class);
        private final Map<Segment, Set<List<ProductType>>> productOrders = new EnumMap<>(Segment.class);
        private final Map<String, Segment> segments = new HashMap<>();
        private final Map<String, List<ProductType>> products = new HashMap<>();
        private final Map<String, Integer> nationalIds = new HashMap<>();
        private final Map<String, Integer> emails = new HashMap<>();

        /** Streams a large German book without keeping its events. */
        @BeforeAll
        void onboardALargeBook() {
            EventSource book = generate(scenario).sources().get(0);
            while (book.peekTime() != EventSource.EXHAUSTED) {
                Event event = book.next();
                if (event instanceof CustomerOnboarded c) {
                    Segment segment = segment(c);
                    segments.put(c.customerId(), segment);
                    customers.merge(segment, 1, Integer::sum);
                    nationalIds.merge(c.identity().nationalId(), 1, Integer::sum);
                    emails.merge(c.identity().email(), 1, Integer::sum);
                } else if (event instanceof AccountOpened a) {
                    products.computeIfAbsent(a.customerId(), id -> new ArrayList<>()).add(a.product());
                    if (a.product() == ProductType.CHECKING) {
                        checkingBalances.computeIfAbsent(segments.get(a.customerId()), s -> new ArrayList<>())
                                .add(a.openingBalance().minorUnits());
                    }
                }
            }
            products.forEach((id, held) -> productOrders.computeIfAbsent(segments.get(id), s -> new HashSet<>())
                    .add(held));
        }

        @Test
        void segmentSharesMatchTheDocumentedSharesWithinFiveSigma() {
            assertThat(segments).hasSize(LARGE_BOOK);
            assertThat(products).hasSize(LARGE_BOOK).allSatisfy((id, held) -> assertThat(held).hasSize(4));
            for (Segment s : Segment.values()) {
                double expected = LARGE_BOOK * s.share();
                double sigma = Math.sqrt(LARGE_BOOK * s.share() * (1 - s.share()));
                assertThat((double) customers.getOrDefault(s, 0)).as(s.id())
                        .isBetween(expected - 5 * sigma, expected + 5 * sigma);
            }
        }

        @Test
        void customersHoldTheirProductsInTheDocumentedOrder() {
            List<ProductType> business = List.of(ProductType.CHECKING, ProductType.BUSINESS, ProductType.CREDIT_CARD,
                    ProductType.SAVINGS);
            List<ProductType> others = List.of(ProductType.CHECKING, ProductType.SAVINGS, ProductType.CREDIT_CARD,
                    ProductType.BUSINESS);
            for (Segment s : Segment.values()) {
                assertThat(productOrders.get(s)).as(s.id())
                        .containsExactly(s == Segment.SMALL_BUSINESS ? business : others);
            }
        }

        @Test
        void withFewerAccountsCustomersHoldTheFirstProductsOfTheOrder() {
            Scenario two = variant(scenario(2_000, SEED)).accounts(2).build();
            Map<String, List<ProductType>> held = new LinkedHashMap<>();
            Map<String, Segment> segments = new HashMap<>();
            for (Event e : drain(generate(two).sources().get(0))) {
                if (e instanceof CustomerOnboarded c) {
                    segments.put(c.customerId(), segment(c));
                } else if (e instanceof AccountOpened a) {
                    held.computeIfAbsent(a.customerId(), id -> new ArrayList<>()).add(a.product());
                }
            }

            assertThat(held).hasSize(2_000).allSatisfy((id, products) -> assertThat(products).containsExactly(
                    ProductType.CHECKING,
                    segments.get(id) == Segment.SMALL_BUSINESS ? ProductType.BUSINESS : ProductType.SAVINGS));
        }

        @Test
        void medianCheckingBalancesFollowTheSegmentsBalanceFactors() {
            Map<Segment, Double> medians = new EnumMap<>(Segment.class);
            checkingBalances.forEach((s, balances) -> medians.put(s, median(balances)));
            List<Segment> byFactor = Arrays.stream(Segment.values())
                    .sorted(Comparator.comparingDouble(Segment::balanceFactor)).toList();
            List<Segment> byMedian = medians.keySet().stream().sorted(Comparator.comparingDouble(medians::get))
                    .toList();

            assertThat(byMedian).containsExactlyElementsOf(byFactor)
                    .startsWith(Segment.STUDENT).endsWith(Segment.HIGH_NET_WORTH);
            for (Segment s : Segment.values()) {
                double ratio = medians.get(s) / medians.get(Segment.SALARIED);
                assertThat(ratio).as("%s median over salaried median", s.id())
                        .isBetween(s.balanceFactor() * 0.85, s.balanceFactor() * 1.15);
            }
        }

        @Test
        void everyCustomerOfALargeBookHasANationalIdOfItsOwn() {
            assertThat(nationalIds.entrySet()).filteredOn(e -> e.getValue() > 1).as("shared national ids")
                    .isEmpty();
        }

        @Test
        void everyCustomerOfALargeBookHasAnEmailAddressOfItsOwn() {
            assertThat(emails.entrySet()).filteredOn(e -> e.getValue() > 1).as("%d shared e-mail addresses",
                    emails.values().stream().filter(n -> n > 1).count()).isEmpty();
        }

        @Test
        void savingsHaveNoCardCheckingAndBusinessAVisaDebitCardAndCreditCardsMastercardOrAmex() {
            for (Bank bank : banks) {
                Map<String, Segment> segments = bank.customers().stream()
                        .collect(Collectors.toMap(CustomerOnboarded::customerId, PopulationIdentityTest::segment));
                Map<ProductType, List<AccountOpened>> byProduct = bank.accounts().stream()
                        .collect(Collectors.groupingBy(AccountOpened::product));

                assertThat(byProduct.get(ProductType.SAVINGS)).allSatisfy(a -> assertThat(a.card()).isNull());
                assertThat(Stream.concat(byProduct.get(ProductType.CHECKING).stream(),
                        byProduct.get(ProductType.BUSINESS).stream()))
                        .allSatisfy(a -> assertThat(a.card().network()).isEqualTo("visa"));
                List<AccountOpened> credit = byProduct.get(ProductType.CREDIT_CARD);
                assertThat(credit).extracting(a -> a.card().network()).containsOnly("mastercard", "amex");
                assertThat(credit).filteredOn(a -> a.card().network().equals("amex")).isNotEmpty()
                        .allSatisfy(a -> assertThat(segments.get(a.customerId())).isEqualTo(Segment.HIGH_NET_WORTH));
            }
        }

        private static double median(List<Long> values) {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }

    @Nested
    class Stability {

        private final Scenario german = variant(scenario(100, SEED)).accounts(4).currency("EUR").build();

        @Test
        void theFirstCustomersAreOnboardedIdenticallyWhenTheBookGrows() {
            List<Event> small = drain(generate(german).sources().get(0));
            List<Event> large = drain(generate(german.withCustomers(5_000)).sources().get(0), small.size());

            assertThat(small).hasSize(100 * 5);
            assertThat(large).isEqualTo(small);
        }

        @Test
        void theSameSeedGivesIdenticalOnboardingEvents() {
            assertThat(drain(generate(german).sources().get(0))).isEqualTo(drain(generate(german).sources().get(0)));
        }

        @Test
        void anotherSeedGivesOtherCustomers() {
            List<CustomerOnboarded> first = only(drain(generate(german).sources().get(0)), CustomerOnboarded.class);
            List<CustomerOnboarded> other = only(drain(generate(german.withSeed(SEED + 1)).sources().get(0)),
                    CustomerOnboarded.class);

            int sameName = 0;
            for (int k = 0; k < first.size(); k++) {
                Identity a = first.get(k).identity();
                Identity b = other.get(k).identity();
                if (a.firstName().equals(b.firstName()) && a.lastName().equals(b.lastName())) {
                    sameName++;
                }
            }
            assertThat(sameName).isLessThan(5);
            assertThat(other).extracting(CustomerOnboarded::customerId)
                    .doesNotContainAnyElementsOf(first.stream().map(CustomerOnboarded::customerId).toList());
        }
    }

    @Nested
    class NamesFromTheCountrysLocale {

        private static final String GERMAN_STREET = "(?i).*(str\\.|straße|weg|platz)";

        @Test
        void aGermanBankHasGermanStreetNamesAndAnAmericanOneNone() {
            assertThat(shareOfStreets(bank(Country.DE), GERMAN_STREET)).isGreaterThan(0.3);
            assertThat(shareOfStreets(bank(Country.US), GERMAN_STREET)).isLessThan(0.02);
        }

        @Test
        void germanAddressesPutTheHouseNumberAfterTheStreetAndAmericanOnesBefore() {
            assertThat(bank(Country.DE).customers()).extracting(c -> c.identity().address().line1())
                    .allSatisfy(line -> assertThat(line).matches("\\D.* [1-9][0-9]{0,2}"));
            assertThat(bank(Country.US).customers()).extracting(c -> c.identity().address().line1())
                    .allSatisfy(line -> assertThat(line).matches("[1-9][0-9]{0,3} \\D.*"));
        }

        @Test
        void germanNamesAndStreetsHaveUmlautsAndAmericanOnesNone() {
            String umlaut = ".*[äöüßÄÖÜ].*";

            assertThat(shareOfIdentities(bank(Country.DE), umlaut)).isGreaterThan(0.05);
            assertThat(shareOfIdentities(bank(Country.US), umlaut)).isZero();
        }

        private static double shareOfStreets(Bank bank, String regex) {
            return bank.customers().stream()
                    .map(c -> c.identity().address().line1().replaceAll("(^[0-9]+ | [0-9]+$)", ""))
                    .filter(street -> street.matches(regex)).count() / (double) bank.customers().size();
        }

        private static double shareOfIdentities(Bank bank, String regex) {
            return bank.customers().stream().map(CustomerOnboarded::identity)
                    .filter(i -> (i.firstName() + " " + i.lastName() + " " + i.address().line1()).matches(regex))
                    .count() / (double) bank.customers().size();
        }
    }

    private Bank bank(Country country) {
        return banks.stream().filter(b -> b.country() == country).findFirst().orElseThrow();
    }

    private static City homeCity(Bank bank, CustomerOnboarded customer) {
        String name = customer.identity().address().city();
        return bank.country().cities().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not a city of " + bank.country()));
    }

    private static Segment segment(CustomerOnboarded customer) {
        String id = customer.application().segment();
        assertThat(id).isLowerCase();
        return Segment.valueOf(id.toUpperCase(Locale.ROOT));
    }

    private static <T> List<T> only(List<Event> events, Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The values that occur more than once, with their counts. */
    private static <T> Map<String, Long> duplicates(Collection<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > 1).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
