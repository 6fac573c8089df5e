package io.bankingsim.dashboard;

import io.bankingsim.core.spi.PluginException;
import io.bankingsim.core.spi.PluginRegistry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds and checks {@link DashboardPlugin}s. Stateless. */
public final class DashboardPlugins {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*\\.m?js");

    private DashboardPlugins() {
    }

    /**
     * The plugins on the class path of {@code loader}, found as every plug-in is
     * ({@link PluginRegistry}: a clash of ids or a broken service entry is a {@link PluginException}
     * naming the classes and their jars; each plug-in found is logged at DEBUG), then checked.
     */
    public static List<DashboardPlugin> load(ClassLoader loader) {
        return check(List.copyOf(PluginRegistry.load(DashboardPlugin.class, DashboardPlugin::id, loader).all()));
    }

    /** The plugins on the thread's context class path, checked. */
    public static List<DashboardPlugin> load() {
        return check(List.copyOf(PluginRegistry.load(DashboardPlugin.class, DashboardPlugin::id).all()));
    }

    /**
     * {@code plugins}, unchanged, after checking ids (pattern, unique) and panel module names.
     *
     * @throws IllegalStateException naming the plugin class and the rule it breaks
     */
    public static List<DashboardPlugin> check(List<DashboardPlugin> plugins) {
        Map<String, DashboardPlugin> byId = new HashMap<>();
        for (DashboardPlugin p : plugins) {
            String id = p.id();
            String cls = p.getClass().getName();
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalStateException("dashboard plugin " + cls + ": id '" + id
                        + "' must match [a-z0-9][a-z0-9-]{0,39} (lower-case letters, digits, dashes)");
            }
            DashboardPlugin other = byId.putIfAbsent(id, p);
            if (other != null) {
                throw new IllegalStateException("dashboard plugins " + other.getClass().getName() + " and " + cls
                        + " both have the id '" + id + "'");
            }
            p.panelModule().ifPresent(m -> {
                if (!MODULE.matcher(m).matches() || m.contains("..")) {
                    throw new IllegalStateException("dashboard plugin " + cls + ": panel module '" + m
                            + "' must be a relative .js file name under dashboard-plugins/" + id + "/, e.g. panel.js");
                }
            });
        }
        return List.copyOf(plugins);
    }
}
