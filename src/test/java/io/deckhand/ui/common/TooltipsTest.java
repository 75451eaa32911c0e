package io.deckhand.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TooltipsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void mouseEnters(Button b) {
        Event.fireEvent(b, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    @Test
    void theTooltipIsMadeWhenTheMouseFirstComesOverAndKeptAfterwards() throws Exception {
        Tooltip[] seen = new Tooltip[3];
        String[] help = new String[1];
        WaitForAsyncUtils.asyncFx(() -> {
            Button b = new Button("Study");
            Tooltips.set(b, "Study this deck (Enter)");
            seen[0] = b.getTooltip();
            help[0] = b.getAccessibleHelp();
            mouseEnters(b);
            seen[1] = b.getTooltip();
            mouseEnters(b);
            seen[2] = b.getTooltip();
        }).get(30, TimeUnit.SECONDS);
        assertNull(seen[0], "no popup made up front");
        assertEquals("Study this deck (Enter)", help[0], "screen readers still get the text");
        assertNotNull(seen[1]);
        assertEquals("Study this deck (Enter)", seen[1].getText());
        assertSame(seen[1], seen[2], "made once");
    }

    @Test
    void aTooltipSetMeanwhileIsNotReplaced() throws Exception {
        Tooltip own = WaitForAsyncUtils.asyncFx(() -> new Tooltip("own")).get(30, TimeUnit.SECONDS);
        Tooltip[] after = new Tooltip[1];
        WaitForAsyncUtils.asyncFx(() -> {
            Button b = new Button("x");
            Tooltips.set(b, "lazy");
            b.setTooltip(own);
            mouseEnters(b);
            after[0] = b.getTooltip();
        }).get(30, TimeUnit.SECONDS);
        assertSame(own, after[0]);
    }
}
