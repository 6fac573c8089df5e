package io.bankingsim.generators.fraud;

import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.EventSource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The events of an adaptive campaign: one round at a time. When a round's events have all been
 * released, the source answers {@link #AWAITING_OUTCOMES} until each has its outcome, then asks
 * the script for the next round with those outcomes in the order the events were made. Not
 * thread-safe (engine thread).
 */
final class AdaptiveSource implements EventSource {

    private final CampaignBuilder builder;
    private final AdaptivePattern.Script script;
    private final ArrayDeque<Event> ready = new ArrayDeque<>();
    private final Map<String, Integer> roundOrder = new HashMap<>();
    private final Map<Integer, Outcome> answers = new HashMap<>();
    private int released;
    private boolean over;

    AdaptiveSource(CampaignBuilder builder, AdaptivePattern.Script script) {
        this.builder = builder;
        this.script = script;
    }

    @Override
    public long peekTime() {
        while (ready.isEmpty()) {
            if (answers.size() < released) {
                return AWAITING_OUTCOMES;
            }
            if (over) {
                return EXHAUSTED;
            }
            List<Outcome> previous = new ArrayList<>(released);
            for (int i = 0; i < released; i++) {
                previous.add(answers.get(i));
            }
            roundOrder.clear();
            answers.clear();
            released = 0;
            boolean goesOn = script.next(builder, previous);
            ready.addAll(builder.takeDrafted());
            over = !goesOn || ready.isEmpty();
        }
        return VirtualClock.toNanos(ready.peek().time());
    }

    @Override
    public Event next() {
        if (peekTime() == EXHAUSTED || ready.isEmpty()) {
            throw new NoSuchElementException("campaign is over or awaits outcomes");
        }
        Event event = ready.poll();
        roundOrder.put(event.id(), released++);
        return event;
    }

    @Override
    public boolean wantsOutcomes() {
        return true;
    }

    @Override
    public void onOutcome(Event event, Outcome outcome) {
        Integer order = roundOrder.get(event.id());
        if (order != null) {
            answers.put(order, outcome);
        }
    }
}
