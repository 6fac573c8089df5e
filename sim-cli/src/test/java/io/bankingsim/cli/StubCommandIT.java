package io.bankingsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code banking-sim stub} serves both stubs until stopped, and says clearly when a port is taken. */
class StubCommandIT {

    private static final Pattern EXPORT_NEXUM = Pattern.compile("export NEXUM_URL=(\\S+)");
    private static final Pattern EXPORT_BASTION = Pattern.compile("export BASTION_URL=(\\S+)");

    @TempDir
    Path dir;

    @Test
    void servesUntilInterruptedAndPrintsWhatToExport() throws Exception {
        WatchedOutput out = new WatchedOutput();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment env = new CliEnvironment(Map.of("NEXUM_USERNAME", "teller", "NEXUM_PASSWORD", "pa ss"), dir,
                false);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread serving = Thread.ofPlatform().name("stub-command").start(() -> exit.complete(BankingSim.execute(
                new String[] {"stub", "--nexum-port", "0", "--bastion-port", "0", "--post-only"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env)));

        String banner = out.await("Serving until Ctrl-C.", Duration.ofSeconds(20));
        URI nexum = url(EXPORT_NEXUM, banner);
        URI bastion = url(EXPORT_BASTION, banner);
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertThat(get(http, nexum.resolve("/health")).statusCode()).isEqualTo(200);
            assertThat(get(http, bastion.resolve("/health")).statusCode()).isEqualTo(200);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(nexum.resolve("/rbac/auth/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"teller\",\"password\":\"pa ss\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
        }
        assertThat(banner).contains("export NEXUM_USERNAME=teller NEXUM_PASSWORD='pa ss'",
                "Nexum calls Bastion before posting");

        serving.interrupt();

        assertThat(exit.get(20, TimeUnit.SECONDS)).as(() -> err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString()).contains("Stubs stopped.");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("INFO", "Helidon");
        try (ServerSocket again = new ServerSocket(nexum.getPort(), 50, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(nexum.getPort());
        }
    }

    @Test
    void portInUseExitsWithOneNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            Cli.Result r = Cli.in(dir).run("stub", "--bastion-port", Integer.toString(port), "--nexum-port", "0");

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("Bastion stub cannot listen on 127.0.0.1:" + port, "in use");
        }
    }

    private static URI url(Pattern export, String banner) {
        Matcher m = export.matcher(banner);
        assertThat(m.find()).as(banner).isTrue();
        return URI.create(m.group(1));
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
