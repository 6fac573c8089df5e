package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Channel;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.event.TransactionType;
import io.bankingsim.core.spi.GenerationContext;
import io.bankingsim.generators.activity.StandardTemplates;
import io.bankingsim.generators.activity.TemplateProvider;
import io.bankingsim.generators.activity.TransactionTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static io.bankingsim.generators.Fixtures.drain;
import static io.bankingsim.generators.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateProvidersTest {

    /** A provider as a user would write it: found through META-INF/services in the test below. */
    public static final class Bakery implements TemplateProvider {
        @Override
        public String name() {
            return "bakery";
        }

        @Override
        public List<TransactionTemplate> templates() {
            return List.of(TransactionTemplate.builder("bakery", TransactionType.CARD_PURCHASE).category("coffee")
                    .uniform(2, 9).perMonth(6).hours(6, 9, 1, 0).channel(Channel.CARD_PRESENT, 1).build());
        }
    }

    /** Replaces the built-in groceries with a fixed amount. */
    public static final class CheapGroceries implements TemplateProvider {
        @Override
        public String name() {
            return "cheap";
        }

        @Override
        public List<TransactionTemplate> templates() {
            return List.of(TransactionTemplate.builder("groceries", TransactionType.CARD_PURCHASE)
                    .category("grocery").fixed(10).perMonth(8).build());
        }
    }

    @Test
    void aProviderAddsItsTemplatesAfterTheBuiltInOnes() {
        List<TransactionTemplate> templates = StandardTrafficGenerator.templates(List.of(new Bakery()));

        assertThat(templates).hasSize(StandardTemplates.all().size() + 1);
        assertThat(templates.getLast().name()).isEqualTo("bakery");
    }

    @Test
    void aTemplateWithABuiltInNameReplacesIt() {
        List<TransactionTemplate> templates = StandardTrafficGenerator.templates(List.of(new CheapGroceries()));

        assertThat(templates).hasSize(StandardTemplates.all().size());
        assertThat(templates).filteredOn(t -> t.name().equals("groceries")).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualTo(new io.bankingsim.generators.activity.AmountDistribution.Fixed(10)));
    }

    @Test
    void twoProvidersOfferingOneTemplateNameAreAnErrorNamingBoth() {
        assertThatThrownBy(() -> StandardTrafficGenerator.templates(List.of(new Bakery(), new Bakery())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'bakery'").hasMessageContaining(Bakery.class.getName() + " and "
                        + Bakery.class.getName());
    }

    @Test
    void providersAreFoundThroughServiceFilesOnTheClassPath(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(TemplateProvider.class.getName()), Bakery.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(StandardTrafficGenerator.templates(loader)).extracting(TransactionTemplate::name)
                    .contains("bakery", "groceries");
        }
    }

    @Test
    void aCustomTemplateDrivesTheTrafficItDescribes() {
        var generator = new StandardTrafficGenerator();
        var world = generator.generate(new GenerationContext(scenario(300, 3), 1.0), new Bakery().templates());
        List<Transaction> txs = drain(world.sources().get(1)).stream().filter(Transaction.class::isInstance)
                .map(Transaction.class::cast).toList();

        assertThat(txs).hasSizeGreaterThan(1_000).allSatisfy(t -> {
            assertThat(t.type()).isEqualTo(TransactionType.CARD_PURCHASE);
            assertThat(t.channel()).isEqualTo(Channel.CARD_PRESENT);
            assertThat(t.merchant().mcc()).isEqualTo("5814");
            assertThat(t.amount().amount().doubleValue()).isBetween(2.0, 9.0);
            assertThat(t.card()).isNotNull();
        });
    }

    @Test
    void hourPreferencesShapeTheMixOfTemplatesAtEachHour() {
        TransactionTemplate flat = TransactionTemplate.builder("cash", TransactionType.ATM_WITHDRAWAL).category("atm")
                .logNormal(80, 0.3).roundTo(20).perMonth(6).build();
        List<TransactionTemplate> templates = List.of(new Bakery().templates().getFirst(), flat);
        var world = new StandardTrafficGenerator().generate(new GenerationContext(scenario(300, 3), 1.0), templates);
        List<Transaction> txs = drain(world.sources().get(1)).stream().filter(Transaction.class::isInstance)
                .map(Transaction.class::cast).toList();

        assertThat(txs).filteredOn(t -> t.type() == TransactionType.CARD_PURCHASE).isNotEmpty()
                .allSatisfy(t -> assertThat(t.time().atOffset(ZoneOffset.UTC).getHour()).isBetween(6, 9));
        long morning = txs.stream().filter(t -> t.time().atOffset(ZoneOffset.UTC).getHour() >= 6
                && t.time().atOffset(ZoneOffset.UTC).getHour() <= 9).count();
        long bakery = txs.stream().filter(t -> t.type() == TransactionType.CARD_PURCHASE).count();
        // in the morning the bakery has weight 6 x 24/4 = 36 against the ATM's 6: six in seven
        assertThat((double) bakery / morning).isBetween(0.8, 0.91);
    }
}
