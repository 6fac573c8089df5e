package io.bankingsim.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/** Finds and checks {@link DashboardPlugin}s. Stateless. */
public final class DashboardPlugins {

    private static final System.Logger LOG = System.getLogger(DashboardPlugins.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*\\.m?js");

    private DashboardPlugins() {
    }

    /** The plugins on the class path of {@code loader} (ServiceLoader), checked. */
    public static List<DashboardPlugin> load(ClassLoader loader) {
        List<DashboardPlugin> found = new ArrayList<>();
        ServiceLoader.load(DashboardPlugin.class, loader).forEach(found::add);
        List<DashboardPlugin> checked = check(found);
        for (DashboardPlugin p : checked) {
            LOG.log(System.Logger.Level.DEBUG, () -> "dashboard plugin '" + p.id() + "': " + p.getClass().getName()
                    + " from " + where(p.getClass()));
        }
        return checked;
    }

    private static String where(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "?" : source.getLocation().toString();
    }

    /** The plugins on the thread's context class path, checked. */
    public static List<DashboardPlugin> load() {
        return load(Thread.currentThread().getContextClassLoader());
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
