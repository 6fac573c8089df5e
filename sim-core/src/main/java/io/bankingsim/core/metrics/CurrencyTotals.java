package io.bankingsim.core.metrics;

import io.bankingsim.core.event.Money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Sums of money per currency for the recorder's hot path: a linear scan over a few slots with
 * identity comparison ({@link Currency} instances are canonical), allocating only when a new
 * currency appears. Not thread-safe.
 */
final class CurrencyTotals {

    private Currency[] currencies = new Currency[2];
    private long[] minorUnits = new long[2];
    private int size;

    void add(Money money) {
        add(money.currency(), money.minorUnits());
    }

    private void add(Currency currency, long minor) {
        for (int i = 0; i < size; i++) {
            if (currencies[i] == currency) {
                minorUnits[i] += minor;
                return;
            }
        }
        if (size == currencies.length) {
            currencies = Arrays.copyOf(currencies, size * 2);
            minorUnits = Arrays.copyOf(minorUnits, size * 2);
        }
        currencies[size] = currency;
        minorUnits[size] = minor;
        size++;
    }

    /** Immutable totals sorted by currency code. */
    List<MoneyTotal> totals() {
        List<MoneyTotal> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(MoneyTotal.of(minorUnits[i], currencies[i]));
        }
        list.sort(Comparator.comparing(MoneyTotal::currency));
        return List.copyOf(list);
    }

    /** Adds every total of {@code other} to this. */
    void addAll(CurrencyTotals other) {
        for (int i = 0; i < other.size; i++) {
            add(other.currencies[i], other.minorUnits[i]);
        }
    }
}
