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
 * here, so there is no initialisation order to upset ({@link #warmAfterToolkit} is the exception, for two
 * pieces that are safe off the FX thread). A stale list only loses time: a name that no
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

    /**
     * Once the toolkit runs ({@code Application.init}), on a second thread, what the FX thread would
     * otherwise do first for the deck list and what is safe off it: Ikonli's resolver and icon font
     * (service files read from every jar, a 1 MB font loaded) and the CSS parser's set-up (some fifty
     * lambdas linked, needed for the icons' inline styles). A head start only: if the FX thread gets
     * there first it does the work itself, as before.
     */
    public static void warmAfterToolkit() {
        Thread t = new Thread(ClassPreload::warm, "deckhand-toolkit-warm-up");
        t.setDaemon(true);
        t.start();
    }

    static void warm() {
        try {
            // A node that is in no scene may be made on any thread; this one resolves the icon font.
            new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PLUS);
            // What the icons' inline styles will need: a parse links the lexer's and parser's lambdas.
            new javafx.css.CssParser().parse("* { -fx-font-family: 'Material Design Icons'; -fx-font-size: 16px; }");
        } catch (RuntimeException | LinkageError e) {
            // only a head start: the FX thread does it when needed
        }
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
