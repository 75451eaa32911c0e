package io.deckhand.ui.deck;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import io.deckhand.ui.theme.ThemeController;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Deck changes asked for from the deck tree, each through one dialog, then the tree is read again. */
public final class DeckEditor implements DeckEditing {
    private final LibraryService library;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final DeckListViewModel decks;
    private final Supplier<Window> owner;
    private final Consumer<String> toast;
    private Consumer<DeckSummary> customStudy = d -> { };

    public DeckEditor(LibraryService library, TaskRunner tasks, ErrorPresenter errors, DeckListViewModel decks,
                      Supplier<Window> owner, Consumer<String> toast) {
        this.library = library;
        this.tasks = tasks;
        this.errors = errors;
        this.decks = decks;
        this.owner = owner;
        this.toast = toast;
    }

    /** What custom study of a deck does (the window starts the session). */
    public DeckEditor onCustomStudy(Consumer<DeckSummary> action) {
        this.customStudy = action;
        return this;
    }

    @Override
    public void customStudy(DeckSummary deck) {
        customStudy.accept(deck);
    }

    @Override
    public void rename(DeckSummary deck) {
        ask("Rename deck", "New name (:: makes it a sub-deck):", deck.name().value()).ifPresent(name ->
                tasks.run(() -> library.renameDeck(deck.id(), name), d -> done("Deck renamed to " + d.name().value()),
                        e -> errors.show(e, "The deck was not renamed.")));
    }

    @Override
    public void delete(DeckSummary deck) {
        tasks.run(() -> library.cardsInDeck(deck.id()), n -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
            confirm.setTitle("Delete deck");
            confirm.setHeaderText(null);
            confirm.setContentText(confirmText(deck, n, decks.decks().stream()
                    .filter(d -> deck.name().isAncestorOf(d.name())).count()));
            style(confirm);
            if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) return;
            tasks.run(() -> library.deleteDeck(deck.id()), gone -> done("Deck deleted (Ctrl+Z brings it back)"),
                    e -> errors.show(e, "The deck was not deleted."));
        }, e -> errors.show(e, "The deck was not deleted."));
    }

    /** "Delete the deck "K8s", its 2 sub-decks and their 120 cards?" */
    static String confirmText(DeckSummary deck, int cards, long subDecks) {
        String what = "\"" + deck.name().value() + "\"";
        String cardText = cards == 1 ? "1 card" : cards + " cards";
        String text = subDecks == 0 ? "Delete the deck " + what + " and its " + cardText + "?"
                : "Delete the deck " + what + ", its " + (subDecks == 1 ? "sub-deck" : subDecks + " sub-decks")
                + " and their " + cardText + "?";
        return text + "\nEdit > Undo (Ctrl+Z) brings it back.";
    }

    @Override
    public void newSubDeck(DeckSummary parent) {
        ask("New deck", parent == null ? "Name of the new deck:" : "Name of the new deck inside " + parent.name().value() + ":", "")
                .ifPresent(name -> tasks.run(() -> library.createDeck(parent == null ? null : parent.id(), name),
                        d -> done("Deck " + d.name().value() + " made"), e -> errors.show(e, "No deck was made.")));
    }

    @Override
    public void move(DeckSummary deck) {
        ask("Move deck", "Move " + deck.name().leaf() + " into which deck? (empty: to the top level)", "")
                .ifPresent(target -> {
                    if (target.isBlank()) {
                        moveUnder(deck, null);
                        return;
                    }
                    Optional<DeckSummary> parent = decks.decks().stream()
                            .filter(d -> d.name().value().equalsIgnoreCase(target.strip())).findFirst();
                    if (parent.isEmpty()) {
                        errors.show(new InvalidInputException("There is no deck \"" + target.strip() + "\"."),
                                "The deck was not moved.");
                        return;
                    }
                    moveUnder(deck, parent.get());
                });
    }

    @Override
    public void moveUnder(DeckSummary deck, DeckSummary parent) {
        DeckId to = parent == null ? null : parent.id();
        tasks.run(() -> library.moveDeck(deck.id(), to), d -> done("Deck moved to " + d.name().value()),
                e -> errors.show(e, "The deck was not moved."));
    }

    private void done(String message) {
        toast.accept(message);
        decks.refresh();
    }

    private Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        style(d);
        return d.showAndWait();
    }

    private void style(Dialog<?> d) {
        d.getDialogPane().getStylesheets().add(ThemeController.APP_STYLESHEET);
        Window w = owner.get();
        if (w != null) d.initOwner(w);
    }
}
