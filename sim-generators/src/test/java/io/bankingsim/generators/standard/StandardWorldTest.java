package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.spi.World;
import io.bankingsim.core.traffic.RandomStreams;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static io.bankingsim.generators.Fixtures.generate;
import static io.bankingsim.generators.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardWorldTest {

    private final World world = generate(scenario(100, 2)).world();
    private final SplittableRandom random = RandomStreams.of(1, "test", 0);

    @Test
    void customersHaveIdsAccountsAHomeInTheUsAndAUsualDevice() {
        World.Customer c = world.customer(42);

        assertThat(world.customerCount()).isEqualTo(100);
        assertThat(c.customerId()).matches("C\\d{8}");
        assertThat(c.accountIds()).hasSize(2).allSatisfy(a -> assertThat(a).matches("A\\d{9}"));
        assertThat(c.cards()).containsKey(c.accountIds().getFirst());
        assertThat(c.home().country()).isEqualTo("US");
        assertThat(c.device().geo()).isEqualTo(c.home());
        assertThat(c.device().fingerprint()).matches("[0-9a-f]{32}");
        assertThatThrownBy(() -> world.customer(100)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void newCustomersAreNotInTheBankAndHaveAnIdentityAndAnAccountNumber() {
        World.Customer outsider = world.newCustomer(3);

        assertThat(outsider).isEqualTo(world.newCustomer(3));
        assertThat(IntStream.range(0, 100).mapToObj(k -> world.customer(k).customerId()))
                .doesNotContain(outsider.customerId());
        assertThat(world.identity(outsider).address().city()).isEqualTo(outsider.home().city());
        assertThat(world.accountNumber(outsider, outsider.accountIds().getFirst())).matches("\\d{10}");
        assertThat(world.newCustomer(4).customerId()).isNotEqualTo(outsider.customerId());
    }

    @Test
    void foreignPlacesAreInAnotherCountry() {
        Geo home = world.customer(0).home();
        Geo london = world.foreignPlace(home, random);

        assertThat(IntStream.range(0, 200).mapToObj(i -> world.foreignPlace(home, random)))
                .allSatisfy(g -> assertThat(g.country()).isNotEqualTo("US"));
        assertThat(IntStream.range(0, 200).mapToObj(i -> world.foreignPlace(london, random)))
                .allSatisfy(g -> assertThat(g.country()).isNotEqualTo(london.country()));
    }

    @Test
    void newDevicesAreFreshAndLocatedWhereAsked() {
        Geo where = world.foreignPlace(world.customer(0).home(), random);
        Device a = world.newDevice(where, random);
        Device b = world.newDevice(where, random);

        assertThat(a.geo()).isEqualTo(where);
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
        assertThat(IntStream.range(0, 100).mapToObj(k -> world.customer(k).device().fingerprint()))
                .doesNotContain(a.fingerprint(), b.fingerprint());
    }

    @Test
    void merchantsOfACategoryHaveThatCategory() {
        assertThat(IntStream.range(0, 50).mapToObj(i -> world.merchant("5732", random)))
                .allSatisfy(m -> assertThat(m.mcc()).isEqualTo("5732"));
        assertThat(world.merchant("0001", random)).isNotNull();
        assertThat(world.merchant(random).id()).matches("M\\d{7}");
        Geo paris = new Geo("Paris", "FR", 48.8566, 2.3522);
        assertThat(world.merchantAt("5814", paris, random).location().country()).isEqualTo("FR");
    }
}
