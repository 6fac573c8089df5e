package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.StaticContentConfig;

import java.util.List;
import java.util.Optional;

/**
 * Mounts the {@link DashboardPlugin}s: {@code GET /api/plugins} (what the page shows), each
 * plugin's routes under {@code /api/plugins/<id>} (non-GET ones behind the control token), and
 * its files under {@code /plugins/<id>/} from the class-path folder {@code dashboard-plugins/<id>}.
 */
final class PluginRoutes {

    private final List<DashboardPlugin> plugins;
    private final ApiRoutes api;

    PluginRoutes(List<DashboardPlugin> plugins, ApiRoutes api) {
        this.plugins = plugins;
        this.api = api;
    }

    void register(HttpRouting.Builder routing) {
        String list = list();
        routing.get("/api/plugins", (req, res) -> ApiRoutes.json(res, Status.OK_200, list))
                .any("/api/plugins", (req, res) -> ApiRoutes.notAllowed(res, "GET"));
        DashboardContext context = new DashboardContext() {
            @Override
            public SimulationControl control() {
                return api.control();
            }

            @Override
            public Optional<MetricsSnapshot> latestMetrics() {
                return api.latest();
            }
        };
        for (DashboardPlugin p : plugins) {
            routing.register("/api/plugins/" + p.id(), rules -> {
                rules.any((req, res) -> {
                    Method m = req.prologue().method();
                    if (m == Method.GET || m == Method.HEAD || api.requireToken(req, res)) {
                        res.next();
                    }
                });
                p.routing(rules, context);
            });
        }
    }

    void registerStatic(StaticContentConfig.Builder content) {
        for (DashboardPlugin p : plugins) {
            if (p.panelModule().isPresent()) {
                content.addClasspath(cl -> cl.location("dashboard-plugins/" + p.id()).context("/plugins/" + p.id()));
            }
        }
    }

    private String list() {
        ArrayNode a = Messages.JSON.createArrayNode();
        for (DashboardPlugin p : plugins) {
            ObjectNode n = a.addObject();
            n.put("id", p.id());
            n.put("title", p.title());
            n.put("api", "/api/plugins/" + p.id());
            Optional<String> module = p.panelModule();
            if (module.isPresent()) {
                n.put("panel", "/plugins/" + p.id() + "/" + module.get());
            } else {
                n.putNull("panel");
            }
        }
        return a.toString();
    }
}
