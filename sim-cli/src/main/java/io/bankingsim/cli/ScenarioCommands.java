package io.bankingsim.cli;

import io.bankingsim.core.scenario.Fraud;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.scenario.ScenarioCatalog;
import io.bankingsim.core.scenario.ScenarioException;
import io.bankingsim.core.scenario.ScenarioLoader;
import io.bankingsim.core.spi.FraudPattern;
import io.bankingsim.core.spi.PluginException;
import io.bankingsim.core.spi.PluginRegistry;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --list-scenarios} and {@code --validate-scenario}: scenario files without a run. The
 * loader accepts the built-in fraud pattern types and those of the plug-ins on the class path,
 * exactly as a run would. Stateless.
 */
final class ScenarioCommands {

    private static final System.Logger LOG = System.getLogger(ScenarioCommands.class.getName());

    private ScenarioCommands() {
    }

    /**
     * Prints a table of the built-in scenarios: the name to pass to {@code --scenario}, the
     * scenario's own name, its description. Each is loaded, so a broken built-in shows here.
     *
     * @return {@link BankingSim#OK}, or {@link BankingSim#RUN_FAILED} when a built-in does not load
     */
    static int list(PrintStream out, PrintStream err) {
        ScenarioLoader loader;
        try {
            loader = loader();
        } catch (PluginException e) {
            err.println("banking-sim: " + e.getMessage());
            return BankingSim.USAGE;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SCENARIO", "NAME", "DESCRIPTION"});
        int code = BankingSim.OK;
        for (String builtIn : ScenarioCatalog.builtInNames()) {
            try {
                Scenario scenario = ScenarioCatalog.resolve(builtIn, loader);
                rows.add(new String[] {builtIn, scenario.name(), oneLine(scenario.description())});
            } catch (ScenarioException e) {
                rows.add(new String[] {builtIn, "(invalid)", e.problems().get(0).toString()});
                LOG.log(System.Logger.Level.ERROR, e.getMessage());
                code = BankingSim.RUN_FAILED;
            }
        }
        int nameWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int titleWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] row : rows) {
            out.println((pad(row[0], nameWidth) + "  " + pad(row[1], titleWidth) + "  " + row[2]).stripTrailing());
        }
        out.flush();
        return code;
    }

    /**
     * Checks a scenario file (or a built-in scenario by name): prints {@code OK: <file> (<name>)}, or every problem, one per line,
     * as {@code file:line:column: path: message}.
     *
     * @return {@link BankingSim#OK} when valid, {@link BankingSim#USAGE} when not
     */
    static int validate(Path file, PrintStream out, PrintStream err) {
        try {
            boolean builtIn = !java.nio.file.Files.exists(file)
                    && ScenarioCatalog.builtInNames().contains(file.toString().replaceFirst("\\.yaml$", ""));
            Scenario scenario = builtIn ? ScenarioCatalog.resolve(file.toString(), loader()) : loader().load(file);
            out.println("OK: " + file + " (" + scenario.name() + ")");
            out.flush();
            return BankingSim.OK;
        } catch (ScenarioException e) {
            err.println("banking-sim: " + e.getMessage());
            err.flush();
            return BankingSim.USAGE;
        } catch (PluginException e) {
            err.println("banking-sim: " + e.getMessage());
            err.flush();
            return BankingSim.USAGE;
        }
    }

    private static ScenarioLoader loader() {
        Set<String> types = new LinkedHashSet<>(Fraud.BUILT_IN_PATTERNS);
        types.addAll(PluginRegistry.load(FraudPattern.class, FraudPattern::type).names());
        return new ScenarioLoader(types);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
