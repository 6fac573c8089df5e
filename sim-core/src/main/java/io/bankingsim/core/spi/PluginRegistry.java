package io.bankingsim.core.spi;

import java.security.CodeSource;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The plug-ins of one extension point, found with {@link ServiceLoader} and indexed by their
 * unique name. Built-ins register exactly like a user's jar does. Two plug-ins with one name are
 * refused, naming both classes. Immutable after construction; thread-safe.
 *
 * @param <T> the extension point
 */
public final class PluginRegistry<T> {

    private static final System.Logger LOG = System.getLogger(PluginRegistry.class.getName());

    private final Class<T> type;
    private final Map<String, T> byName;

    private PluginRegistry(Class<T> type, Map<String, T> byName) {
        this.type = type;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Loads every {@code type} visible to the class loader, named by {@code nameOf}. */
    public static <T> PluginRegistry<T> load(Class<T> type, Function<T, String> nameOf, ClassLoader loader) {
        Map<String, T> found = new LinkedHashMap<>();
        try {
            for (T plugin : ServiceLoader.load(type, loader)) {
                register(type, nameOf, found, plugin);
            }
        } catch (ServiceConfigurationError e) {
            throw new PluginException("cannot load a " + type.getSimpleName() + " plug-in: " + e.getMessage(), e);
        }
        return new PluginRegistry<>(type, found);
    }

    /** Loads with the thread's context class loader (or this class's loader). */
    public static <T> PluginRegistry<T> load(Class<T> type, Function<T, String> nameOf) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return load(type, nameOf, cl != null ? cl : PluginRegistry.class.getClassLoader());
    }

    /** A registry of the given plug-ins (for tests and embedding), with the same duplicate check. */
    public static <T> PluginRegistry<T> of(Class<T> type, Function<T, String> nameOf, Collection<? extends T> plugins) {
        Map<String, T> found = new LinkedHashMap<>();
        for (T plugin : plugins) {
            register(type, nameOf, found, plugin);
        }
        return new PluginRegistry<>(type, found);
    }

    /** The same registry with more plug-ins added (duplicates refused). */
    public PluginRegistry<T> with(Function<T, String> nameOf, Collection<? extends T> more) {
        Map<String, T> all = new LinkedHashMap<>(byName);
        for (T plugin : more) {
            register(type, nameOf, all, plugin);
        }
        return new PluginRegistry<>(type, all);
    }

    private static <T> void register(Class<T> type, Function<T, String> nameOf, Map<String, T> found, T plugin) {
        String name = Objects.requireNonNull(nameOf.apply(plugin), () -> plugin.getClass().getName() + " has no name");
        T previous = found.putIfAbsent(name, plugin);
        if (previous != null) {
            throw new PluginException("two " + type.getSimpleName() + " plug-ins are named '" + name + "': "
                    + previous.getClass().getName() + " (" + location(previous) + ") and "
                    + plugin.getClass().getName() + " (" + location(plugin) + "); rename one of them");
        }
        LOG.log(System.Logger.Level.DEBUG, () -> type.getSimpleName() + " '" + name + "': "
                + plugin.getClass().getName() + " from " + location(plugin));
    }

    private static String location(Object plugin) {
        CodeSource source = plugin.getClass().getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? "unknown location" : source.getLocation().toString();
    }

    /** The plug-in with this name, if registered. */
    public Optional<T> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The plug-in with this name; fails listing the registered names when absent. */
    public T require(String name) {
        T plugin = byName.get(name);
        if (plugin == null) {
            throw new PluginException("no " + type.getSimpleName() + " named '" + name + "'; registered: "
                    + String.join(", ", byName.keySet()));
        }
        return plugin;
    }

    /** Registered names, in discovery order. */
    public java.util.Set<String> names() {
        return byName.keySet();
    }

    /** Registered plug-ins, in discovery order. */
    public Collection<T> all() {
        return byName.values();
    }
}
