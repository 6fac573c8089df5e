package io.bankingsim.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The architecture of DESIGN.md, guarded by tests rather than a wiki. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.bankingsim.core");
    }

    @Test
    void coreKnowsNothingOfHttpWebServersFakersOrKafka() {
        ArchRule rule = noClasses().that().resideInAPackage("io.bankingsim.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "io.helidon..",
                        "net.datafaker..", "org.apache.kafka..", "picocli..", "io.bankingsim.generators..",
                        "io.bankingsim.connectors..", "io.bankingsim.dashboard..", "io.bankingsim.cli..");
        rule.check(core);
    }

    @Test
    void modelCodeNeverReadsTheWallClock() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.bankingsim.core.event..",
                        "io.bankingsim.core.scenario..", "io.bankingsim.core.traffic..", "io.bankingsim.core.engine..",
                        "io.bankingsim.core.spi..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class);
        rule.check(core);
    }

    @Test
    void modelCodeNeverReadsTheMonotonicClockDirectly() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.bankingsim.core.event..",
                        "io.bankingsim.core.scenario..", "io.bankingsim.core.traffic..", "io.bankingsim.core.engine..")
                .should().callMethod(System.class, "nanoTime");
        rule.check(core);
    }
}
