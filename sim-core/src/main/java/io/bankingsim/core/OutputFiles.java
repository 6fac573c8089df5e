package io.bankingsim.core;

import io.bankingsim.core.metrics.MetricsCsv;
import io.bankingsim.core.metrics.MetricsRecorder;
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
    private final MetricsRecorder recorder;
    private MetricsCsv csv;

    OutputFiles(Path dir, Scenario scenario, MetricsRecorder recorder) {
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
        MetricsCsv.writeCampaigns(recorder.campaignResults(), dir.resolve("campaigns.csv"));
    }
}
