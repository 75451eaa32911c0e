package io.deckhand.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Once the toolkit runs ({@code Application.init}), on a second thread, what the FX thread would
 * otherwise do first for the deck list and what is safe off it: Ikonli's resolver and icon font
 * (service files read from every jar, a 1 MB font loaded) and the CSS lexer's static set-up (about
 * fifty lambdas, needed for the icons' inline styles). A head start only: if the FX thread gets
 * there first it does the work itself, as before.
 */
public final class ToolkitWarmUp {
    private ToolkitWarmUp() {
    }

    public static void start() {
        Thread t = new Thread(ToolkitWarmUp::run, "deckhand-toolkit-warm-up");
        t.setDaemon(true);
        t.start();
    }

    static void run() {
        try {
            // A node that is in no scene may be made on any thread; this one resolves the icon font.
            new FontIcon(MaterialDesignP.PLUS);
            Class.forName("javafx.css.CssLexer", true, ToolkitWarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // only a head start: the FX thread does it when needed
        }
    }
}
