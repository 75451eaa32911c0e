package io.deckhand.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up, study, export, import and the card page with every network path trapped. Runs in a child
 * JVM because the socket factories and the security manager can be set only once per JVM.
 */
class OfflineTrapTest {
    @TempDir
    Path dir;

    @Test
    void noConnectionIsAttempted() throws Exception {
        Child c = run(dir.toString());
        assertTrue(!c.output.contains("TRAPPED"), c.output);
        assertEquals(0, c.code, c.output);
        assertTrue(c.output.contains("OFFLINE OK"), c.output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"url", "socket", "channel", "dns"})
    void theTrapCatchesEachWayOut(String kind) throws Exception {
        Child c = run("--probe=" + kind);
        assertEquals(3, c.code, c.output);
        assertTrue(c.output.contains("TRAPPED"), c.output);
    }

    private record Child(int code, String output) {
    }

    private Child run(String arg) throws Exception {
        Path log = Files.createTempFile(dir, "child", ".log");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), OfflineTrapMain.class.getName(), arg);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        String output = Files.readString(log);
        assertTrue(done, "child did not finish: " + output);
        return new Child(p.exitValue(), output);
    }
}
