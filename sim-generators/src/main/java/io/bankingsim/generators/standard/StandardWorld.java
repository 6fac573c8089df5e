package io.bankingsim.generators.standard;

import io.bankingsim.core.event.Device;
import io.bankingsim.core.event.Geo;
import io.bankingsim.core.event.Merchant;
import io.bankingsim.core.spi.World;
import io.bankingsim.generators.internal.Identities;
import io.bankingsim.generators.internal.MerchantCatalogue;
import io.bankingsim.generators.internal.Places;

import java.util.SplittableRandom;

/**
 * The standard population as fraud patterns see it. Customers are re-derived from the
 * {@link Population} on each call; merchants come from the {@link MerchantCatalogue}, foreign
 * places from {@link Places}. Not thread-safe beyond what {@link World} requires.
 */
final class StandardWorld implements World {

    private final Population population;

    StandardWorld(Population population) {
        this.population = population;
    }

    @Override
    public int customerCount() {
        return population.count();
    }

    @Override
    public Customer customer(int index) {
        if (index < 0 || index >= population.count()) {
            throw new IndexOutOfBoundsException("customer " + index + " of " + population.count());
        }
        return population.customer(index);
    }

    @Override
    public Merchant merchant(SplittableRandom random) {
        return MerchantCatalogue.any(random);
    }

    @Override
    public Merchant merchant(String mcc, SplittableRandom random) {
        return MerchantCatalogue.ofMcc(mcc, random);
    }

    @Override
    public Geo foreignPlace(Geo home, SplittableRandom random) {
        return Places.foreign(home, random);
    }

    @Override
    public Device newDevice(Geo where, SplittableRandom random) {
        return Identities.device(random, where);
    }
}
