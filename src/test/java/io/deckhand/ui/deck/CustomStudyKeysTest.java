package io.deckhand.ui.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.KeyboardWindowTest;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Custom study from the deck tree, by keyboard only, checked in the collection file after. */
class CustomStudyKeysTest extends KeyboardWindowTest {

    /** Selects "K8s" (the first deck), opens custom study (C) and picks "Study by tag" with {@code tag}. */
    private void openByTag(String tag) throws Exception {
        robot.interact(() -> robot.lookup("#deckTree").query().requestFocus());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.C);
        waitUntil(() -> visible("#customStudyDialog"));
        waitUntil(() -> robot.lookup("#aheadChoice").query().isFocused());
        // From Study ahead down past Review forgotten to Study by tag, then Tab to its field.
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        robot.type(KeyCode.TAB);
        write(tag);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long reviews() throws Exception {
        var log = new SqliteReviewLogRepository(db);
        return db.read(log::count);
    }

    private String studyTitle() {
        return robot.lookup("#studyDeckName").queryAs(Label.class).getText();
    }

    @Test
    void aCramSessionByTagShowsTheTaggedCardAndChangesNoSchedule() throws Exception {
        SchedulingState pvcBefore = services.library().card(pvc.id()).scheduling();
        SchedulingState serviceBefore = services.library().card(service.id()).scheduling();
        openByTag("storage");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible("#studyView") && visible("#showAnswer"));
        // The header names the card's deck: the tagged card of K8s::Storage.
        assertEquals("K8s::Storage", studyTitle());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> visible("#grade3"));
        robot.type(KeyCode.DIGIT3);
        // The session held the one tagged card: after it, the summary.
        waitUntil(() -> visible("#studySummary"));
        assertEquals(pvcBefore, services.library().card(pvc.id()).scheduling());
        assertEquals(serviceBefore, services.library().card(service.id()).scheduling());
        assertEquals(0, reviews());
    }

    @Test
    void withReschedulingOnTheAnswerIsRecorded() throws Exception {
        SchedulingState serviceBefore = services.library().card(service.id()).scheduling();
        SchedulingState pvcBefore = services.library().card(pvc.id()).scheduling();
        openByTag("net");
        // From the tag field past "At most" (the kind list is off) to the reschedule box.
        robot.type(KeyCode.TAB, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible("#studyView") && visible("#showAnswer"));
        assertEquals("K8s", studyTitle());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> visible("#grade3"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> visible("#studySummary"));
        assertNotEquals(serviceBefore, services.library().card(service.id()).scheduling());
        assertEquals(pvcBefore, services.library().card(pvc.id()).scheduling());
        assertEquals(1, reviews());
    }

    @Test
    void aNumberThatIsNotANumberKeepsTheDialogOpenAndSaysWhy() throws Exception {
        openByTag("storage");
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("lots");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible("#customStudyDialog"));
        String problem = robot.lookup("#customStudyProblem").queryAs(Label.class).getText();
        assertTrue(problem.contains("whole number"), problem);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !visible("#customStudyDialog"));
        assertEquals(0, reviews());
    }
}
