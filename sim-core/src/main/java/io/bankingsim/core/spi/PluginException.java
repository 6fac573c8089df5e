package io.bankingsim.core.spi;

/** A plug-in could not be found, loaded or registered (e.g. two plug-ins share a name). */
public final class PluginException extends RuntimeException {
    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
