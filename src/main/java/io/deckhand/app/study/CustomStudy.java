package io.deckhand.app.study;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.CardKind;
import java.util.Objects;

/**
 * A custom study session of a deck and its sub-decks (Anki's custom study, a filtered deck for the
 * exam week): which cards, how many, and whether answers change their scheduling (off: a cram
 * session that leaves every card as it was).
 */
public record CustomStudy(Mode mode, int days, String tag, CardKind kind, int limit, boolean reschedule) {
    /** Most cards in one session, as Anki's filtered decks. */
    public static final int MAX_LIMIT = 9999;
    public static final int MAX_DAYS = 365;

    public enum Mode {
        /** Review cards due in the next {@code days} days (not those due today). */
        AHEAD("Study ahead"),
        /** Cards answered Again in the last {@code days} days (today counts as one). */
        FORGOTTEN("Review forgotten cards"),
        /** Cards with {@code tag} or a tag below it. */
        TAG("Study by tag"),
        /** Cards of one kind (commands, manifests, ...). */
        KIND("Study by card kind");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CustomStudy {
        Objects.requireNonNull(mode, "mode");
        tag = tag == null ? "" : tag.strip();
    }

    /** Throws with a sentence in the user's words when a value cannot be used; nothing is read before. */
    public CustomStudy checked() throws InvalidInputException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("The number of cards must be between 1 and " + MAX_LIMIT + ".");
        }
        if ((mode == Mode.AHEAD || mode == Mode.FORGOTTEN) && (days < 1 || days > MAX_DAYS)) {
            throw new InvalidInputException("The number of days must be between 1 and " + MAX_DAYS + ".");
        }
        if (mode == Mode.TAG && (tag.isEmpty() || tag.chars().anyMatch(Character::isWhitespace))) {
            throw new InvalidInputException("Give one tag to study (tags have no spaces).");
        }
        if (mode == Mode.KIND && kind == null) throw new InvalidInputException("Choose a kind of card to study.");
        return this;
    }
}
