package io.bankingsim.dashboard;

import io.bankingsim.core.event.Event;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;

import java.util.ArrayList;
import java.util.List;

/**
 * The observers of the dashboard's plugins, called in turn. One that throws is logged once and
 * switched off, so a plugin's bug never stops or slows the run. Called on the engine thread only.
 */
final class PluginObservers implements SimulationObserver {

    private static final System.Logger LOG = System.getLogger(PluginObservers.class.getName());

    /** One plug-in's observer, and whether it was switched off. */
    private static final class Entry {
        final String pluginId;
        final SimulationObserver observer;
        boolean off;

        Entry(String pluginId, SimulationObserver observer) {
            this.pluginId = pluginId;
            this.observer = observer;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    PluginObservers(List<DashboardPlugin> plugins) {
        for (DashboardPlugin p : plugins) {
            p.observer().ifPresent(o -> entries.add(new Entry(p.id(), o)));
        }
    }

    @FunctionalInterface
    private interface Call {
        void on(SimulationObserver observer) throws Exception;
    }

    private void each(Call call) {
        for (Entry e : entries) {
            if (e.off) {
                continue;
            }
            try {
                call.on(e.observer);
            } catch (VirtualMachineError ex) {
                throw ex; // out of memory and the like: not the plugin's alone
            } catch (Throwable ex) { // NOPMD: a plugin's AssertionError or StackOverflowError must not stop the run
                e.off = true;
                LOG.log(System.Logger.Level.WARNING, "dashboard plugin '" + e.pluginId
                        + "': its observer failed and is switched off for this run", ex);
            }
        }
    }

    @Override
    public void onStart(RunContext context) {
        for (Entry e : entries) {
            e.off = false;
        }
        each(o -> o.onStart(context));
    }

    @Override
    public void onEvent(Event event) {
        if (entries.isEmpty()) {
            return; // the common case, on the hot path
        }
        each(o -> o.onEvent(event));
    }

    @Override
    public void onOutcome(Event event, Outcome outcome, long responseNanos) {
        if (entries.isEmpty()) {
            return;
        }
        each(o -> o.onOutcome(event, outcome, responseNanos));
    }

    @Override
    public void onSnapshot(MetricsSnapshot snapshot) {
        each(o -> o.onSnapshot(snapshot));
    }

    @Override
    public void onFinish(MetricsSnapshot finalSnapshot) {
        each(o -> o.onFinish(finalSnapshot));
    }
}
