package io.bankingsim.core;

import io.bankingsim.core.metrics.MetricsCsv;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.metrics.RunSummary;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the run's own files into the output folder: {@code metrics.csv} (one row per snapshot,
 * when {@code metrics.export_csv}), and at the end {@code summary.json} and {@code campaigns.csv}
 * (one row per fraud campaign: its pattern, first event, events, whether and how soon it was
 * detected). The event logs are written
 * by the {@code event-log} observer plug-in. Called on the engine thread only.
 */
final class OutputFiles implements SimulationObserver {

    private final Path dir;
    private final Scenario scenario;
    private final io.bankingsim.core.metrics.MetricsRecorder recorder;
    private MetricsCsv csv;

    OutputFiles(Path dir, Scenario scenario, io.bankingsim.core.metrics.MetricsRecorder recorder) {
        this.dir = dir;
        this.scenario = scenario;
        this.recorder = recorder;
    }

    @Override
    public void onStart(RunContext context) {
        try {
            Files.createDirectories(dir);
            if (scenario.metrics().enabled() && scenario.metrics().exportCsv()) {
                csv = MetricsCsv.open(dir.resolve("metrics.csv"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to output folder " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void onSnapshot(MetricsSnapshot snapshot) {
        if (csv == null) {
            return;
        }
        try {
            csv.write(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("metrics.csv") + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void onFinish(MetricsSnapshot last) throws IOException {
        if (csv != null) {
            csv.write(last);
            csv.close();
        }
        RunSummary.writeJson(last, scenario.name(), scenario.seed(), dir.resolve("summary.json"));
        writeCampaigns(dir.resolve("campaigns.csv"));
    }

    private void writeCampaigns(Path file) throws IOException {
        StringBuilder b = new StringBuilder("campaign_id,pattern,first_event,events,detected,detection_delay_s,"
                + "events_to_detection\n");
        for (io.bankingsim.core.metrics.CampaignResult c : recorder.campaignResults()) {
            b.append(csv(c.campaignId())).append(',').append(csv(c.pattern())).append(',').append(c.firstEvent()).append(',')
                    .append(c.events()).append(',').append(c.detected()).append(',')
                    .append(c.detected() ? String.format(java.util.Locale.ROOT, "%.3f", c.delaySeconds()) : "")
                    .append(',').append(c.detected() ? Long.toString(c.eventsToDetection()) : "").append('\n');
        }
        Files.writeString(file, b, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A plug-in's names may hold anything: RFC 4180 quoting where needed. */
    private static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
