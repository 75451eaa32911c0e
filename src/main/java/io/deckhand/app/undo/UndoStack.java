package io.deckhand.app.undo;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.card.CardId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The one undo history of the running app, shared by every service that changes the collection.
 * Each change pushes how to take it back with a label ("Undo Suspend 3 cards"); undo takes back the
 * most recent change in one transaction. Only this session's changes are kept, as in Anki.
 */
public final class UndoStack {
    /** Puts the collection back as it was before one change; runs inside a transaction. */
    @FunctionalInterface
    public interface Reversal {
        void run() throws DeckhandException;
    }

    /** What an undo took back; {@code answeredCard} is set when it was a study answer. */
    public record Undone(String label, CardId answeredCard) {
    }

    private record Entry(String label, Reversal reversal, CardId answeredCard) {
    }

    /** Older changes are forgotten past this many, so the history's memory stays bounded. */
    static final int LIMIT = 100;

    private final Transactions tx;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public UndoStack(Transactions tx) {
        this.tx = tx;
    }

    /** Records a change that has been committed; {@code label} says what it was ("Delete 3 cards"). */
    public void push(String label, Reversal reversal) {
        add(new Entry(label, reversal, null));
    }

    /** Records a study answer to {@code card}. */
    public void pushAnswer(CardId card, Reversal reversal) {
        add(new Entry("Answer", reversal, card));
    }

    private void add(Entry e) {
        synchronized (entries) {
            entries.push(e);
            while (entries.size() > LIMIT) entries.removeLast();
        }
    }

    /** The label of what undo would take back now. */
    public Optional<String> nextLabel() {
        synchronized (entries) {
            return Optional.ofNullable(entries.peek()).map(Entry::label);
        }
    }

    /** True when the most recent change is a study answer. */
    public boolean nextIsAnswer() {
        synchronized (entries) {
            Entry top = entries.peek();
            return top != null && top.answeredCard() != null;
        }
    }

    /**
     * Takes back the most recent change. When that fails, the change stays on the history and the
     * collection is unchanged (the transaction rolls back).
     */
    public Optional<Undone> undo() throws DeckhandException {
        Entry top;
        synchronized (entries) {
            top = entries.peek();
        }
        if (top == null) return Optional.empty();
        tx.inTransaction(() -> {
            top.reversal().run();
            return null;
        });
        synchronized (entries) {
            entries.remove(top);
        }
        return Optional.of(new Undone(top.label(), top.answeredCard()));
    }

    /** Forgets everything: the collection was replaced (a restore), so no reversal fits it any more. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    public boolean isEmpty() {
        synchronized (entries) {
            return entries.isEmpty();
        }
    }
}
