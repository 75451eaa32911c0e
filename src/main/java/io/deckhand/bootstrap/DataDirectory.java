package io.deckhand.bootstrap;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the user's collection lives: --data-dir, then DECKHAND_HOME, then the OS convention. */
public final class DataDirectory {
    public static final String ENV_VAR = "DECKHAND_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, Path home) {
        if (option != null) return option.toAbsolutePath();
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv).toAbsolutePath();
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Deckhand");
        }
        if (os.contains("mac")) return home.resolve("Library").resolve("Application Support").resolve("Deckhand");
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("deckhand");
    }

    /** Where Deckhand keeps files it can make again (the SQLite driver's native library): the OS's per-user cache folder. */
    public static Path resolveCache(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Deckhand").resolve("cache");
        }
        if (os.contains("mac")) return home.resolve("Library").resolve("Caches").resolve("Deckhand");
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("deckhand");
    }

    public static Path defaultCache() {
        return resolveCache(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public static Path resolveDefault(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }
}
