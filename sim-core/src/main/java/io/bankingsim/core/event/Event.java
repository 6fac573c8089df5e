package io.bankingsim.core.event;

import java.time.Instant;

/**
 * Something that happens in the simulated bank at a virtual instant. Every event carries its
 * ground truth. Implementations are immutable records; the set is closed so that connectors,
 * sinks and metrics can handle every kind exhaustively.
 */
public sealed interface Event permits CustomerOnboarded, AccountOpened, CreditLimitChange, Login, ProfileChange,
        Transaction {

    /** Unique id of this event within a run; deterministic for a scenario and seed. */
    String id();

    /** The virtual instant at which the event happens. */
    Instant time();

    /** The simulator's id of the customer concerned. */
    String customerId();

    /** What the event really is. */
    GroundTruth truth();

    /** The kind of event as written in event logs, e.g. {@code transaction}. */
    String kind();
}
