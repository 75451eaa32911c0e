package io.deckhand.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThemeModeTest {
    @Test
    void storedCodesRoundTripAndUnknownFollowsTheSystem() {
        for (ThemeMode m : ThemeMode.values()) assertEquals(m, ThemeMode.fromCode(m.code()));
        assertEquals(ThemeMode.DARK, ThemeMode.fromCode(" Dark "));
        assertEquals(ThemeMode.SYSTEM, ThemeMode.fromCode("purple"));
        assertEquals(ThemeMode.SYSTEM, ThemeMode.fromCode(null));
    }

    @Test
    void readsTheAnswersOfTheDesktopHelpers() {
        assertTrue(OsThemeProbe.interpret("'prefer-dark'\n"));
        assertFalse(OsThemeProbe.interpret("'default'\n"));
        assertTrue(OsThemeProbe.interpret("Dark\n"));
        assertTrue(OsThemeProbe.interpret("    AppsUseLightTheme    REG_DWORD    0x0\n"));
        assertFalse(OsThemeProbe.interpret("    AppsUseLightTheme    REG_DWORD    0x1\n"));
    }
}
