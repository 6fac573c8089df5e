package io.bankingsim.generators.internal;

/**
 * How a customer meets a {@link MerchantChain}, which decides where its payments happen:
 * {@link #STORE} and {@link #ATM} chains have a branch in every city of their country, the others
 * are paid at (or remotely through) their registered seat.
 */
public enum MerchantKind {
    /** A shop, restaurant or filling station with a branch in every city; paid in person. */
    STORE,
    /** An online shop or app, paid remotely. */
    ONLINE,
    /** A recurring bill: telephone, utility, insurance premium. */
    BILLER,
    /** A cash machine operator with machines in every city. */
    ATM,
    /** An airline, railway or hotel chain, usually booked ahead. */
    TRAVEL
}
