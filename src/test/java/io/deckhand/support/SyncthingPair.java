package io.deckhand.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Two real Syncthing instances that share one folder each way, for tests against the real engine.
 * Each has its own {@code --home}; the GUI/REST and the sync protocol listen on 127.0.0.1 ports
 * picked free; discovery, relays, NAT, usage and crash reporting and upgrades are off, so nothing
 * leaves the loopback interface. The devices know each other by id and static address.
 */
public final class SyncthingPair implements AutoCloseable {
    /** The id of the one folder both instances share. */
    public static final String FOLDER_ID = "deckhand";
    /** Why a real-engine test is skipped when {@link #binary()} finds nothing. */
    public static final String MISSING = "no syncthing binary (apt-get install syncthing, or -Dsyncthing.binary=PATH): "
            + "real-engine test skipped";
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Z2-7]{7}(?:-[A-Z2-7]{7}){7}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Instance a;
    private final Instance b;
    /** Kills both if the test JVM ends without closing the pair (Ctrl+C, a timeout): no orphan keeps its ports. */
    private final Thread killOnExit;

    private SyncthingPair(Instance a, Instance b) {
        this.a = a;
        this.b = b;
        this.killOnExit = new Thread(() -> {
            a.kill();
            b.kill();
        }, "syncthing-pair-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** The syncthing binary: {@code -Dsyncthing.binary}, else {@code syncthing} on the PATH. */
    public static Optional<Path> binary() {
        String configured = System.getProperty("syncthing.binary");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, "syncthing");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * Starts two instances, configs under {@code work}, sharing {@code folderA} (first instance) with
     * {@code folderB} (second), and waits until they are connected to each other.
     */
    public static SyncthingPair start(Path binary, Path work, Path folderA, Path folderB, Duration timeout)
            throws IOException, InterruptedException {
        int[] ports = freePorts(4);
        Instance a = Instance.generate(binary, work.resolve("syncthing-a"), "deckhand-a", folderA, ports[0], ports[1]);
        Instance b = Instance.generate(binary, work.resolve("syncthing-b"), "deckhand-b", folderB, ports[2], ports[3]);
        a.configure(b);
        b.configure(a);
        SyncthingPair pair = new SyncthingPair(a, b);
        try {
            a.start(binary);
            b.start(binary);
            long deadline = System.nanoTime() + timeout.toNanos();
            a.awaitRest(deadline);
            b.awaitRest(deadline);
            pair.awaitConnected(deadline);
            return pair;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            pair.close();
            throw e;
        }
    }

    public Instance a() {
        return a;
    }

    public Instance b() {
        return b;
    }

    private void awaitConnected(long deadline) throws IOException, InterruptedException {
        while (!(a.connectedTo(b) && b.connectedTo(a))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the two Syncthing instances did not connect to each other\n"
                        + a.logTail() + "\n" + b.logTail());
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /**
     * Rescans both folders now (not waiting for the file watcher), then waits until both are idle,
     * need nothing and know the other has everything, twice in a row with the same global state.
     */
    public void awaitInSync(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        a.scan();
        b.scan();
        String previous = null;
        while (true) {
            String state = a.syncState(b) + " | " + b.syncState(a);
            boolean done = a.inSyncWith(b) && b.inSyncWith(a);
            if (done && state.equals(previous)) return;
            previous = done ? state : null;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the folders did not converge within " + timeout + ": " + state);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    /** Shuts both down through the REST API, then kills what is still running. */
    @Override
    public void close() {
        a.stop();
        b.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) s.close();
        }
    }

    /** One Syncthing instance: its home, folder, ports, API key and process. */
    public static final class Instance {
        private final Path home;
        private final String name;
        private final Path folder;
        private final int guiPort;
        private final int listenPort;
        private final String deviceId;
        private final String apiKey;
        private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(2)).build();
        private Process process;

        private Instance(Path home, String name, Path folder, int guiPort, int listenPort, String deviceId) {
            this.home = home;
            this.name = name;
            this.folder = folder;
            this.guiPort = guiPort;
            this.listenPort = listenPort;
            this.deviceId = deviceId;
            byte[] key = new byte[16];
            new SecureRandom().nextBytes(key);
            this.apiKey = HexFormat.of().formatHex(key);
        }

        static Instance generate(Path binary, Path home, String name, Path folder, int guiPort, int listenPort)
                throws IOException, InterruptedException {
            Files.createDirectories(home);
            Files.createDirectories(folder);
            Path out = home.resolve("generate.log");
            Process p = new ProcessBuilder(binary.toString(), "generate", "--home=" + home, "--no-default-folder",
                    "--skip-port-probing").redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("syncthing generate did not finish");
            }
            String log = Files.readString(out);
            Matcher m = DEVICE_ID.matcher(log);
            if (p.exitValue() != 0 || !m.find()) throw new AssertionError("syncthing generate failed: " + log);
            return new Instance(home, name, folder, guiPort, listenPort, m.group());
        }

        public String deviceId() {
            return deviceId;
        }

        public Path folder() {
            return folder;
        }

        /** Rewrites the generated config: loopback only, nothing announced or reported, the peer and the folder. */
        void configure(Instance peer) throws IOException {
            Path file = home.resolve("config.xml");
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document doc = f.newDocumentBuilder().parse(file.toFile());
                Element root = doc.getDocumentElement();
                Element self = child(root, "device");
                self.setAttribute("name", name);

                Element gui = child(root, "gui");
                gui.setAttribute("tls", "false");
                text(gui, "address", "127.0.0.1:" + guiPort);
                text(gui, "apikey", apiKey);

                Element options = child(root, "options");
                text(options, "listenAddress", "tcp://127.0.0.1:" + listenPort);
                text(options, "globalAnnounceEnabled", "false");
                text(options, "localAnnounceEnabled", "false");
                text(options, "relaysEnabled", "false");
                text(options, "natEnabled", "false");
                text(options, "urAccepted", "-1");
                text(options, "startBrowser", "false");
                text(options, "autoUpgradeIntervalH", "0");
                text(options, "crashReportingEnabled", "false");
                text(options, "restartOnWakeup", "false");
                text(options, "reconnectionIntervalS", "2");

                Element defaults = child(root, "defaults");
                Element peerDevice = (Element) child(defaults, "device").cloneNode(true);
                peerDevice.setAttribute("id", peer.deviceId);
                peerDevice.setAttribute("name", peer.name);
                text(peerDevice, "address", "tcp://127.0.0.1:" + peer.listenPort);
                root.insertBefore(peerDevice, gui);

                // The defaults' folder carries every setting Syncthing would give a folder made in its GUI.
                Element shared = (Element) child(defaults, "folder").cloneNode(true);
                shared.setAttribute("id", FOLDER_ID);
                shared.setAttribute("label", "Deckhand");
                shared.setAttribute("path", folder.toAbsolutePath().toString());
                shared.setAttribute("fsWatcherDelayS", "1");
                Element selfInFolder = child(shared, "device");
                selfInFolder.setAttribute("id", deviceId);
                Element peerInFolder = (Element) selfInFolder.cloneNode(true);
                peerInFolder.setAttribute("id", peer.deviceId);
                shared.insertBefore(peerInFolder, selfInFolder.getNextSibling());
                root.insertBefore(shared, root.getFirstChild());

                var t = TransformerFactory.newInstance().newTransformer();
                t.setOutputProperty(OutputKeys.INDENT, "yes");
                t.transform(new DOMSource(doc), new StreamResult(file.toFile()));
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("could not rewrite " + file + ": " + e, e);
            }
            // Syncthing refuses a folder whose marker is missing (it takes it for an unmounted disk).
            Files.createDirectories(folder.resolve(".stfolder"));
        }

        void start(Path binary) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(binary.toString(), "serve", "--home=" + home, "--no-browser",
                    "--no-restart", "--no-upgrade", "--no-default-folder")
                    .redirectErrorStream(true).redirectOutput(home.resolve("syncthing.log").toFile());
            pb.environment().put("STNOUPGRADE", "1");
            pb.environment().put("STNORESTART", "1");
            // Its REST API is on loopback; a proxy from the environment must not be used for it.
            for (String proxy : List.of("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")) {
                pb.environment().remove(proxy);
            }
            process = pb.start();
        }

        void awaitRest(long deadline) throws IOException, InterruptedException {
            while (true) {
                if (!process.isAlive()) throw new AssertionError(name + " exited at start\n" + logTail());
                try {
                    if ("pong".equals(get("/rest/system/ping").path("ping").asText())) return;
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) throw new AssertionError(name + "'s REST API did not answer\n" + logTail());
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }

        boolean connectedTo(Instance peer) throws IOException, InterruptedException {
            return get("/rest/system/connections").path("connections").path(peer.deviceId).path("connected").asBoolean();
        }

        /** Asks for a scan of the shared folder; Syncthing answers when the scan is done. */
        public void scan() throws IOException, InterruptedException {
            send(HttpRequest.newBuilder(uri("/rest/db/scan?folder=" + FOLDER_ID)).POST(HttpRequest.BodyPublishers.noBody()));
        }

        /** {@code /rest/db/status} of the shared folder. */
        public JsonNode folderStatus() throws IOException, InterruptedException {
            return get("/rest/db/status?folder=" + FOLDER_ID);
        }

        boolean inSyncWith(Instance peer) throws IOException, InterruptedException {
            JsonNode status = folderStatus();
            return "idle".equals(status.path("state").asText()) && status.path("needTotalItems").asLong(-1) == 0
                    && peerCompletion(peer) >= 100.0;
        }

        String syncState(Instance peer) throws IOException, InterruptedException {
            JsonNode s = folderStatus();
            return name + ": " + s.path("state").asText() + ", need " + s.path("needTotalItems").asLong()
                    + ", global " + s.path("globalFiles").asLong() + " files " + s.path("globalBytes").asLong()
                    + " bytes, peer " + peerCompletion(peer) + " %";
        }

        private double peerCompletion(Instance peer) throws IOException, InterruptedException {
            return get("/rest/db/completion?folder=" + FOLDER_ID + "&device=" + peer.deviceId).path("completion").asDouble();
        }

        private JsonNode get(String path) throws IOException, InterruptedException {
            return JSON.readTree(send(HttpRequest.newBuilder(uri(path)).GET()));
        }

        private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(request.header("X-API-Key", apiKey).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) throw new IOException(name + " " + r.uri() + ": HTTP " + r.statusCode() + " " + r.body());
            return r.body();
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + guiPort + path);
        }

        void stop() {
            if (process == null) return;
            try {
                if (process.isAlive()) {
                    try {
                        send(HttpRequest.newBuilder(uri("/rest/system/shutdown")).POST(HttpRequest.BodyPublishers.noBody()));
                    } catch (IOException ignored) {
                        // it is killed below
                    }
                    if (!process.waitFor(15, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        process.waitFor(15, TimeUnit.SECONDS);
                    }
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        void kill() {
            if (process != null) process.destroyForcibly();
        }

        /** The last lines Syncthing logged, for failure messages. */
        public String logTail() {
            try {
                List<String> lines = Files.readAllLines(home.resolve("syncthing.log"), StandardCharsets.UTF_8);
                return "--- " + name + " log ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "--- " + name + ": no log (" + e.getMessage() + ")";
            }
        }

        private static Element child(Element parent, String tag) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(tag)) return e;
            }
            throw new IllegalStateException("no <" + tag + "> in <" + parent.getTagName() + ">");
        }

        private static void text(Element parent, String tag, String value) {
            NodeList list = parent.getElementsByTagName(tag);
            Element e;
            if (list.getLength() > 0 && list.item(0).getParentNode() == parent) {
                e = (Element) list.item(0);
            } else {
                e = parent.getOwnerDocument().createElement(tag);
                parent.appendChild(e);
            }
            e.setTextContent(value);
        }
    }
}
