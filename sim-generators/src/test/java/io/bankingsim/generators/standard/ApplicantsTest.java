package io.bankingsim.generators.standard;

import io.bankingsim.core.event.AccountOpened;
import io.bankingsim.core.event.CustomerOnboarded;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Login;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.EventSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * New customers applying during a run ({@code new_customers_per_day}): how many apply, the KYC
 * status they get, when (and whether) their accounts open, when they start to transact, and
 * their ids. A bank of 1,000 customers over two days with 10,000 applications a day (so that the
 * rare rejection, about one application in a thousand, occurs some twenty times), its sources
 * merged in time order the way the engine's timeline merges them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicantsTest {

    private static final int BOOK = 1_000;
    private static final double PER_DAY = 10_000;
    private static final int DAYS = 2;

    private final Scenario scenario = scenario(BOOK, 17).toBuilder().newCustomersPerDay(PER_DAY)
            .duration(Duration.ofDays(DAYS)).build();
    private List<Event> events;
    private final Set<String> bookIds = new HashSet<>();
    private final Map<String, CustomerOnboarded> applicants = new LinkedHashMap<>();
    private final Map<String, List<AccountOpened>> accountsOf = new HashMap<>();

    @BeforeAll
    void runTwoDays() {
        events = merged(generate(scenario).sources());
        for (Event e : events) {
            if (e instanceof CustomerOnboarded c) {
                if (c.time().equals(scenario.start())) {
                    bookIds.add(c.customerId());
                } else {
                    applicants.put(c.customerId(), c);
                }
            } else if (e instanceof AccountOpened a) {
                accountsOf.computeIfAbsent(a.customerId(), id -> new ArrayList<>()).add(a);
            }
        }
        assertThat(bookIds).hasSize(BOOK);
    }

    @Test
    void applicationsOverTheRunMatchNewCustomersPerDayWithinFiveSigma() {
        double expected = PER_DAY * DAYS; // Poisson: the variance is the mean

        assertThat((double) applicants.size()).isBetween(expected - 5 * Math.sqrt(expected),
                expected + 5 * Math.sqrt(expected));
        assertThat(applicants.values()).allSatisfy(c -> {
            assertThat(c.time()).isAfter(scenario.start()).isBefore(scenario.end());
            assertThat(c.truth().fraud()).isFalse();
        });
    }

    @Test
    void kycStatusIsVerifiedWhenAllChecksPassRejectedWhenDocumentAndIdentityFailElsePending() {
        assertThat(applicants.values()).extracting(CustomerOnboarded::kyc).allSatisfy(kyc -> {
            String expected = kyc.documentCheckPassed() && kyc.identityConsistent() && kyc.addressMatch()
                    ? "verified" : !kyc.documentCheckPassed() && !kyc.identityConsistent() ? "rejected" : "pending";
            assertThat(kyc.status()).as("%s", kyc).isEqualTo(expected);
        });
        assertThat(applicants.values().stream().map(c -> c.kyc().status()).distinct())
                .containsExactlyInAnyOrder("verified", "pending", "rejected");
    }

    @Test
    void rejectedApplicantsNeverGetAnAccount() {
        List<CustomerOnboarded> rejected = withStatus("rejected");

        assertThat(rejected).isNotEmpty()
                .allSatisfy(c -> assertThat(accountsOf).doesNotContainKey(c.customerId()));
    }

    @Test
    void verifiedApplicantsOpenEveryAccountOneToTenMinutesAfterApplying() {
        List<CustomerOnboarded> verified = withStatus("verified");

        assertThat(verified).isNotEmpty().allSatisfy(c -> {
            List<AccountOpened> accounts = accountsOf.get(c.customerId());
            assertThat(accounts).as(c.customerId()).hasSize(scenario.accountsPerCustomer());
            Duration first = Duration.between(c.time(), accounts.get(0).time());
            assertThat(first).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(10));
            assertThat(Duration.between(accounts.get(0).time(), accounts.get(accounts.size() - 1).time()))
                    .isLessThanOrEqualTo(Duration.ofMinutes(1));
        });
    }

    @Test
    void pendingApplicantsOpenTheirAccountsTwoToFortyEightHoursLaterThreeTimesInFour() {
        List<CustomerOnboarded> pending = withStatus("pending");
        List<CustomerOnboarded> accepted = pending.stream().filter(c -> accountsOf.containsKey(c.customerId()))
                .toList();
        double n = pending.size();

        assertThat(accepted).allSatisfy(c -> {
            List<AccountOpened> accounts = accountsOf.get(c.customerId());
            assertThat(accounts).hasSize(scenario.accountsPerCustomer());
            assertThat(Duration.between(c.time(), accounts.get(0).time()))
                    .isBetween(Duration.ofHours(2), Duration.ofHours(48));
        });
        assertThat((double) accepted.size()).as("pending applicants who get accounts, of %d", pending.size())
                .isBetween(0.75 * n - 5 * Math.sqrt(n * 0.75 * 0.25), 0.75 * n + 5 * Math.sqrt(n * 0.75 * 0.25));
    }

    @Test
    void noApplicantTransactsOrLogsInBeforeItsAccountIsOpen() {
        Map<String, Instant> opened = new HashMap<>();
        Map<String, String> holder = new HashMap<>();
        List<String> early = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof AccountOpened a) {
                opened.put(a.accountId(), a.time());
                holder.put(a.accountId(), a.customerId());
            } else if (e instanceof Transaction t && applicants.containsKey(t.customerId())) {
                Instant open = opened.get(t.accountId());
                if (open == null || t.time().isBefore(open) || !t.customerId().equals(holder.get(t.accountId()))) {
                    early.add(t.toString());
                }
            } else if (e instanceof Login l && applicants.containsKey(l.customerId())) {
                List<AccountOpened> accounts = accountsOf.get(l.customerId());
                if (accounts == null || l.time().isBefore(accounts.get(0).time())) {
                    early.add(l.toString());
                }
            }
        }

        assertThat(early).isEmpty();
    }

    @Test
    void applicantsTakePartInEverydayTrafficOnceTheirAccountIsOpen() {
        Set<String> transacting = events.stream().filter(Transaction.class::isInstance).map(Transaction.class::cast)
                .map(Transaction::customerId).filter(applicants::containsKey).collect(Collectors.toSet());

        assertThat(transacting).hasSizeGreaterThan(100)
                .allSatisfy(id -> assertThat(applicants.get(id).kyc().status()).isIn("verified", "pending"));
    }

    @Test
    void applicantIdsHaveTheBookFormatCollideWithNoneAndDoNotGrowWithTime() {
        List<String> ids = new ArrayList<>(applicants.keySet());
        long ascending = 0;
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i).compareTo(ids.get(i - 1)) > 0) {
                ascending++;
            }
        }

        assertThat(ids).allSatisfy(id -> assertThat(id).matches("C[0-9]{8}")).doesNotContainAnyElementsOf(bookIds);
        assertThat(bookIds).allSatisfy(id -> assertThat(id).matches("C[0-9]{8}"));
        assertThat(ascending / (double) (ids.size() - 1)).as("share of ids above the previous applicant's")
                .isBetween(0.45, 0.55);
    }

    @Test
    void applicantAccountsShareNoIdNumberOrCardWithAnyOtherAccount() {
        List<AccountOpened> accounts = accountsOf.values().stream().flatMap(List::stream).toList();

        assertThat(accounts).extracting(AccountOpened::accountId).doesNotHaveDuplicates();
        assertThat(accounts).extracting(AccountOpened::accountNumber).doesNotHaveDuplicates();
        assertThat(accounts).filteredOn(a -> a.card() != null).extracting(a -> a.card().number())
                .doesNotHaveDuplicates();
    }

    private List<CustomerOnboarded> withStatus(String status) {
        return applicants.values().stream().filter(c -> c.kyc().status().equals(status)).toList();
    }

    /**
     * Every event of the sources in time order, ties going to the source listed first, each source
     * asked for its next time only after it gave an event (as the engine's timeline does).
     */
    private static List<Event> merged(List<EventSource> sources) {
        record Head(long time, int order) {
        }
        PriorityQueue<Head> queue = new PriorityQueue<>((a, b) -> a.time() != b.time()
                ? Long.compare(a.time(), b.time()) : Integer.compare(a.order(), b.order()));
        for (int i = 0; i < sources.size(); i++) {
            long t = sources.get(i).peekTime();
            if (t != EventSource.EXHAUSTED) {
                queue.add(new Head(t, i));
            }
        }
        List<Event> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            Head head = queue.poll();
            EventSource source = sources.get(head.order());
            out.add(source.next());
            long t = source.peekTime();
            if (t != EventSource.EXHAUSTED) {
                queue.add(new Head(t, head.order()));
            }
        }
        return out;
    }
}
