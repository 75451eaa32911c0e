package io.deckhand.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.ui.common.Shortcuts;
import io.deckhand.ui.theme.ThemeController;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The one table of shortcuts: no key does two things where both could fire; menus and help come from it. */
class ShortcutsTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void noKeyIsBoundTwiceWhereBothBindingsWork() {
        List<String> clashes = new ArrayList<>();
        for (Shortcuts a : Shortcuts.values()) {
            for (KeyCombination key : a.keys()) {
                KeyEvent pressed = press((KeyCodeCombination) key);
                for (Shortcuts b : Shortcuts.values()) {
                    if (b == a || !a.scope().overlaps(b.scope())) continue;
                    if (b.matches(pressed)) clashes.add(key.getDisplayText() + ": " + a + " and " + b);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyShortcutHasAKeyAndADescription() {
        for (Shortcuts s : Shortcuts.values()) {
            assertTrue(!s.keys().isEmpty() && !s.description().isBlank(), s.name());
            // each key matches the event it describes (a typo in the modifiers would not)
            for (KeyCombination k : s.keys()) assertTrue(s.matches(press((KeyCodeCombination) k)), s + " " + k);
        }
    }

    @Test
    void diagramExportNoLongerTakesTheStatisticsKey() {
        KeyEvent statistics = press((KeyCodeCombination) Shortcuts.STATISTICS.key());
        assertTrue(!Shortcuts.EXPORT_DIAGRAM_SVG.matches(statistics) && !Shortcuts.EXPORT_DIAGRAM_PNG.matches(statistics));
    }

    @Test
    void everyMenuAcceleratorComesFromTheTable() {
        AtomicReference<MenuBarView> bar = new AtomicReference<>();
        robot.interact(() -> bar.set(new MenuBarView(new MenuBarView.Actions(() -> { }, () -> { }, () -> { }, () -> { },
                () -> { }, () -> { }, () -> { }, () -> { }, () -> { }, () -> { }, () -> { }, () -> { }),
                new ThemeController(() -> false), new SimpleBooleanProperty(true), new SimpleBooleanProperty(false))));
        Set<KeyCombination> known = new HashSet<>();
        for (Shortcuts s : Shortcuts.values()) known.addAll(s.keys());
        List<MenuItem> items = new ArrayList<>();
        for (Menu m : bar.get().node().getMenus()) collect(m, items);
        assertTrue(items.size() > 10);
        for (MenuItem i : items) {
            if (i.getAccelerator() != null) assertTrue(known.contains(i.getAccelerator()), i.getText() + " " + i.getAccelerator());
        }
    }

    @Test
    void helpListsEveryShortcutOfEveryScope() {
        assertEquals(EnumSet.allOf(Shortcuts.Scope.class), EnumSet.copyOf(ShortcutsHelp.scopesShown()));
        AtomicReference<Node> help = new AtomicReference<>();
        robot.interact(() -> help.set(ShortcutsHelp.node()));
        List<String> texts = new ArrayList<>();
        labels(help.get(), texts);
        for (Shortcuts s : Shortcuts.values()) {
            boolean row = false;
            for (int i = 0; i + 1 < texts.size(); i++) {
                row |= texts.get(i).equals(s.displayText()) && texts.get(i + 1).equals(s.description());
            }
            assertTrue(row, "help row for " + s);
        }
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) collect(sub, into);
            else into.add(i);
        }
    }

    private static void labels(Node n, List<String> into) {
        if (n instanceof Label l) into.add(l.getText());
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> labels(c, into));
    }

    /** The key event a user produces by pressing this combination. */
    private static KeyEvent press(KeyCodeCombination k) {
        boolean mac = System.getProperty("os.name", "").toLowerCase().contains("mac");
        boolean shortcut = k.getShortcut() == KeyCombination.ModifierValue.DOWN;
        boolean shift = k.getShift() == KeyCombination.ModifierValue.DOWN;
        boolean ctrl = k.getControl() == KeyCombination.ModifierValue.DOWN || shortcut && !mac;
        boolean alt = k.getAlt() == KeyCombination.ModifierValue.DOWN;
        boolean meta = k.getMeta() == KeyCombination.ModifierValue.DOWN || shortcut && mac;
        KeyCode code = k.getCode();
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, alt, meta);
    }
}
