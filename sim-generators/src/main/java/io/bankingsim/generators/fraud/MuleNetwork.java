package io.bankingsim.generators.fraud;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Role;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.scenario.PatternSettings;
import io.bankingsim.core.spi.World.Customer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code mule_network}: recruited mule accounts moving dirty money, in the graph typologies of the
 * anti-money-laundering literature and of its public generators (AMLSim): fan-in, fan-out, cycle,
 * bipartite, stack, scatter-gather, gather-scatter and random. Money enters by cash deposits just
 * under the reporting threshold at the network's source accounts (role placement), moves between
 * mule accounts by online transfers after a login, each mule keeping a 2-8% cut and holding the
 * money for minutes to hours (role mule), and leaves the bank by transfers to outside accounts at
 * the network's sinks (role integration), feeding the layering that follows elsewhere.
 *
 * <p>A campaign is one network of one typology, chosen by the weights of the scenario's
 * {@code params: {typologies: {fan_in: 2, cycle: 1, ...}}} (every typology weighs 1 by default).
 * Network sizes scale with intensity. Stateless and thread-safe.
 */
public final class MuleNetwork extends BurstPattern {

    /** The graph shapes a network can take. */
    enum Typology {
        FAN_IN, FAN_OUT, CYCLE, BIPARTITE, STACK, SCATTER_GATHER, GATHER_SCATTER, RANDOM;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Count WIDE = new Count(3, 8, 2);
    private static final Count MEDIUM = new Count(3, 6, 2);
    private static final Count SMALL = new Count(2, 4, 2);
    private static final Count LAYER = new Count(2, 3, 1);

    public MuleNetwork() {
        super("mule_network", 0);
    }

    @Override
    public void check(PatternSettings settings) {
        weights(settings);
    }

    /** Mean transactions of a network, the typologies weighted as the settings say. */
    @Override
    public double expectedTransactions(PatternSettings settings) {
        double x = settings.intensity();
        Map<Typology, Double> weights = weights(settings);
        double total = 0;
        double sum = 0;
        for (Map.Entry<Typology, Double> e : weights.entrySet()) {
            total += e.getValue() * mean(e.getKey(), x);
            sum += e.getValue();
        }
        return total / sum;
    }

    /** Transactions of a typology's network, on average: deposits in, transfers between mules, exits. */
    private static double mean(Typology t, double x) {
        return switch (t) {
            case FAN_IN -> 2 * WIDE.mean(x) + 1;
            case FAN_OUT -> 1 + 2 * MEDIUM.mean(x);
            case CYCLE -> MEDIUM.mean(x) + 2;
            case BIPARTITE -> SMALL.mean(x) * SMALL.mean(x) + 2 * SMALL.mean(x);
            case STACK -> LAYER.mean(x) + LAYER.mean(x) * LAYER.mean(x) * 2 + LAYER.mean(x);
            case SCATTER_GATHER -> 2 * MEDIUM.mean(x) + 2;
            case GATHER_SCATTER -> 2 * MEDIUM.mean(x) + 2 * MEDIUM.mean(x);
            case RANDOM -> 2 + 2 * MEDIUM.mean(x);
        };
    }

    @Override
    void play(CampaignBuilder b) {
        Typology typology = pick(weights(b.campaign().settings()), b.random());
        Network n = new Network(b);
        switch (typology) {
            case FAN_IN -> {
                Customer hub = b.someone();
                for (Customer source : n.accounts(b.count(WIDE))) {
                    n.move(source, hub, n.place(source));
                }
                n.exit(hub);
            }
            case FAN_OUT -> {
                Customer hub = b.someone();
                long in = n.place(hub);
                List<Customer> sinks = n.accounts(b.count(MEDIUM));
                for (Customer sink : sinks) {
                    n.move(hub, sink, in / sinks.size());
                }
                sinks.forEach(n::exit);
            }
            case CYCLE -> {
                List<Customer> ring = n.accounts(b.count(MEDIUM));
                long amount = n.place(ring.getFirst());
                for (int i = 0; i < ring.size(); i++) {
                    amount = n.move(ring.get(i), ring.get((i + 1) % ring.size()), amount);
                }
                n.exit(ring.getFirst());
            }
            case BIPARTITE -> {
                List<Customer> senders = n.accounts(b.count(SMALL));
                List<Customer> receivers = n.accounts(b.count(SMALL));
                for (Customer s : senders) {
                    long in = n.place(s);
                    for (Customer r : receivers) {
                        n.move(s, r, in / receivers.size());
                    }
                }
                receivers.forEach(n::exit);
            }
            case STACK -> {
                List<Customer> first = n.accounts(b.count(LAYER));
                List<Customer> second = n.accounts(b.count(LAYER));
                List<Customer> third = n.accounts(b.count(LAYER));
                for (Customer s : first) {
                    long in = n.place(s);
                    second.forEach(r -> n.move(s, r, in / second.size()));
                }
                for (Customer s : second) {
                    long held = n.held(s);
                    third.forEach(r -> n.move(s, r, held / third.size()));
                }
                third.forEach(n::exit);
            }
            case SCATTER_GATHER -> {
                Customer source = b.someone();
                Customer sink = b.someone();
                long in = n.place(source);
                List<Customer> middle = n.accounts(b.count(MEDIUM));
                middle.forEach(m -> n.move(source, m, in / middle.size()));
                middle.forEach(m -> n.move(m, sink, n.held(m)));
                n.exit(sink);
            }
            case GATHER_SCATTER -> {
                Customer hub = b.someone();
                for (Customer source : n.accounts(b.count(MEDIUM))) {
                    n.move(source, hub, n.place(source));
                }
                long gathered = n.held(hub);
                List<Customer> sinks = n.accounts(b.count(MEDIUM));
                sinks.forEach(s -> n.move(hub, s, gathered / sinks.size()));
                sinks.forEach(n::exit);
            }
            case RANDOM -> {
                int size = b.count(MEDIUM);
                List<Customer> members = n.accounts(size);
                Customer holder = members.getFirst();
                long amount = n.place(holder);
                for (int i = 0; i < 2 * size; i++) {
                    Customer next = members.get(b.random().nextInt(members.size()));
                    if (next == holder) {
                        next = members.get((members.indexOf(holder) + 1) % members.size());
                    }
                    amount = n.move(holder, next, amount);
                    holder = next;
                }
                n.exit(holder);
            }
        }
    }

    /** A network being played: what each mule holds, and the events moving it. */
    private static final class Network {
        private final CampaignBuilder b;
        private final Map<String, Long> held = new java.util.HashMap<>();

        Network(CampaignBuilder b) {
            this.b = b;
        }

        List<Customer> accounts(int n) {
            List<Customer> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(b.someone());
            }
            return list;
        }

        /** Cash paid in at a branch or ATM, just under the reporting threshold; returns it. */
        long place(Customer who) {
            long amount = b.amount(2_000, 9_500);
            b.deposit(who, who.accountIds().getFirst(), amount, b.random().nextDouble() < 0.6 ? Channel.BRANCH
                    : Channel.ATM, Role.PLACEMENT);
            held.merge(who.customerId(), amount, Long::sum);
            b.waitLogMinutes(5, 240);
            return amount;
        }

        /** A mule passes on {@code amount} less its cut; returns what arrived. */
        long move(Customer from, Customer to, long amount) {
            long sent = Math.max(1, amount - Math.round(amount * (0.02 + 0.06 * b.random().nextDouble())));
            b.session(from, from.device(), Role.MULE);
            b.transfer(TransactionType.TRANSFER_OUT, from, from.accountIds().getFirst(), to.accountIds().getFirst(),
                    sent, from.device(), Role.MULE);
            held.merge(from.customerId(), -amount, Long::sum);
            held.merge(to.customerId(), sent, Long::sum);
            b.waitLogMinutes(10, 360);
            return sent;
        }

        long held(Customer who) {
            return Math.max(1, held.getOrDefault(who.customerId(), 1L));
        }

        /** What a sink holds leaves the bank, less its cut. */
        void exit(Customer who) {
            long amount = held(who);
            long out = Math.max(1, amount - Math.round(amount * (0.02 + 0.06 * b.random().nextDouble())));
            b.session(who, who.device(), Role.INTEGRATION);
            b.transfer(TransactionType.TRANSFER_OUT, who, who.accountIds().getFirst(), null, out, who.device(),
                    Role.INTEGRATION);
            held.put(who.customerId(), amount - out);
            b.waitLogMinutes(5, 120);
        }
    }

    private static Typology pick(Map<Typology, Double> weights, SplittableRandom random) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double u = random.nextDouble() * total;
        for (Map.Entry<Typology, Double> e : weights.entrySet()) {
            u -= e.getValue();
            if (u < 0) {
                return e.getKey();
            }
        }
        return weights.keySet().iterator().next();
    }

    /** The typology weights of the settings' {@code params.typologies}; every typology 1 when absent. */
    static Map<Typology, Double> weights(PatternSettings settings) {
        Map<Typology, Double> weights = new EnumMap<>(Typology.class);
        Object given = settings.params().get("typologies");
        List<String> allowed = java.util.Arrays.stream(Typology.values()).map(Typology::id).toList();
        if (given == null) {
            for (Typology t : Typology.values()) {
                weights.put(t, 1.0);
            }
            return weights;
        }
        if (!(given instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new IllegalArgumentException("params.typologies must map typologies to weights, e.g. {fan_in: 2,"
                    + " cycle: 1}; typologies: " + String.join(", ", allowed));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("params.typologies: unknown typology '" + name + "'; allowed: "
                        + String.join(", ", allowed));
            }
            if (!(e.getValue() instanceof Number w) || !(w.doubleValue() >= 0) || Double.isInfinite(w.doubleValue())) {
                throw new IllegalArgumentException("params.typologies." + name + " must be a number at least 0, got "
                        + e.getValue());
            }
            if (w.doubleValue() > 0) {
                weights.put(Typology.valueOf(name.toUpperCase(Locale.ROOT)), w.doubleValue());
            }
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("params.typologies: at least one typology needs a weight above 0");
        }
        return weights;
    }
}
