package io.deckhand.bootstrap;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One window per collection. The running app listens on a Unix-domain socket in the data folder (a
 * file, never a network port); a second launch on the same folder - double-clicking an {@code .apkg}, say
 * - hands its files to it over that socket and exits instead of opening a second window.
 */
public final class SingleInstance implements AutoCloseable {
    static final String SOCKET_FILE = "deckhand.sock";
    /** What one hand-off may carry: enough for thousands of paths, bounded against a confused peer. */
    static final int MAX_MESSAGE_BYTES = 1 << 20;
    private static final String HELLO = "deckhand-open";
    private static final long ANSWER_WAIT_MS = 3000;

    private final ServerSocketChannel server;
    private final Path socket;
    private final Thread acceptor;

    private SingleInstance(ServerSocketChannel server, Path socket, Consumer<List<Path>> onOpen) {
        this.server = server;
        this.socket = socket;
        this.acceptor = new Thread(() -> acceptLoop(onOpen), "deckhand-single-instance");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Gives {@code files} (maybe none: then the running window is only brought forward) to the app
     * running on {@code dataDir}; false when none runs there, so the caller opens the window itself.
     */
    public static boolean handOff(Path dataDir, List<Path> files) {
        Path socket = dataDir.resolve(SOCKET_FILE);
        if (!Files.exists(socket)) return false;
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
             Selector selector = Selector.open()) {
            StringBuilder message = new StringBuilder(HELLO).append('\n');
            for (Path f : files) message.append(f.toAbsolutePath()).append('\n');
            ByteBuffer out = ByteBuffer.wrap(message.toString().getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) ch.write(out);
            ch.shutdownOutput();
            // The running app answers once it has taken the files; a stale socket file or a hung app
            // gives no answer, and this launch must not hang too: wait at most ANSWER_WAIT_MS.
            ch.configureBlocking(false);
            ch.register(selector, SelectionKey.OP_READ);
            ByteBuffer in = ByteBuffer.allocate(8);
            long deadline = System.nanoTime() + ANSWER_WAIT_MS * 1_000_000;
            while (in.position() < 3) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0 || selector.select(left) == 0 && System.nanoTime() >= deadline) return false;
                selector.selectedKeys().clear();
                if (ch.read(in) < 0) break;
            }
            return new String(in.array(), 0, in.position(), StandardCharsets.UTF_8).startsWith("ok");
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            return false; // nobody listening (a stale file after a crash), or no Unix sockets here
        }
    }

    /**
     * Starts listening for later launches on {@code dataDir}; empty when another app already listens
     * there or the platform has no Unix-domain sockets (then each launch opens its own window, as before).
     */
    public static Optional<SingleInstance> listen(Path dataDir, Consumer<List<Path>> onOpen) {
        Path socket = dataDir.resolve(SOCKET_FILE);
        try {
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
            } catch (IOException taken) {
                if (handOff(dataDir, List.of())) {
                    server.close();
                    return Optional.empty(); // a live app owns it
                }
                Files.deleteIfExists(socket); // left by an app that was killed
                server.bind(UnixDomainSocketAddress.of(socket));
            }
            return Optional.of(new SingleInstance(server, socket, onOpen));
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private void acceptLoop(Consumer<List<Path>> onOpen) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept()) {
                Optional<List<Path>> files = read(ch);
                if (files.isEmpty()) continue;
                onOpen.accept(files.get());
                ch.write(ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                if (!server.isOpen()) return;
            } catch (RuntimeException e) {
                // a bad message from one launch must not stop the next from being heard
            }
        }
    }

    /** The paths of one hand-off, or empty when the message is not one (too long, wrong greeting). */
    static Optional<List<Path>> read(SocketChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        while (ch.read(buf) >= 0) {
            buf.flip();
            all.write(buf.array(), 0, buf.limit());
            buf.clear();
            if (all.size() > MAX_MESSAGE_BYTES) return Optional.empty();
        }
        return parse(all.toString(StandardCharsets.UTF_8));
    }

    static Optional<List<Path>> parse(String message) {
        String[] lines = message.split("\n");
        if (lines.length == 0 || !lines[0].equals(HELLO)) return Optional.empty();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            try {
                files.add(Path.of(lines[i]));
            } catch (InvalidPathException e) {
                // skip a path this OS cannot name
            }
        }
        return Optional.of(files);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // a stale file is cleaned up by the next listener
        }
    }
}
