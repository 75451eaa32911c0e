package io.deckhand.ui.shell;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * What the main window's content area shows. Screens are registered as makers ({@link #lazily})
 * and built on their first {@link Slot#show()}, so the first frame pays only for the deck list.
 */
final class Navigator {
    private final StackPane content;
    private final ReadOnlyBooleanWrapper studying = new ReadOnlyBooleanWrapper();
    private Runnable beforeFirstScreen;

    /** {@code beforeFirstScreen} runs once, before the first screen other than the deck list is made. */
    Navigator(StackPane content, Runnable beforeFirstScreen) {
        this.content = content;
        this.beforeFirstScreen = beforeFirstScreen;
    }

    /** A screen that is made when first asked for. */
    <S extends Screen> Slot<S> lazily(Supplier<S> make) {
        return new Slot<>(make, true);
    }

    /** The deck list: made at once (it is the first frame), without the later screens' set-up. */
    <S extends Screen> Slot<S> first(Supplier<S> make) {
        return new Slot<>(make, false);
    }

    /** Runs the set-up screens after the deck list share (their stylesheet), once; screens not made by a slot call it. */
    void prepareForScreens() {
        if (beforeFirstScreen == null) return;
        Runnable r = beforeFirstScreen;
        beforeFirstScreen = null;
        r.run();
    }

    /** Shows a node that is not a screen (the opening placeholder, the error screen, a quiz view). */
    void showNode(Node n) {
        studying.set(false);
        setContent(n);
    }

    ReadOnlyBooleanProperty studyingProperty() {
        return studying.getReadOnlyProperty();
    }

    boolean isStudying() {
        return studying.get();
    }

    boolean isShowing(Node n) {
        return n.isVisible() && n.getParent() == content;
    }

    private void setContent(Node n) {
        if (isShowing(n)) return;
        n.setManaged(true);
        n.setVisible(true);
        content.getChildren().setAll(n);
    }

    /**
     * Puts {@code n} in the scene behind what is shown, hidden and outside layout (at the content
     * area's size), so that its styles and layout are done before it is first shown; the next screen
     * shown takes it out again.
     */
    private void preload(Node n) {
        if (n.getParent() == content) return;
        n.setVisible(false);
        n.setManaged(false);
        content.getChildren().add(0, n);
        n.resizeRelocate(0, 0, content.getWidth(), content.getHeight());
    }

    /** One screen: made on first {@link #get()} or {@link #show()}, then kept. */
    final class Slot<S extends Screen> {
        private final Supplier<S> make;
        private final boolean later;
        private S screen;

        private Slot(Supplier<S> make, boolean later) {
            this.make = make;
            this.later = later;
        }

        S get() {
            if (screen == null) {
                if (later) prepareForScreens();
                screen = make.get();
            }
            return screen;
        }

        /** The screen if it was made already (nothing is made). */
        Optional<S> made() {
            return Optional.ofNullable(screen);
        }

        boolean isShowing() {
            return screen != null && Navigator.this.isShowing(screen.node());
        }

        /**
         * Makes the screen and puts it, hidden, behind the one shown (styled and laid out there), so
         * its first {@link #show()} only swaps it in; nothing changes on screen.
         */
        S preload() {
            S s = get();
            Navigator.this.preload(s.node());
            return s;
        }

        S show() {
            S s = get();
            studying.set(s.isStudy());
            setContent(s.node());
            s.shown();
            return s;
        }
    }
}
