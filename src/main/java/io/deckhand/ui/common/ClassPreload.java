package io.deckhand.ui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second thread while the toolkit starts, the classes the first frame will need (a list
 * recorded from a real start, {@value #LIST}), so the FX thread finds them loaded instead of reading
 * and defining them from the jars itself. Classes are loaded, not initialised: no static code runs
 * here, so there is no initialisation order to upset. A stale list only loses time: a name that no
 * longer exists is skipped, a class missing from it is loaded when needed as before.
 */
public final class ClassPreload {
    static final String LIST = "first-frame-classes.txt";

    private ClassPreload() {
    }

    public static void start() {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        Thread t = new Thread(() -> loadAll(loader), "deckhand-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Loads each class named in the list; returns how many were found. */
    static int loadAll(ClassLoader loader) {
        int loaded = 0;
        try (InputStream in = ClassPreload.class.getResourceAsStream(LIST)) {
            if (in == null) return 0;
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (name.isBlank() || name.startsWith("#")) continue;
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // renamed or gone since the list was recorded: it loads (or not) when needed
                }
            }
        } catch (IOException e) {
            // the list is a hint only
        }
        return loaded;
    }
}
