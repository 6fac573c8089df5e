package io.bankingsim.generators.internal;

import io.bankingsim.core.event.CustomerOnboarded.KycCheck;
import io.bankingsim.core.traffic.RandomStreams;

import java.util.SplittableRandom;

/**
 * The identity-verification signals of an application, for genuine applicants and for synthetic
 * identities, drawn from overlapping distributions: a synthetic identity's document usually
 * passes, its e-mail and phone are younger on average but not always, its name, national id and
 * date of birth fail the bureau's consistency check more often than a genuine applicant's (whose
 * checks fail now and then: typos, recent moves, new phone numbers). No single signal tells them
 * apart. The status follows the same rule for everyone: {@code verified} when document, identity
 * and address all check out, {@code rejected} when document and identity both fail,
 * {@code pending} (manual review) otherwise. Stateless and thread-safe.
 */
public final class KycModel {

    /** Share of pending applications that manual review approves (their accounts open 2-48 h later). */
    public static final double PENDING_APPROVED = 0.75;

    private static final double SYNTHETIC_DOCUMENT = 0.9;
    private static final double SYNTHETIC_CONSISTENT = 0.72;
    private static final double SYNTHETIC_ADDRESS = 0.7;

    private KycModel() {
    }

    /** The share of synthetic applications that end with accounts: verified, or pending and approved. */
    public static double syntheticAccountShare() {
        double verified = SYNTHETIC_DOCUMENT * SYNTHETIC_CONSISTENT * SYNTHETIC_ADDRESS;
        double rejected = (1 - SYNTHETIC_DOCUMENT) * (1 - SYNTHETIC_CONSISTENT);
        return verified + PENDING_APPROVED * (1 - verified - rejected);
    }

    /**
     * A customer of long standing, checked when they joined years ago; {@code maxDays} bounds the
     * e-mail and phone ages (see {@link #maxAgeDays}).
     */
    public static KycCheck established(SplittableRandom r, int maxDays) {
        return new KycCheck(true, true, ageDays(r, 2_400, 0.6, 30, maxDays), ageDays(r, 2_800, 0.6, 30, maxDays), true,
                "verified");
    }

    /**
     * The oldest an applicant's e-mail address or phone number can be, in days: not before they
     * were 13 years old, and not before 1995 (e-mail for everyone) as of {@code today}.
     */
    public static int maxAgeDays(java.time.LocalDate born, java.time.LocalDate today) {
        java.time.LocalDate earliest = born.plusYears(13);
        java.time.LocalDate since = earliest.isAfter(EARLIEST) ? earliest : EARLIEST;
        return (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(since, today));
    }

    private static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(1995, 1, 1);

    /**
     * A genuine applicant; {@code young} applicants (students) have younger e-mail addresses and
     * phone numbers.
     */
    public static KycCheck genuine(SplittableRandom r, boolean young, int maxDays) {
        boolean document = r.nextDouble() < 0.965;
        boolean consistent = r.nextDouble() < 0.97;
        boolean address = r.nextDouble() < 0.88;
        int email = ageDays(r, young ? 700 : 2_000, 1.0, 0, maxDays);
        int phone = ageDays(r, young ? 500 : 1_600, 1.1, 0, maxDays);
        return check(document, consistent, email, phone, address);
    }

    /** A synthetic identity: plausible at a glance, off in the details. */
    public static KycCheck synthetic(SplittableRandom r, int maxDays) {
        boolean document = r.nextDouble() < SYNTHETIC_DOCUMENT;
        boolean consistent = r.nextDouble() < SYNTHETIC_CONSISTENT;
        boolean address = r.nextDouble() < SYNTHETIC_ADDRESS;
        int email = ageDays(r, 240, 1.2, 0, maxDays);
        int phone = ageDays(r, 300, 1.2, 0, maxDays);
        return check(document, consistent, email, phone, address);
    }

    private static KycCheck check(boolean document, boolean consistent, int email, int phone, boolean address) {
        String status = document && consistent && address ? "verified"
                : !document && !consistent ? "rejected" : "pending";
        return new KycCheck(document, consistent, email, phone, address, status);
    }

    /** A log-normal age in days; one beyond {@code max} is drawn again uniformly below it (no pile-up at a cap). */
    private static int ageDays(SplittableRandom r, double median, double sigma, int min, int max) {
        long days = Math.round(RandomStreams.logNormal(r, median, sigma));
        if (days > max) {
            days = r.nextInt(Math.max(1, max));
        }
        return (int) Math.max(Math.min(min, max), days);
    }
}
