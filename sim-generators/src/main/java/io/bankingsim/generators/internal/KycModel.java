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

    private KycModel() {
    }

    /** A customer of long standing, checked when they joined years ago. */
    public static KycCheck established(SplittableRandom r) {
        return new KycCheck(true, true, ageDays(r, 2_400, 0.6, 30), ageDays(r, 2_800, 0.6, 30), r.nextDouble() < 0.97,
                "verified");
    }

    /**
     * A genuine applicant; {@code young} applicants (students) have younger e-mail addresses and
     * phone numbers.
     */
    public static KycCheck genuine(SplittableRandom r, boolean young) {
        boolean document = r.nextDouble() < 0.965;
        boolean consistent = r.nextDouble() < 0.97;
        boolean address = r.nextDouble() < 0.88;
        int email = ageDays(r, young ? 700 : 2_000, 1.0, 0);
        int phone = ageDays(r, young ? 500 : 1_600, 1.1, 0);
        return check(document, consistent, email, phone, address);
    }

    /** A synthetic identity: plausible at a glance, off in the details. */
    public static KycCheck synthetic(SplittableRandom r) {
        boolean document = r.nextDouble() < 0.9;
        boolean consistent = r.nextDouble() < 0.72;
        boolean address = r.nextDouble() < 0.7;
        int email = ageDays(r, 240, 1.2, 0);
        int phone = ageDays(r, 300, 1.2, 0);
        return check(document, consistent, email, phone, address);
    }

    private static KycCheck check(boolean document, boolean consistent, int email, int phone, boolean address) {
        String status = document && consistent && address ? "verified"
                : !document && !consistent ? "rejected" : "pending";
        return new KycCheck(document, consistent, email, phone, address, status);
    }

    private static int ageDays(SplittableRandom r, double median, double sigma, int min) {
        return (int) Math.max(min, Math.min(12_000, Math.round(RandomStreams.logNormal(r, median, sigma))));
    }
}
