package io.bankingsim.connectors.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Our customer and account ids to Nexum's, learnt from Nexum's answers. An id Nexum has not
 * given (the score_only flow, or a creation that failed) maps to itself, so Bastion still gets a
 * stable customer id. Thread-safe.
 */
final class IdMap {

    private final ConcurrentHashMap<String, String> customers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> accounts = new ConcurrentHashMap<>();
    private final java.util.Set<String> unopened = ConcurrentHashMap.newKeySet();

    void putCustomer(String ours, String nexum) {
        customers.put(ours, nexum);
    }

    void putAccount(String ours, String nexum) {
        accounts.put(ours, nexum);
    }

    /** Nexum's id of the customer, or ours when Nexum has none. */
    String customer(String ours) {
        return customers.getOrDefault(ours, ours);
    }

    /** Nexum's id of the account, or ours when Nexum has none. */
    String account(String ours) {
        return accounts.getOrDefault(ours, ours);
    }

    /** Nexum's id of the customer, or null. */
    String nexumCustomer(String ours) {
        return customers.get(ours);
    }

    /** Nexum's id of the account, or null. */
    String nexumAccount(String ours) {
        return accounts.get(ours);
    }

    /** Remembers an account of the bank whose opening in Nexum failed. */
    void markUnopened(String ours) {
        unopened.add(ours);
    }

    /** Whether this is an account of the bank that Nexum never opened (not one outside the bank). */
    boolean unopened(String ours) {
        return unopened.contains(ours);
    }

    /**
     * Writes every pair as CSV: {@code kind,simulator_id,nexum_id}, customers then accounts, each
     * sorted by our id, so a user can look the simulator's accounts up in Nexum after a run.
     */
    void writeCsv(java.nio.file.Path file) throws java.io.IOException {
        StringBuilder b = new StringBuilder("kind,simulator_id,nexum_id\n");
        new java.util.TreeMap<>(customers).forEach((ours, theirs) -> b.append("customer,").append(ours).append(',')
                .append(theirs).append('\n'));
        new java.util.TreeMap<>(accounts).forEach((ours, theirs) -> b.append("account,").append(ours).append(',')
                .append(theirs).append('\n'));
        java.nio.file.Files.writeString(file, b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
