package io.deckhand.notes;

import java.util.Objects;

/**
 * A note that could not be read, or was read only in part ({@link Reason#PARTLY_READ}: its cards are
 * there, some of its text made none), with the reason in the user's words. The rest of an import goes on.
 */
public record FileProblem(String path, Reason reason, String message) {
    public FileProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** Why a file was skipped. Codes are stable (they appear in JSON output). */
    public enum Reason {
        NOT_TEXT("not-text"),
        ENCODING("encoding"),
        TOO_LARGE("too-large"),
        UNREADABLE("unreadable"),
        NOT_UNDERSTOOD("not-understood"),
        NO_NOTES("no-notes"),
        PARTLY_READ("partly-read");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
