package io.deckhand.ui.quiz;

import io.deckhand.ui.common.SameThreadTaskRunner;
import io.deckhand.app.render.CardPages;
import atlantafx.base.theme.PrimerLight;
import io.deckhand.ui.cardview.CardView;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Shows a quiz or exam view in the primary stage, themed as the app, with the keyboard focus in it. */
final class QuizFx {
    private QuizFx() {
    }

    static <T extends Parent> T show(FxRobot robot, Supplier<T> make) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Object[] made = new Object[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            T view = make.get();
            made[0] = view;
            stage.setScene(new Scene(view, 1100, 760));
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isFocused);
        @SuppressWarnings("unchecked")
        T view = (T) made[0];
        return view;
    }

    static CardView card() {
        return new CardView(new CardPages(), new SameThreadTaskRunner());
    }

    static void press(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
