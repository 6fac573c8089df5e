package io.bankingsim.connectors.stub;

import java.util.Objects;

/**
 * A {@link NexumStub} and a {@link BastionStub} started together, e.g. by {@code banking-sim stub}.
 * With {@code postOnly}, Bastion starts first and Nexum calls its {@code /score} before each
 * posting. Closing closes both. Thread-safe.
 */
public final class StubServers implements AutoCloseable {

    private final NexumStub nexum;
    private final BastionStub bastion;

    private StubServers(NexumStub nexum, BastionStub bastion) {
        this.nexum = nexum;
        this.bastion = bastion;
    }

    /**
     * Starts Bastion, then Nexum (on a fresh ledger); if Nexum cannot start, Bastion is closed again.
     *
     * @param postOnly whether Nexum calls Bastion before each posting (the options' own
     *     {@code bastionUrl} is then replaced by the started Bastion's URL)
     * @throws java.io.UncheckedIOException when a port cannot be bound; the message names it
     */
    public static StubServers start(NexumStub.Options nexum, BastionStub.Options bastion, boolean postOnly) {
        Objects.requireNonNull(nexum, "nexum");
        BastionStub b = new BastionStub(bastion).start();
        try {
            NexumStub n = new NexumStub(postOnly ? nexum.withBastionUrl(b.url()) : nexum).start();
            return new StubServers(n, b);
        } catch (RuntimeException e) {
            b.close();
            throw e;
        }
    }

    public NexumStub nexum() {
        return nexum;
    }

    public BastionStub bastion() {
        return bastion;
    }

    /** Closes Nexum, then Bastion. */
    @Override
    public void close() {
        try {
            nexum.close();
        } finally {
            bastion.close();
        }
    }
}
