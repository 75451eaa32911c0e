package io.deckhand.ui.quiz;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.QuestionType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/** Where questions come from and which kinds: shared by the quiz and the mock exam setup. */
public final class QuizSource {
    private final ObservableList<DeckId> decks = FXCollections.observableArrayList();
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObservableSet<QuestionType> types;

    public QuizSource(Set<QuestionType> defaultTypes) {
        types = FXCollections.observableSet(defaultTypes.isEmpty() ? EnumSet.noneOf(QuestionType.class)
                : EnumSet.copyOf(defaultTypes));
    }

    /** The chosen decks (their sub-decks included). */
    public ObservableList<DeckId> decks() {
        return decks;
    }

    /** Tags as typed: cards with any of them, within the chosen decks (or all decks when none is chosen); separated by commas or spaces, a leading # allowed. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public ObservableSet<QuestionType> types() {
        return types;
    }

    public List<String> tagList() {
        return parseTags(tags.get());
    }

    /** What stops a start, in the user's words, or "" when ready. */
    public String problem() {
        if (decks.isEmpty() && tagList().isEmpty()) return "Choose at least one deck or tag.";
        if (types.isEmpty()) return "Choose at least one kind of question.";
        return "";
    }

    static List<String> parseTags(String text) {
        if (text == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(text.split("[,\\s]+")).map(String::strip).map(t -> t.replaceFirst("^#+", ""))
                .filter(t -> !t.isEmpty()).forEach(out::add);
        return List.copyOf(out);
    }

    /** A human label for a question type (setup check boxes, results). */
    public static String label(QuestionType t) {
        return switch (t) {
            case COMMAND -> "Write the command";
            case MANIFEST -> "Write the manifest";
            case MULTIPLE_CHOICE -> "Multiple choice";
            case TRUE_FALSE -> "True or false";
            case CLOZE -> "Fill the gap";
            case FILL_FIELD -> "Fill the missing field";
            case DIAGRAM_NODE -> "Name the hidden node";
            case TYPED -> "Type the answer";
        };
    }
}
