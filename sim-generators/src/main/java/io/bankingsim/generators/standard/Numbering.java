package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Card;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.activity.Segment;
import io.bankingsim.generators.internal.BankNumbers;
import io.bankingsim.generators.internal.CardNetwork;
import io.bankingsim.generators.internal.Country;
import io.bankingsim.generators.internal.Scramble;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The numbers the bank prints: account numbers in the country's format (a German or British IBAN,
 * a US account number under the bank's ABA routing number) and card numbers (Visa debit cards
 * on checking and business accounts, Mastercard credit cards, American Express for some affluent
 * clients), all valid by construction (IBAN mod-97, Luhn) and unique, being keyed permutations of
 * the account's slot {@code index * 4 + product}. The bank's own codes (routing number, bank code,
 * BINs) are derived from the seed. Immutable and thread-safe.
 */
final class Numbering {

    private final Country country;
    private final Scramble accountNumbers;
    private final Scramble cardNumbers;
    private final long seed;
    private final YearMonth issued;
    private final String bankCode;
    private final String debitBin;
    private final String creditBin;
    private final String premiumBin;

    Numbering(long seed, Country country, Instant start) {
        this.seed = seed;
        this.country = country;
        SplittableRandom r = RandomStreams.of(seed, "bank", 0);
        this.accountNumbers = new Scramble(RandomStreams.mix(seed, "account-number", 0),
                country == Country.GB ? 100_000_000L : 10_000_000_000L);
        this.cardNumbers = new Scramble(RandomStreams.mix(seed, "card-number", 0), 100_000_000L);
        this.issued = YearMonth.from(start.atZone(ZoneOffset.UTC));
        String routing = BankNumbers.abaRouting(String.format("%02d%06d", r.nextInt(1, 13), r.nextInt(1_000_000)));
        this.bankCode = switch (country) {
            case DE -> String.format("%d%07d", r.nextInt(1, 9), r.nextInt(10_000_000));
            case GB -> "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                    + (char) ('A' + r.nextInt(26));
            case US -> routing;
        };
        this.debitBin = "4" + String.format("%05d", r.nextInt(100_000));
        this.creditBin = "5" + r.nextInt(1, 6) + String.format("%04d", r.nextInt(10_000));
        this.premiumBin = "37" + String.format("%04d", r.nextInt(10_000));
    }

    /** The account number customers see: an IBAN in Germany and Britain, else a 10-digit number. */
    String accountNumber(int k, ProductType product, int cityIndex) {
        long n = accountNumbers.apply((long) k * 4 + product.ordinal());
        return switch (country) {
            case DE -> BankNumbers.germanIban(bankCode, n);
            case GB -> BankNumbers.britishIban(bankCode, String.format("%02d%04d", 40 + cityIndex % 50,
                    (int) (RandomStreams.mix(seed, "sort-code", cityIndex) & 0x7fffffff) % 10_000), n);
            case US -> BankNumbers.usAccountNumber(n, 10);
        };
    }

    /** The card drawn on an account, or {@code null} for products without one (savings). */
    Card card(int k, ProductType product, Segment segment) {
        CardNetwork network;
        String bin;
        switch (product) {
            case CHECKING, BUSINESS -> {
                network = CardNetwork.VISA;
                bin = debitBin;
            }
            case CREDIT_CARD -> {
                boolean premium = segment == Segment.HIGH_NET_WORTH
                        && (RandomStreams.mix(seed, "premium", k) & 3) == 0;
                network = premium ? CardNetwork.AMEX : CardNetwork.MASTERCARD;
                bin = premium ? premiumBin : creditBin;
            }
            default -> {
                return null;
            }
        }
        long slot = (long) k * 4 + product.ordinal();
        String number = BankNumbers.pan(bin, cardNumbers.apply(slot), network.length());
        int months = 12 + (int) Math.floorMod(RandomStreams.mix(seed, "expiry", slot), 48L);
        return new Card(number, issued.plusMonths(months), network.label());
    }
}
