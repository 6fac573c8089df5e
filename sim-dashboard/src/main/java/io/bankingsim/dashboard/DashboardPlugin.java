package io.bankingsim.dashboard;

import io.bankingsim.core.spi.SimulationObserver;
import io.helidon.webserver.http.HttpRules;

import java.util.Optional;

/**
 * Adds something of a team's own to the live dashboard: REST routes under
 * {@code /api/plugins/<id>/}, a panel on the page, and (optionally) an observer that sees the run
 * to compute a metric of its own. Found by {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.bankingsim.dashboard.DashboardPlugin} of a jar on the class path.
 * docs/extending.md has a worked example.
 *
 * <p>The panel is an ES module on the plugin's class path, under
 * {@code dashboard-plugins/<id>/} (served at {@code /plugins/<id>/}). The page imports it and calls
 * its default export, {@code mount(element, api)}, once: plain DOM, no build step, no framework
 * required. {@code api.get(path)} fetches JSON from the plugin's routes, {@code api.onMetrics(fn)}
 * calls {@code fn(snapshot)} with each {@code metrics_update}.
 *
 * <p>Rules the dashboard enforces: ids are unique and match {@code [a-z0-9][a-z0-9-]{0,39}};
 * off loopback, a plugin's non-GET routes need the control token like the built-in controls; an
 * observer that throws is switched off (and logged) rather than disturbing the run.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe: routes run on
 * the server's threads while the observer runs on the engine's.
 */
public interface DashboardPlugin {

    /** A short, unique, URL-safe name: {@code [a-z0-9][a-z0-9-]{0,39}}, e.g. {@code large-payments}. */
    String id();

    /** The panel's heading; the id by default. */
    default String title() {
        return id();
    }

    /**
     * Declares the plugin's routes, relative to {@code /api/plugins/<id>} (so {@code rules.get("/", ...)}
     * answers {@code GET /api/plugins/<id>}). Nothing by default.
     */
    default void routing(HttpRules rules, DashboardContext context) {
    }

    /**
     * The panel's module, a file name under the class-path folder {@code dashboard-plugins/<id>/},
     * e.g. {@code "panel.js"}; empty (the default) for a plugin without a panel.
     */
    default Optional<String> panelModule() {
        return Optional.empty();
    }

    /**
     * An observer to see the run with (called on the engine thread: quick, non-blocking, as
     * {@link SimulationObserver} says); empty by default.
     */
    default Optional<SimulationObserver> observer() {
        return Optional.empty();
    }
}
