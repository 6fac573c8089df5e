package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both stubs together, and what happens when a port is taken. */
class StubServersIT {

    @Test
    void bothServeAndCloseTogether() {
        StubServers stubs = StubServers.start(NexumStub.Options.builder().port(0).build(),
                BastionStub.Options.builder().port(0).build(), false);
        try (StubClient nexum = new StubClient(stubs.nexum().url());
             StubClient bastion = new StubClient(stubs.bastion().url())) {
            assertThat(nexum.get("/health").status()).isEqualTo(200);
            assertThat(bastion.get("/health").status()).isEqualTo(200);
            assertThat(stubs.nexum().options().bastionUrl()).isNull();
        } finally {
            stubs.close();
        }
        assertThatThrownBy(() -> new StubClient(stubs.nexum().url()).get("/health"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void portInUseIsAnErrorNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> StubServers.start(NexumStub.Options.builder().port(port).build(),
                    BastionStub.Options.builder().port(0).build(), true))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("Nexum")
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    @Test
    void optionsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> NexumStub.Options.builder().errorRate(0.7).timeoutRate(0.4).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("errorRate + timeoutRate");
        assertThatThrownBy(() -> BastionStub.Options.builder().port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65535");
    }
}
