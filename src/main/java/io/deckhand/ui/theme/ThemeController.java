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
    public static final String APP_STYLESHEET = Objects.requireNonNull(
            ThemeController.class.getResource("deckhand.css"), "deckhand.css").toExternalForm();

    private static final String DARK_ROOT_CLASS = "dh-dark";

    private final BooleanSupplier osPrefersDark;
    private final ObjectProperty<ThemeMode> mode = new SimpleObjectProperty<>(ThemeMode.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private Boolean osDark;

    public ThemeController(BooleanSupplier osPrefersDark) {
        this.osPrefersDark = osPrefersDark;
        mode.addListener((obs, old, now) -> apply());
    }

    /** Adds the app stylesheet and keeps the root's {@code dh-dark} class in step (scene root must not change). */
    public void install(Scene scene) {
        if (!scene.getStylesheets().contains(APP_STYLESHEET)) scene.getStylesheets().add(APP_STYLESHEET);
        markDark(scene, dark.get());
        dark.addListener((obs, was, is) -> markDark(scene, is));
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
