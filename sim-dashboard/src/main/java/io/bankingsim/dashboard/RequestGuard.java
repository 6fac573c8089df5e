package io.bankingsim.dashboard;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps other web sites out of the dashboard, which has no log-in on loopback:
 * <ul>
 *   <li>a request that changes something (any method but GET, HEAD, OPTIONS) coming from a page of
 *       another origin ({@code Origin} not this server's {@code Host}) is refused, so a site open
 *       in the same browser cannot pause, stop or speed up the run (cross-site request forgery);</li>
 *   <li>on a loopback address, a request whose {@code Host} is not a loopback name is refused, so a
 *       site cannot reach the dashboard through a name of its own that resolves to 127.0.0.1 (DNS
 *       rebinding).</li>
 * </ul>
 * Tools without a browser (curl, scripts) send no {@code Origin} and are not affected. Answers
 * 403 with a JSON error. Stateless, thread-safe.
 */
final class RequestGuard implements Filter {

    private final boolean loopback;

    RequestGuard(boolean loopback) {
        this.loopback = loopback;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String host = req.headers().first(HeaderNames.HOST).orElse("");
        if (loopback && !isLoopbackName(hostName(host))) {
            refuse(res, "Host '" + host + "' is not allowed: a dashboard on a loopback address answers only to "
                    + "localhost, 127.0.0.1 or [::1]");
            return;
        }
        Method m = req.prologue().method();
        boolean changes = m != Method.GET && m != Method.HEAD && m != Method.OPTIONS;
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        if (changes && origin.isPresent() && !sameOrigin(origin.get(), host)) {
            refuse(res, "cross-site request refused: a page from " + origin.get() + " may not control this dashboard ("
                    + host + ")");
            return;
        }
        chain.proceed();
    }

    /** Whether {@code origin} ({@code scheme://host[:port]}) names the server reached as {@code host}. */
    static boolean sameOrigin(String origin, String host) {
        try {
            URI o = URI.create(origin.strip());
            if (o.getHost() == null) {
                return false; // "null" and other opaque origins
            }
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return authority.equalsIgnoreCase(host.strip())
                    || (o.getPort() < 0 && "http".equals(o.getScheme()) && (o.getHost() + ":80").equalsIgnoreCase(host.strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The host part of a {@code Host} header: {@code [::1]:8095} gives {@code ::1}. */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** Whether {@code name} is a loopback name: {@code localhost}, {@code 127.x.x.x} or {@code ::1} (nothing resolved). */
    static boolean isLoopbackName(String name) {
        return !name.isEmpty() && !DashboardServer.needsToken(name);
    }

    private static void refuse(RoutingResponse res, String message) {
        res.status(Status.FORBIDDEN_403);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Messages.httpError(403, message, null, null));
    }
}
