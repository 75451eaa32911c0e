package io.deckhand.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the mouse first comes over their node. Each {@link Tooltip} builds a popup
 * window with its own scene up front, and the deck list alone has dozens: making them all
 * before the first frame cost about a tenth of start-up.
 */
public final class Tooltips {
    private Tooltips() {
    }

    /** As {@code control.setTooltip(new Tooltip(text))}; the text is also the control's accessible help. */
    public static void set(Control control, String text) {
        control.setAccessibleHelp(text);
        onFirstHover(control, () -> {
            if (control.getTooltip() == null) control.setTooltip(new Tooltip(text));
        });
    }

    /** As {@code Tooltip.install(node, new Tooltip(text))}, for nodes that are not controls. */
    public static void install(Node node, String text) {
        onFirstHover(node, () -> Tooltip.install(node, new Tooltip(text)));
    }

    // The tooltip's own handlers then see the mouse moves that follow, so it shows after the usual delay.
    private static void onFirstHover(Node node, Runnable make) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                make.run();
            }
        });
    }
}
