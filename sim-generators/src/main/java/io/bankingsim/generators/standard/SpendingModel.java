package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.event.Money;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.traffic.RandomStreams;
import io.bankingsim.generators.internal.MerchantCatalogue;
import io.bankingsim.generators.internal.MerchantCatalogue.Kind;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * What a customer does when everyday traffic picks them: a transaction template chosen by the
 * hour of day (card purchases by day, payroll deposits overnight), an amount drawn log-normally
 * per template, an account, a channel and a merchant. Debits never exceed the tracked balance
 * plus credit limit: they shrink, or become a deposit when too little is left. Transfers and
 * P2P payments credit the counterparty's checking account. Not thread-safe (engine loop only).
 */
final class SpendingModel {

    private static final int PURCHASE = 0;
    private static final int ATM = 1;
    private static final int BILL = 2;
    private static final int P2P = 3;
    private static final int TRANSFER = 4;
    private static final int DEPOSIT = 5;
    private static final int SALARY = 6;

    /** Template weights per part of the day: night 0-5, morning 6-8, day 9-17, evening 18-23. */
    private static final int[][] WEIGHTS = {
        {40, 12, 14, 5, 5, 6, 8},
        {55, 10, 10, 8, 5, 8, 2},
        {58, 8, 9, 8, 6, 10, 1},
        {62, 9, 7, 10, 5, 6, 1},
    };
    private static final double[] MEDIAN = {35, 80, 120, 60, 300, 150, 2500};
    private static final double[] SIGMA = {0.9, 0.6, 0.6, 0.8, 0.8, 0.9, 0.35};
    private static final double DIGITAL_PURCHASE_SHARE = 0.25;
    private static final double CARD_SHARE = 0.45;

    private final Population population;
    private final GroundTruth genuine = GroundTruth.GENUINE;

    SpendingModel(Population population) {
        this.population = population;
    }

    /** The transaction customer {@code k} makes at {@code time} (local hour {@code hour}). */
    Transaction make(String id, Instant time, int k, int hour, SplittableRandom r) {
        int template = template(hour, r);
        if ((template == P2P || template == TRANSFER) && population.count() < 2) {
            template = PURCHASE;
        }
        return switch (template) {
            case PURCHASE -> purchase(id, time, k, r);
            case ATM -> atm(id, time, k, r);
            case BILL -> bill(id, time, k, r);
            case P2P, TRANSFER -> transfer(id, time, k, template, r);
            case SALARY -> credit(id, time, k, 0, TransactionType.DEPOSIT, draw(SALARY, r), Channel.SYSTEM);
            default -> deposit(id, time, k, r);
        };
    }

    private Transaction purchase(String id, Instant time, int k, SplittableRandom r) {
        int j = 0;
        if (population.accounts() >= 3 && r.nextDouble() < CARD_SHARE) {
            j = 2;
        } else if (population.accounts() == 4 && r.nextDouble() < 0.1) {
            j = 3;
        }
        boolean digital = r.nextDouble() < DIGITAL_PURCHASE_SHARE;
        Merchant merchant = MerchantCatalogue.pick(digital ? Kind.ONLINE : Kind.STORE, population.homePlace(k), r);
        long amount = affordable(k, j, draw(PURCHASE, r), 1, r);
        if (amount == 0) {
            return deposit(id, time, k, r);
        }
        return debit(id, time, k, j, TransactionType.CARD_PURCHASE, amount, digital ? digital(k) : Channel.CARD_PRESENT,
                merchant, null);
    }

    private Transaction atm(String id, Instant time, int k, SplittableRandom r) {
        long note = 20 * population.minorPerMajor();
        long wanted = Math.max(1, Math.round(draw(ATM, r) / (double) note)) * note;
        long amount = affordable(k, 0, wanted, note, r) / note * note;
        if (amount == 0) {
            return deposit(id, time, k, r);
        }
        Merchant operator = MerchantCatalogue.pick(Kind.ATM, population.homePlace(k), r);
        return debit(id, time, k, 0, TransactionType.ATM_WITHDRAWAL, amount, Channel.ATM, operator, null);
    }

    private Transaction bill(String id, Instant time, int k, SplittableRandom r) {
        Merchant biller = MerchantCatalogue.pick(Kind.BILLER, population.homePlace(k), r);
        Channel channel = r.nextDouble() < 0.4 ? Channel.SYSTEM : digital(k);
        long amount = affordable(k, 0, draw(BILL, r), 1, r);
        if (amount == 0) {
            return deposit(id, time, k, r);
        }
        return debit(id, time, k, 0, TransactionType.BILL_PAYMENT, amount, channel, biller, null);
    }

    private Transaction transfer(String id, Instant time, int k, int template, SplittableRandom r) {
        long amount = affordable(k, 0, draw(template, r), 1, r);
        if (amount == 0) {
            return deposit(id, time, k, r);
        }
        int other = r.nextInt(population.count() - 1);
        if (other >= k) {
            other++;
        }
        population.add(other, 0, amount);
        TransactionType type = template == P2P ? TransactionType.P2P : TransactionType.TRANSFER_OUT;
        return debit(id, time, k, 0, type, amount, digital(k), null, Population.accountId(other, 0));
    }

    private Transaction deposit(String id, Instant time, int k, SplittableRandom r) {
        int j = population.accounts() >= 2 && r.nextDouble() < 0.15 ? 1 : 0;
        double u = r.nextDouble();
        Channel channel = u < 0.4 ? Channel.BRANCH : u < 0.7 || !population.usesPhone(k) ? Channel.ATM : Channel.MOBILE;
        return credit(id, time, k, j, TransactionType.DEPOSIT, draw(DEPOSIT, r), channel);
    }

    private Transaction credit(String id, Instant time, int k, int j, TransactionType type, long amount,
                               Channel channel) {
        population.add(k, j, amount);
        return new Transaction(id, time, type, Population.customerId(k), Population.accountId(k, j), null,
                money(amount), channel, null, isDigital(channel) ? population.device(k) : null, genuine);
    }

    private Transaction debit(String id, Instant time, int k, int j, TransactionType type, long amount,
                              Channel channel, Merchant merchant, String counterparty) {
        population.add(k, j, -amount);
        return new Transaction(id, time, type, Population.customerId(k), Population.accountId(k, j), counterparty,
                money(amount), channel, merchant, isDigital(channel) ? population.device(k) : null, genuine);
    }

    /**
     * The wanted amount if account j can pay it, else a part of what is available, or 0 when less
     * than {@code minimum} is available.
     */
    private long affordable(int k, int j, long wanted, long minimum, SplittableRandom r) {
        long available = population.available(k, j);
        if (wanted <= available) {
            return wanted;
        }
        if (available < minimum) {
            return 0;
        }
        return Math.max(minimum, (long) (available * (0.3 + 0.7 * r.nextDouble())));
    }

    private Channel digital(int k) {
        return population.usesPhone(k) ? Channel.MOBILE : Channel.ONLINE;
    }

    private static boolean isDigital(Channel channel) {
        return channel == Channel.ONLINE || channel == Channel.MOBILE;
    }

    private static int template(int hour, SplittableRandom r) {
        int[] weights = WEIGHTS[hour < 6 ? 0 : hour < 9 ? 1 : hour < 18 ? 2 : 3];
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = r.nextInt(total);
        for (int t = 0; t < weights.length; t++) {
            pick -= weights[t];
            if (pick < 0) {
                return t;
            }
        }
        throw new AssertionError("unreachable");
    }

    private long draw(int template, SplittableRandom r) {
        double major = RandomStreams.logNormal(r, MEDIAN[template], SIGMA[template]);
        return Math.max(1, Math.round(major * population.minorPerMajor()));
    }

    private Money money(long minor) {
        return Money.ofMinor(minor, population.currency());
    }
}
