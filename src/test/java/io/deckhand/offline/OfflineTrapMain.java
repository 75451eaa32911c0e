package io.deckhand.offline;

import io.deckhand.app.AppServices;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.app.study.StudyCard;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.render.page.CardPage;
import io.deckhand.support.MutableClock;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketPermission;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Child-JVM program for {@link OfflineTrapTest}: installs traps on every way out to the network
 * (proxy selector, socket factories, and a security manager that refuses socket permissions, which
 * also catches NIO channels and DNS look-ups), then starts, studies, exports, imports and renders.
 * Any attempt prints a TRAPPED line and exits 3, even if the app swallowed the exception.
 */
public final class OfflineTrapMain {
    private OfflineTrapMain() {
    }

    private static void trapped(String what) {
        System.out.println("TRAPPED " + what);
        new Throwable("network attempt").printStackTrace(System.out);
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }

    @SuppressWarnings("removal")
    private static void installTraps() throws IOException {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                trapped("proxy select " + uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                trapped("proxy connectFailed " + uri);
            }
        });
        Socket.setSocketImplFactory(() -> {
            trapped("socket");
            return null;
        });
        ServerSocket.setSocketFactory(() -> {
            trapped("server socket");
            return null;
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            trapped("datagram socket");
            return null;
        });
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof SocketPermission) trapped("socket permission " + perm.getName() + " " + perm.getActions());
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
                checkPermission(perm);
            }
        });
    }

    /** Shows that each kind of attempt is caught (the test of the trap itself). */
    private static void probe(String kind) throws Exception {
        try {
            switch (kind) {
                case "url" -> new java.net.URL("http://127.0.0.1:9/").openConnection().connect();
                case "socket" -> new Socket().connect(new java.net.InetSocketAddress("127.0.0.1", 9), 200);
                case "channel" -> java.nio.channels.SocketChannel.open(new java.net.InetSocketAddress("127.0.0.1", 9));
                case "dns" -> java.net.InetAddress.getByName("example.com");
                default -> throw new IllegalArgumentException(kind);
            }
        } catch (IOException e) {
            System.out.println("failed without trap: " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        installTraps();
        if (args[0].startsWith("--probe=")) {
            probe(args[0].substring("--probe=".length()));
            System.out.println("NOT TRAPPED");
            return;
        }
        Path root = Path.of(args[0]);
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        Path exported = root.resolve("out");
        Files.createDirectories(exported);
        String deckName;
        try (AppServices app = Bootstrap.open(root.resolve("first"), clock)) {
            DeckSummary deck = app.study().deckTree().stream().filter(d -> d.counts().total() > 0)
                    .findFirst().orElseThrow(() -> new AssertionError("bundled decks have no cards due"));
            deckName = deck.name().toString();
            int studied = 0;
            for (; studied < 5; studied++) {
                Optional<StudyCard> next = app.study().next(deck.id());
                if (next.isEmpty()) break;
                app.study().answer(next.get().card().id(), studied % 2 == 0 ? Rating.GOOD : Rating.AGAIN, Duration.ofSeconds(4));
            }
            if (studied == 0) throw new AssertionError("nothing studied");
            for (ExchangeFormat f : List.of(ExchangeFormat.APKG, ExchangeFormat.CSV, ExchangeFormat.JSON, ExchangeFormat.MARKDOWN)) {
                app.exchange().exportDeck(deck.name(), f, exported.resolve("deck." + f.code()), true, ProgressListener.NONE);
            }
            String page = new CardPage().html("""
                    # Pod ![remote](http://example.com/x.png) <img src="https://example.com/y.png">

                    ```mermaid
                    graph TD
                      A[api-server] --> B[etcd]
                      click A "http://example.com"
                    ```

                    ```yaml
                    apiVersion: v1
                    kind: Pod
                    ```
                    """, true, true);
            if (!page.contains("<html")) throw new AssertionError("no page rendered");
        }
        try (AppServices app = Bootstrap.open(root.resolve("second"), clock)) {
            for (String ext : List.of("apkg", "csv", "json")) {
                app.exchange().importFile(exported.resolve("deck." + ext), ImportOptions.defaults(), ProgressListener.NONE);
            }
            app.notes().plan(List.of(exported.resolve("deck.md")), ProgressListener.NONE);
        }
        System.out.println("OFFLINE OK " + deckName);
    }
}
