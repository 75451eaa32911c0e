package io.deckhand.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Asks the desktop whether it prefers a dark theme (JavaFX 21 has no API for it). Started early
 * and read later, so the small helper process runs while the toolkit starts.
 */
public final class OsThemeProbe {
    private final Process process;
    private final boolean envSaysDark;

    private OsThemeProbe(Process process, boolean envSaysDark) {
        this.process = process;
        this.envSaysDark = envSaysDark;
    }

    public static OsThemeProbe start(String osName, Map<String, String> env) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        boolean envDark = gtk.contains("dark");
        List<String> cmd = command(osName.toLowerCase(Locale.ROOT));
        Process p = null;
        if (!envDark && cmd != null) {
            try {
                p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            } catch (IOException | RuntimeException e) {
                p = null; // no such tool on this desktop: fall back to light
            }
        }
        return new OsThemeProbe(p, envDark);
    }

    private static List<String> command(String os) {
        if (os.contains("win")) {
            return List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme");
        }
        if (os.contains("mac")) return List.of("defaults", "read", "-g", "AppleInterfaceStyle");
        if (os.contains("linux") || os.contains("bsd")) {
            return List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        }
        return null;
    }

    /** Whether the OS prefers dark; waits at most {@code timeoutMs} for the helper. */
    public boolean prefersDark(long timeoutMs) {
        if (envSaysDark) return true;
        if (process == null) return false;
        try {
            if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                process.destroy();
                return false;
            }
            try (InputStream in = process.getInputStream()) {
                return interpret(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads the answer of any of the three helpers. */
    static boolean interpret(String output) {
        String o = output.toLowerCase(Locale.ROOT);
        if (o.contains("appsuselighttheme")) return o.matches("(?s).*0x0\\b.*");
        return o.contains("dark");
    }
}
