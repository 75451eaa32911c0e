package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One list of session setup serves the gate's programs and the task rules' moves. */
class SessionSetupTest {
    @Test
    void everyProgramThatMovesTheSessionIsASessionProgramUnlessTheExamOwnsIt() {
        assertTrue(SessionSetup.programs().contains("ssh"));
        assertTrue(SessionSetup.programs().contains("sudo"));
        assertTrue(SessionSetup.programs().contains("exit"));
        assertTrue(SessionSetup.programs().contains("cd"));
        // kubectl's context switch moves the session, but kubectl stays the exam's program.
        assertFalse(SessionSetup.programs().contains("kubectl"));
    }

    @Test
    void aMoveIsTheWholeLineInOneOfItsShapes() {
        assertTrue(SessionSetup.movesSession("ssh node01"));
        assertTrue(SessionSetup.movesSession("  SSH admin@cp-1.lab "));
        assertTrue(SessionSetup.movesSession("sudo su -"));
        assertTrue(SessionSetup.movesSession("logout"));
        assertTrue(SessionSetup.movesSession("kubectl config use-context"));
        assertFalse(SessionSetup.movesSession("ssh"));
        assertFalse(SessionSetup.movesSession("exit 1"));
        assertFalse(SessionSetup.movesSession("sudo systemctl restart kubelet"));
        assertFalse(SessionSetup.movesSession("cd /etc/kubernetes"));
        assertFalse(SessionSetup.movesSession("kubectl config use-contexts x"));
    }
}
