package io.deckhand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Without GTK 3 or a display the one line says what to install or set, not a toolkit stack trace. */
class LauncherWindowFailureTest {
    private static final Throwable TOOLKIT = new UnsatisfiedLinkError("libglassgtk3.so: libgtk-3.so.0: cannot open shared object file");

    @Test
    void linuxWithoutGtk3SaysWhatToInstall() {
        String line = Launcher.windowFailure(TOOLKIT, "Linux", ":0", null, p -> false);
        assertTrue(line.contains("sudo apt-get install libgtk-3-0"), line);
        assertTrue(line.contains("deckhand --help"), line);
    }

    @Test
    void linuxWithGtk3ButNoDisplaySaysSo() {
        String line = Launcher.windowFailure(new UnsupportedOperationException("Unable to open DISPLAY"), "Linux", null, "",
                p -> p.equals(Path.of("/usr/lib64", "libgtk-3.so.0")));
        assertTrue(line.contains("no display") && !line.contains("apt-get"), line);
    }

    @Test
    void otherFailuresKeepTheirCause() {
        String line = Launcher.windowFailure(new IllegalStateException("boom"), "Windows 11", null, null, p -> false);
        assertTrue(line.contains("boom") && !line.contains("apt-get"), line);
    }
}
