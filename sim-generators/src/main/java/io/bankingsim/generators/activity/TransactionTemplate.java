package io.bankingsim.generators.activity;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.ProductType;
import io.bankingsim.core.event.TransactionType;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of everyday transaction: what it is, how much, how often, through which channels, at
 * which hours, in which months and on which days of the month. The standard generator picks, for
 * each arrival of the scenario's transaction process, a customer by activity and then a template
 * with probability proportional to {@code frequencyPerMonth(segment) x hourWeight(hour) x
 * monthMultiplier(month) x dayWeight(day)}, the hour and day weights normalised to average 1 so
 * that the frequency is the template's share per month.
 *
 * <p>Amounts are in major units of the scenario's currency (for currencies far from the dollar,
 * e.g. JPY, the generator scales them), drawn from {@link #amount()}, multiplied as
 * {@link #scaling()} says, rounded to {@link #roundTo()} and clamped to {@code [minAmount,
 * maxAmount]}. Build with {@link #builder(String, TransactionType)}. Immutable and thread-safe.
 *
 * @param name unique name, lower case with underscores, e.g. {@code groceries}
 * @param type the transaction type it produces
 * @param category the merchant category paid ({@code grocery}, {@code utilities}, {@code atm},
 *     ...) for card purchases, bill payments and ATM withdrawals, else {@code ""}
 * @param counterparty who is on the other side
 * @param account the product the money leaves (or enters, for credits); the customer's checking
 *     account when they do not hold it
 * @param target the customer's own product that receives an {@link Counterparty#OWN_ACCOUNT}
 *     transfer, else {@code null}
 * @param amount the amount distribution, before scaling
 * @param scaling what the drawn amount is multiplied by
 * @param recurring whether a customer pays the same amount each time (rent, salary): the amount
 *     is drawn once per customer from a stream of (seed, customer, template)
 * @param roundTo amounts are rounded to a multiple of this (e.g. 20 for ATM notes), 0 for cents
 * @param minAmount the smallest amount after scaling and rounding
 * @param maxAmount the largest amount after scaling and rounding
 * @param frequencyPerMonth relative frequency per customer and month, by segment (absent = 0)
 * @param channels channel weights (only channels allowed for the type, see {@link #allowedChannels})
 * @param hourWeights 24 weights for the local hours 0..23, not all zero
 * @param monthMultipliers 12 seasonal multipliers for January..December
 * @param daysOfMonth the days of the month it happens on ({@code -1} = the last day), empty for any day
 */
public record TransactionTemplate(String name, TransactionType type, String category, Counterparty counterparty,
                                  ProductType account, ProductType target, AmountDistribution amount,
                                  Scaling scaling, boolean recurring, double roundTo, double minAmount,
                                  double maxAmount, Map<Segment, Double> frequencyPerMonth,
                                  Map<Channel, Double> channels, double[] hourWeights, double[] monthMultipliers,
                                  List<Integer> daysOfMonth) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Who is on the other side of a template's transactions. */
    public enum Counterparty {
        /** A merchant from the catalogue, of the template's category. */
        MERCHANT,
        /** Someone outside the bank: an employer, a landlord, a supplier, cash. */
        EXTERNAL,
        /** Another customer of the bank whom the customer knows (same circle of friends). */
        FRIEND,
        /** Another account of the same customer ({@link TransactionTemplate#target()}). */
        OWN_ACCOUNT
    }

    /** What a drawn amount is multiplied by. */
    public enum Scaling {
        /** Nothing: the amount is as drawn. */
        NONE,
        /** The customer's segment {@link Segment#spendingFactor()}. */
        SPENDING,
        /** The customer's monthly income: the distribution gives a fraction of it. */
        INCOME,
        /** What the customer owes on the target account (a credit card): the distribution gives a fraction. */
        OUTSTANDING
    }

    public TransactionTemplate {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("template name must be lower case letters, digits and '_': " + name);
        }
        Objects.requireNonNull(type, name + ": type");
        Objects.requireNonNull(category, name + ": category");
        Objects.requireNonNull(counterparty, name + ": counterparty");
        Objects.requireNonNull(account, name + ": account");
        Objects.requireNonNull(amount, name + ": amount");
        Objects.requireNonNull(scaling, name + ": scaling");
        frequencyPerMonth = Collections.unmodifiableMap(new EnumMap<>(nonEmpty(frequencyPerMonth, Segment.class)));
        channels = Collections.unmodifiableMap(new EnumMap<>(nonEmpty(channels, Channel.class)));
        hourWeights = hourWeights.clone();
        monthMultipliers = monthMultipliers.clone();
        daysOfMonth = List.copyOf(daysOfMonth);
        check(name, type, category, counterparty, target, scaling, roundTo, minAmount, maxAmount, frequencyPerMonth,
                channels, hourWeights, monthMultipliers, daysOfMonth);
    }

    /** A builder for a template of the given name and type, with everyday defaults. */
    public static Builder builder(String name, TransactionType type) {
        return new Builder(name, type);
    }

    /** The channels a transaction type can use. */
    public static List<Channel> allowedChannels(TransactionType type) {
        return switch (type) {
            case CARD_PURCHASE -> List.of(Channel.CARD_PRESENT, Channel.ONLINE, Channel.MOBILE);
            case ATM_WITHDRAWAL -> List.of(Channel.ATM);
            case DEPOSIT -> List.of(Channel.BRANCH, Channel.ATM, Channel.MOBILE, Channel.SYSTEM);
            case TRANSFER_IN -> List.of(Channel.SYSTEM);
            case BILL_PAYMENT, TRANSFER_OUT, P2P -> List.of(Channel.ONLINE, Channel.MOBILE, Channel.BRANCH,
                    Channel.SYSTEM);
        };
    }

    /** The template's relative frequency per month for a segment (0 when it does not apply). */
    public double frequency(Segment segment) {
        return frequencyPerMonth.getOrDefault(segment, 0.0);
    }

    @Override
    public double[] hourWeights() {
        return hourWeights.clone();
    }

    @Override
    public double[] monthMultipliers() {
        return monthMultipliers.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransactionTemplate t && name.equals(t.name) && type == t.type
                && category.equals(t.category) && counterparty == t.counterparty && account == t.account
                && target == t.target && amount.equals(t.amount) && scaling == t.scaling && recurring == t.recurring
                && roundTo == t.roundTo && minAmount == t.minAmount && maxAmount == t.maxAmount
                && frequencyPerMonth.equals(t.frequencyPerMonth) && channels.equals(t.channels)
                && Arrays.equals(hourWeights, t.hourWeights) && Arrays.equals(monthMultipliers, t.monthMultipliers)
                && daysOfMonth.equals(t.daysOfMonth);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, amount, frequencyPerMonth);
    }

    @Override
    public String toString() {
        return "TransactionTemplate[" + name + ", " + type.id() + ", " + amount + "]";
    }

    private static <K extends Enum<K>> Map<K, Double> nonEmpty(Map<K, Double> map, Class<K> type) {
        Objects.requireNonNull(map, type.getSimpleName());
        return map.isEmpty() ? new EnumMap<>(type) : map;
    }

    private static void check(String name, TransactionType type, String category, Counterparty counterparty,
                              ProductType target, Scaling scaling, double roundTo, double min, double max,
                              Map<Segment, Double> frequency, Map<Channel, Double> channels, double[] hours,
                              double[] months, List<Integer> days) {
        String at = "template '" + name + "': ";
        boolean merchantType = type == TransactionType.CARD_PURCHASE || type == TransactionType.BILL_PAYMENT
                || type == TransactionType.ATM_WITHDRAWAL;
        if (merchantType != (counterparty == Counterparty.MERCHANT)) {
            throw new IllegalArgumentException(at + type.id() + (merchantType ? " is paid to a merchant"
                    : " has no merchant") + ", counterparty " + counterparty + " does not fit");
        }
        if (merchantType == category.isEmpty()) {
            throw new IllegalArgumentException(at + (merchantType ? "a merchant category is required for "
                    : "no merchant category applies to ") + type.id());
        }
        if (counterparty == Counterparty.FRIEND && type != TransactionType.P2P && type != TransactionType.TRANSFER_OUT) {
            throw new IllegalArgumentException(at + "payments to friends are p2p or transfer_out, not " + type.id());
        }
        if (counterparty == Counterparty.OWN_ACCOUNT && (type != TransactionType.TRANSFER_OUT || target == null)) {
            throw new IllegalArgumentException(at + "a transfer to an own account is a transfer_out with a target");
        }
        if (!type.isDebit() && counterparty != Counterparty.EXTERNAL) {
            throw new IllegalArgumentException(at + type.id() + " brings money in from outside: counterparty EXTERNAL");
        }
        if (scaling == Scaling.OUTSTANDING && target == null) {
            throw new IllegalArgumentException(at + "OUTSTANDING scaling needs a target account");
        }
        if (!(roundTo >= 0) || !(min >= 0) || !(max >= min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException(at + "need roundTo >= 0 and 0 <= minAmount <= maxAmount, got "
                    + roundTo + ", " + min + ", " + max);
        }
        if (frequency.values().stream().anyMatch(f -> !(f >= 0) || Double.isInfinite(f))) {
            throw new IllegalArgumentException(at + "frequencies per month must be finite and >= 0: " + frequency);
        }
        List<Channel> allowed = allowedChannels(type);
        for (Map.Entry<Channel, Double> e : channels.entrySet()) {
            if (!allowed.contains(e.getKey()) || !(e.getValue() >= 0)) {
                throw new IllegalArgumentException(at + "channel " + e.getKey().id() + " (weight " + e.getValue()
                        + ") is not allowed for " + type.id() + "; allowed: " + allowed);
            }
        }
        if (channels.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException(at + "at least one channel needs a positive weight");
        }
        weights(at + "hourWeights", hours, 24);
        weights(at + "monthMultipliers", months, 12);
        for (int day : days) {
            if (day != -1 && (day < 1 || day > 31)) {
                throw new IllegalArgumentException(at + "days of month are 1..31 or -1 (last day): " + day);
            }
        }
    }

    private static void weights(String what, double[] values, int length) {
        if (values.length != length) {
            throw new IllegalArgumentException(what + " needs " + length + " values, got " + values.length);
        }
        double sum = 0;
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(what + " must be finite and >= 0: " + Arrays.toString(values));
            }
            sum += v;
        }
        if (sum == 0) {
            throw new IllegalArgumentException(what + " cannot all be zero");
        }
    }

    /**
     * Builds a {@link TransactionTemplate}. Defaults: the counterparty the type implies (a merchant
     * for card purchases, bill payments and ATM withdrawals, a friend for P2P, outside the bank
     * otherwise), the checking account, log-normal amounts around 50 (sigma 0.6) between 0.01 and
     * 1,000,000, no scaling, every hour, month and day alike, the type's usual channels. Not
     * thread-safe.
     */
    public static final class Builder {
        private final String name;
        private final TransactionType type;
        private String category = "";
        private Counterparty counterparty;
        private ProductType account = ProductType.CHECKING;
        private ProductType target;
        private AmountDistribution amount = new AmountDistribution.LogNormal(50, 0.6);
        private Scaling scaling = Scaling.NONE;
        private boolean recurring;
        private double roundTo;
        private double minAmount = 0.01;
        private double maxAmount = 1_000_000;
        private final Map<Segment, Double> frequency = new EnumMap<>(Segment.class);
        private final Map<Channel, Double> channels = new EnumMap<>(Channel.class);
        private double[] hours = filled(24, 1);
        private double[] months = filled(12, 1);
        private List<Integer> days = List.of();

        private Builder(String name, TransactionType type) {
            this.name = name;
            this.type = Objects.requireNonNull(type, "type");
            this.counterparty = switch (type) {
                case CARD_PURCHASE, BILL_PAYMENT, ATM_WITHDRAWAL -> Counterparty.MERCHANT;
                case P2P -> Counterparty.FRIEND;
                default -> Counterparty.EXTERNAL;
            };
        }

        /** The merchant category paid (card purchases, bill payments, ATM withdrawals). */
        public Builder category(String category) {
            this.category = category;
            return this;
        }

        /** Who is on the other side. */
        public Builder counterparty(Counterparty counterparty) {
            this.counterparty = counterparty;
            return this;
        }

        /** The product debited (or credited). */
        public Builder account(ProductType account) {
            this.account = account;
            return this;
        }

        /** A transfer to the customer's own account of this product. */
        public Builder toOwn(ProductType target) {
            this.counterparty = Counterparty.OWN_ACCOUNT;
            this.target = target;
            return this;
        }

        /** Any amount distribution. */
        public Builder amount(AmountDistribution amount) {
            this.amount = amount;
            return this;
        }

        /** Log-normal amounts with the given median and sigma. */
        public Builder logNormal(double median, double sigma) {
            return amount(new AmountDistribution.LogNormal(median, sigma));
        }

        /** Uniform amounts between low and high. */
        public Builder uniform(double low, double high) {
            return amount(new AmountDistribution.Uniform(low, high));
        }

        /** Always the same amount. */
        public Builder fixed(double value) {
            return amount(new AmountDistribution.Fixed(value));
        }

        /** What drawn amounts are multiplied by. */
        public Builder scaling(Scaling scaling) {
            this.scaling = scaling;
            return this;
        }

        /** The same amount each time for the same customer. */
        public Builder recurring() {
            this.recurring = true;
            return this;
        }

        /** Round amounts to a multiple of this (e.g. 20 for ATM notes). */
        public Builder roundTo(double unit) {
            this.roundTo = unit;
            return this;
        }

        /** Clamp amounts to this range (after scaling and rounding). */
        public Builder range(double min, double max) {
            this.minAmount = min;
            this.maxAmount = max;
            return this;
        }

        /** Relative frequency per month for a segment. */
        public Builder perMonth(Segment segment, double frequency) {
            this.frequency.put(segment, frequency);
            return this;
        }

        /** The same relative frequency per month for every segment. */
        public Builder perMonth(double frequency) {
            for (Segment segment : Segment.values()) {
                this.frequency.put(segment, frequency);
            }
            return this;
        }

        /** A channel's weight; the first call replaces the type's default channels. */
        public Builder channel(Channel channel, double weight) {
            this.channels.put(channel, weight);
            return this;
        }

        /** Weights for the 24 local hours. */
        public Builder hours(double... weights) {
            this.hours = weights.clone();
            return this;
        }

        /** Weight {@code weight} for the hours {@code from..to} (inclusive), {@code rest} for the others. */
        public Builder hours(int from, int to, double weight, double rest) {
            double[] w = filled(24, rest);
            for (int h = from; h <= to; h++) {
                w[h] = weight;
            }
            this.hours = w;
            return this;
        }

        /** Multiplier for one month (1 = January). */
        public Builder month(int month, double multiplier) {
            this.months[month - 1] = multiplier;
            return this;
        }

        /** The days of the month it happens on ({@code -1} = the last day). */
        public Builder days(Integer... days) {
            this.days = List.of(days);
            return this;
        }

        /** The template; throws {@link IllegalArgumentException} naming the template and what is wrong. */
        public TransactionTemplate build() {
            Map<Channel, Double> chosen = new EnumMap<>(Channel.class);
            if (channels.isEmpty()) {
                for (Channel c : allowedChannels(type)) {
                    chosen.put(c, 1.0);
                }
            } else {
                chosen.putAll(channels);
            }
            return new TransactionTemplate(name, type, category, counterparty, account, target, amount, scaling,
                    recurring, roundTo, minAmount, maxAmount, frequency, chosen, hours, months, days);
        }

        private static double[] filled(int n, double value) {
            double[] out = new double[n];
            Arrays.fill(out, value);
            return out;
        }
    }
}
