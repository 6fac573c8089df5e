package io.bankingsim.connectors.stub;

/**
 * A Nexum stub on an ephemeral port with a client logged in to it, for tests. Close it after.
 */
final class RunningNexum implements AutoCloseable {

    final NexumStub stub;
    final StubClient client;
    final NexumClient bank;

    private RunningNexum(NexumStub stub) {
        this.stub = stub;
        this.client = new StubClient(stub.url());
        this.bank = new NexumClient(client);
        if (stub.options().auth()) {
            StubClient.Answer login = client.login(stub.options().username(), stub.options().password());
            if (login.status() != 200) {
                throw new AssertionError("login failed: " + login);
            }
        }
    }

    /** A stub with these options on port 0 and a fresh ledger. */
    static RunningNexum start(NexumStub.Options.Builder options) {
        return new RunningNexum(new NexumStub(options.port(0).build()).start());
    }

    /** A stub with these options on an existing ledger. */
    static RunningNexum start(NexumStub.Options options, NexumLedger ledger) {
        return new RunningNexum(new NexumStub(options, ledger).start());
    }

    NexumLedger ledger() {
        return stub.ledger();
    }

    @Override
    public void close() {
        client.close();
        stub.close();
    }
}
