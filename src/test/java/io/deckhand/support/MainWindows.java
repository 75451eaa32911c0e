package io.deckhand.support;

import io.deckhand.app.AppServices;
import io.deckhand.app.render.CardPages;
import io.deckhand.ui.common.SameThreadTaskRunner;
import io.deckhand.ui.shell.MainWindow;
import io.deckhand.ui.theme.ThemeController;
import io.deckhand.ui.theme.ThemeMode;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The main window over given services, in light theme, with work run on the calling thread: the
 * start-up the window tests share (those that need the whole app start it with {@link AppWindowTest}).
 */
public final class MainWindows {
    private MainWindows() {
    }

    /** Shows the window at {@code width} × {@code height} with the deck list of {@code services}; returns its stage. */
    public static Stage show(FxRobot robot, AppServices services, Path dataDir, double width, double height) {
        AtomicReference<Stage> made = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            ThemeController theme = new ThemeController(() -> false);
            theme.setMode(ThemeMode.LIGHT);
            MainWindow w = new MainWindow(s, theme, new SameThreadTaskRunner(),
                    CardPages::new, dataDir, s::close);
            try {
                w.showCollection(services, services.study().deckTree());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            s.setWidth(width);
            s.setHeight(height);
            s.show();
            made.set(s);
        });
        return made.get();
    }
}
