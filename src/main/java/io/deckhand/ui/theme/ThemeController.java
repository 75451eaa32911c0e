package io.deckhand.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Applies Primer Light or Dark (a user-agent stylesheet swap) plus Deckhand's own stylesheet.
 * {@link #darkProperty()} tells the card view which page colours to use.
 */
public final class ThemeController {
    /** All of Deckhand's rules, for dialogs and windows of their own (it imports the two below). */
    public static final String APP_STYLESHEET = sheet("deckhand.css");
    /** The main window's first frame: the window, the deck list, the toast. */
    public static final String FIRST_FRAME_STYLESHEET = sheet("shell.css");
    /** The other screens' rules, added to the main window when the first of them is made. */
    public static final String SCREENS_STYLESHEET = sheet("screens.css");

    private static final String DARK_ROOT_CLASS = "dh-dark";

    private final BooleanSupplier osPrefersDark;
    private final ObjectProperty<ThemeMode> mode = new SimpleObjectProperty<>(ThemeMode.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private Boolean osDark;

    public ThemeController(BooleanSupplier osPrefersDark) {
        this.osPrefersDark = osPrefersDark;
        mode.addListener((obs, old, now) -> apply());
    }

    private static String sheet(String name) {
        return Objects.requireNonNull(ThemeController.class.getResource(name), name).toExternalForm();
    }

    /**
     * Adds the first frame's stylesheet and keeps the root's {@code dh-dark} class in step (scene root
     * must not change). The other screens' rules come with {@link #installScreenStyles}.
     */
    public void install(Scene scene) {
        if (!scene.getStylesheets().contains(FIRST_FRAME_STYLESHEET)) scene.getStylesheets().add(FIRST_FRAME_STYLESHEET);
        markDark(scene, dark.get());
        dark.addListener((obs, was, is) -> markDark(scene, is));
    }

    /** Adds the rules of the screens after the deck list (once; restyles the scene, so not before the first frame). */
    public static void installScreenStyles(Scene scene) {
        if (!scene.getStylesheets().contains(SCREENS_STYLESHEET)) scene.getStylesheets().add(SCREENS_STYLESHEET);
    }

    private static void markDark(Scene scene, boolean isDark) {
        var classes = scene.getRoot().getStyleClass();
        classes.remove(DARK_ROOT_CLASS);
        if (isDark) classes.add(DARK_ROOT_CLASS);
    }

    public ObjectProperty<ThemeMode> modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public boolean isDark() {
        return dark.get();
    }

    public void setMode(ThemeMode m) {
        if (mode.get() == m) apply();
        else mode.set(m);
    }

    private void apply() {
        boolean d = switch (mode.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> osDark();
        };
        String sheet = d ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        // Setting the same sheet again would parse it again and restyle every node.
        if (!sheet.equals(Application.getUserAgentStylesheet())) Application.setUserAgentStylesheet(sheet);
        dark.set(d);
    }

    private boolean osDark() {
        if (osDark == null) osDark = osPrefersDark.getAsBoolean();
        return osDark;
    }
}
