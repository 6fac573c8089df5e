package io.bankingsim.dashboard;

import io.bankingsim.core.metrics.ConfusionMatrix;
import io.bankingsim.core.metrics.EndpointStats;
import io.bankingsim.core.metrics.LatencyStats;
import io.bankingsim.core.metrics.MetricsSnapshot;

import java.time.Instant;
import java.util.Map;

/**
 * Writes the run's metrics in the Prometheus text exposition format, version 0.0.4: every family
 * with its {@code # HELP} and {@code # TYPE} lines, label values escaped. Not thread-safe: one
 * instance per response.
 */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final String P = "banking_sim_";
    private static final double[] QUANTILES = {0.5, 0.9, 0.99, 0.999};

    private final StringBuilder out = new StringBuilder(4096);

    /** The exposition of the run now: status gauges always, the snapshot's figures once there is one. */
    static String write(SimulationControl control, MetricsSnapshot snapshot, int clients) {
        PrometheusText t = new PrometheusText();
        Instant now = control.virtualTime();
        t.family("virtual_time_seconds", "gauge", "Virtual time of the run, in seconds since the epoch.");
        t.sample("virtual_time_seconds", now.getEpochSecond() + now.getNano() / 1e9);
        t.family("progress_ratio", "gauge", "Virtual time elapsed over the scenario's duration.");
        t.sample("progress_ratio", control.progress());
        t.family("set_speed", "gauge", "Speed asked for, in virtual seconds per wall second (+Inf for max).");
        t.sample("set_speed", control.speed().multiplier());
        t.family("in_flight", "gauge", "Events released whose outcome has not arrived yet.");
        t.sample("in_flight", control.inFlight());
        t.family("dashboard_clients", "gauge", "WebSocket clients connected to the dashboard.");
        t.sample("dashboard_clients", clients);
        t.family("running", "gauge", "1 while the run is running, 0 otherwise.");
        t.sample("running", control.state().equals("running") ? 1 : 0);
        if (snapshot != null) {
            t.snapshot(snapshot);
        }
        return t.out.toString();
    }

    private void snapshot(MetricsSnapshot s) {
        family("effective_speed", "gauge", "Virtual seconds per wall second since the start.");
        sample("effective_speed", s.run().effectiveSpeed());
        family("transactions_per_second", "gauge", "Transactions released per wall second over the last interval.");
        sample("transactions_per_second", s.throughput().intervalTransactionsPerWallSecond());
        family("events_released_total", "counter", "Events released to the connectors, per kind.");
        labelled("events_released_total", "kind", s.counts().releasedByKind());
        family("transactions_released_total", "counter", "Transactions released, per transaction type.");
        labelled("transactions_released_total", "type", s.counts().transactionsByType());
        family("outcomes_total", "counter", "Outcomes received, per status.");
        labelled("outcomes_total", "status", s.counts().outcomesByStatus());
        family("decisions_total", "counter", "Outcomes received, per fraud detector decision.");
        labelled("decisions_total", "decision", s.counts().outcomesByDecision());
        detection(s.detection().matrix());
        family("latency_microseconds", "summary", "Latency of delivered outcomes (service or response time).");
        summary("latency_microseconds", s.latency().service(), "kind", "service");
        summary("latency_microseconds", s.latency().response(), "kind", "response");
        api(s);
    }

    private void detection(ConfusionMatrix m) {
        family("detection_precision", "gauge", "Flagged events that were fraud: TP / (TP + FP).");
        sample("detection_precision", m.precision());
        family("detection_recall", "gauge", "Fraud events that were flagged: TP / (TP + FN).");
        sample("detection_recall", m.recall());
        family("detection_false_positive_rate", "gauge", "Genuine events flagged: FP / (FP + TN).");
        sample("detection_false_positive_rate", m.falsePositiveRate());
        family("detection_f1", "gauge", "Harmonic mean of precision and recall.");
        sample("detection_f1", m.f1());
        family("detection_events_total", "counter", "Scored events per cell of the confusion matrix.");
        sample("detection_events_total", m.truePositives(), "result", "true_positive");
        sample("detection_events_total", m.falsePositives(), "result", "false_positive");
        sample("detection_events_total", m.trueNegatives(), "result", "true_negative");
        sample("detection_events_total", m.falseNegatives(), "result", "false_negative");
    }

    private void api(MetricsSnapshot s) {
        if (s.api().isEmpty()) {
            return;
        }
        family("api_requests_total", "counter", "Requests sent to the systems under test, retries included.");
        for (EndpointStats e : s.api()) {
            sample("api_requests_total", e.requests(), "system", e.system(), "endpoint", e.endpoint());
        }
        family("api_ok_total", "counter", "Requests answered with a 2xx status.");
        for (EndpointStats e : s.api()) {
            sample("api_ok_total", e.ok(), "system", e.system(), "endpoint", e.endpoint());
        }
        family("api_errors_total", "counter", "Requests that did not end in a 2xx status, per kind.");
        for (EndpointStats e : s.api()) {
            for (Map.Entry<String, Long> error : e.errors().entrySet()) {
                sample("api_errors_total", error.getValue(), "system", e.system(), "endpoint", e.endpoint(),
                        "kind", error.getKey());
            }
        }
        family("api_retries_total", "counter", "Requests that were a retry of an earlier one.");
        for (EndpointStats e : s.api()) {
            sample("api_retries_total", e.retries(), "system", e.system(), "endpoint", e.endpoint());
        }
        family("api_latency_microseconds", "summary", "Time from sending a request to its answer.");
        for (EndpointStats e : s.api()) {
            summary("api_latency_microseconds", e.latency(), "system", e.system(), "endpoint", e.endpoint());
        }
    }

    private void summary(String name, LatencyStats stats, String... labels) {
        long[] values = {stats.p50Micros(), stats.p90Micros(), stats.p99Micros(), stats.p999Micros()};
        for (int i = 0; i < QUANTILES.length; i++) {
            String[] withQuantile = java.util.Arrays.copyOf(labels, labels.length + 2);
            withQuantile[labels.length] = "quantile";
            withQuantile[labels.length + 1] = Double.toString(QUANTILES[i]);
            sample(name, values[i], withQuantile);
        }
        double sum = Double.isNaN(stats.meanMicros()) ? 0 : stats.meanMicros() * stats.count();
        sample(name + "_sum", sum, labels);
        sample(name + "_count", stats.count(), labels);
    }

    private void labelled(String name, String label, Map<String, Long> values) {
        for (Map.Entry<String, Long> e : values.entrySet()) {
            sample(name, e.getValue(), label, e.getKey());
        }
    }

    private void family(String name, String type, String help) {
        out.append("# HELP ").append(P).append(name).append(' ').append(escapeHelp(help)).append('\n');
        out.append("# TYPE ").append(P).append(name).append(' ').append(type).append('\n');
    }

    private void sample(String name, long value, String... labels) {
        head(name, labels).append(value).append('\n');
    }

    private void sample(String name, double value, String... labels) {
        head(name, labels).append(number(value)).append('\n');
    }

    private StringBuilder head(String name, String... labels) {
        out.append(P).append(name);
        if (labels.length > 0) {
            out.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(labels[i]).append("=\"").append(escapeLabel(labels[i + 1])).append('"');
            }
            out.append('}');
        }
        return out.append(' ');
    }

    /** A sample value: {@code NaN}, {@code +Inf}, {@code -Inf} or a Go-parsable float. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** Escapes a label value: backslash, double quote and line feed. */
    static String escapeLabel(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String escapeHelp(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
