package io.deckhand.ui.theme;

import java.util.Locale;

/** The user's theme choice; {@link #code()} is what the setting stores. */
public enum ThemeMode {
    SYSTEM("system"),
    LIGHT("light"),
    DARK("dark");

    public static final String SETTING_KEY = "ui.theme";

    private final String code;

    ThemeMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Reads a stored or given value; anything unknown falls back to following the OS. */
    public static ThemeMode fromCode(String code) {
        if (code == null) return SYSTEM;
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (ThemeMode m : values()) {
            if (m.code.equals(c)) return m;
        }
        return SYSTEM;
    }
}
