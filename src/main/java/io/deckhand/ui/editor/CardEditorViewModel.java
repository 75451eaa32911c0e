package io.deckhand.ui.editor;

import io.deckhand.app.library.LibraryService;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Edits one card (front, back, tags, deck) or adds a new one to a deck. */
public final class CardEditorViewModel {
    private final LibraryService library;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final CardId editing;

    private final StringProperty front = new SimpleStringProperty("");
    private final StringProperty back = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty deck = new SimpleStringProperty("");
    private final ObservableList<String> deckChoices = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanBinding valid;
    /** The fields as loaded, to tell whether anything was typed since. */
    private List<String> loadedFields = List.of("", "", "", "");

    private CardEditorViewModel(LibraryService library, TaskRunner tasks, ErrorPresenter errors, CardId editing) {
        this.library = library;
        this.tasks = tasks;
        this.errors = errors;
        this.editing = editing;
        valid = Bindings.createBooleanBinding(
                () -> !front.get().isBlank() && isDeckName(deck.get()) && !loading.get() && !saving.get(),
                front, deck, loading, saving);
    }

    /** Editor for an existing card; its fields fill in once loaded. */
    public static CardEditorViewModel forCard(LibraryService library, TaskRunner tasks, ErrorPresenter errors, CardId id) {
        CardEditorViewModel vm = new CardEditorViewModel(library, tasks, errors, id);
        vm.load();
        return vm;
    }

    /** Editor for a new card, with {@code deckName} preselected (may be null). */
    public static CardEditorViewModel forNewCard(LibraryService library, TaskRunner tasks, ErrorPresenter errors, String deckName) {
        CardEditorViewModel vm = new CardEditorViewModel(library, tasks, errors, null);
        if (deckName != null) vm.deck.set(deckName);
        vm.load();
        return vm;
    }

    public boolean isNew() {
        return editing == null;
    }

    public StringProperty frontProperty() {
        return front;
    }

    public StringProperty backProperty() {
        return back;
    }

    /** Tags as typed: separated by spaces or commas. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty deckProperty() {
        return deck;
    }

    public ObservableList<String> deckChoices() {
        return deckChoices;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** True when the fields differ from what was loaded: closing would throw typing away. */
    public boolean isChanged() {
        return !fields().equals(loadedFields);
    }

    private List<String> fields() {
        return List.of(front.get(), back.get(), tags.get(), deck.get());
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Saves; {@code onSaved} gets the stored card. Errors are shown and leave the card as it was. */
    public void save(Consumer<Card> onSaved) {
        if (!valid.get()) return;
        saving.set(true);
        String f = front.get().strip();
        String b = back.get().strip();
        List<String> t = parseTags(tags.get());
        DeckName d = new DeckName(deck.get());
        tasks.run(() -> editing == null ? library.addCard(d, f, b, t) : library.editCard(editing, f, b, t, d),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                }, e -> {
                    saving.set(false);
                    errors.show(e, editing == null ? "No card was added." : "The card was left as it was.");
                });
    }

    /** Tags as typed: any run of commas or (Unicode) spaces separates them; repeats are dropped. */
    static List<String> parseTags(String typed) {
        if (typed == null) return List.of();
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        StringBuilder tag = new StringBuilder();
        typed.codePoints().forEach(cp -> {
            if (cp == ',' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (tag.length() > 0) tags.add(tag.toString());
                tag.setLength(0);
            } else {
                tag.appendCodePoint(cp);
            }
        });
        if (tag.length() > 0) tags.add(tag.toString());
        return List.copyOf(tags);
    }

    static boolean isDeckName(String name) {
        if (name == null || name.isBlank()) return false;
        try {
            new DeckName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void load() {
        loading.set(true);
        tasks.run(() -> new Loaded(library.decks(), editing == null ? null : library.card(editing)), loaded -> {
            deckChoices.setAll(loaded.decks().stream().map(x -> x.name().value()).sorted().toList());
            if (loaded.card() != null) {
                Card c = loaded.card();
                front.set(c.front());
                back.set(c.back());
                tags.set(String.join(" ", c.tags()));
                loaded.decks().stream().filter(x -> x.id().equals(c.deckId())).findFirst()
                        .ifPresent(x -> deck.set(x.name().value()));
            } else if (deck.get().isBlank() && !deckChoices.isEmpty()) {
                deck.set(deckChoices.get(0));
            }
            loadedFields = fields();
            loading.set(false);
        }, e -> {
            loading.set(false);
            errors.show(e, "Nothing was changed.");
        });
    }

    private record Loaded(List<Deck> decks, Card card) {
    }
}
