package io.deckhand.ui.shell;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.settings.SettingsService;
import io.deckhand.ui.theme.ThemeMode;
import java.util.Optional;

/** The settings the window needs before it is laid out: theme and geometry. Read off the FX thread. */
public record UiPreferences(ThemeMode theme, Optional<WindowGeometry> geometry) {
    public static UiPreferences read(SettingsService settings) throws DeckhandException {
        ThemeMode theme = ThemeMode.fromCode(settings.get(ThemeMode.SETTING_KEY).orElse(null));
        Optional<WindowGeometry> g = settings.get(WindowGeometry.SETTING_KEY).flatMap(WindowGeometry::parse);
        return new UiPreferences(theme, g);
    }
}
