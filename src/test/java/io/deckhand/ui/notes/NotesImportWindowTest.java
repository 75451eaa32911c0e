package io.deckhand.ui.notes;

import io.deckhand.support.TestCollection;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** What the notes-import preview's window tests share: the headless toolkit, a collection, the window, a notes folder. */
abstract class NotesImportWindowTest {
    protected final FxRobot robot = new FxRobot();
    protected TestCollection col;
    protected final AtomicReference<NotesImportView> view = new AtomicReference<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        robot.interact(() -> {
            if (view.get() != null) view.get().stage().close();
        });
        if (col != null) col.close();
    }
}
