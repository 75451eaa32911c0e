package io.deckhand.ui.quiz;

import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.QuestionType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The decks (check list), tags and question kinds of a {@link QuizSource}. */
final class SourcePicker {
    private SourcePicker() {
    }

    static VBox decksAndTags(QuizSource source, List<DeckSummary> decks) {
        Map<DeckId, BooleanProperty> checked = new HashMap<>();
        for (DeckSummary d : decks) {
            BooleanProperty p = new SimpleBooleanProperty(source.decks().contains(d.id()));
            p.addListener((o, was, is) -> {
                if (is && !source.decks().contains(d.id())) source.decks().add(d.id());
                if (!is) source.decks().remove(d.id());
            });
            checked.put(d.id(), p);
        }
        ListView<DeckSummary> list = new ListView<>();
        list.setId("quizDecks");
        list.getItems().setAll(decks);
        list.setCellFactory(CheckBoxListCell.forListView(d -> checked.get(d.id()),
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(DeckSummary d) {
                        return d == null ? "" : "    ".repeat(Math.max(0, d.depth())) + d.name().leaf();
                    }

                    @Override
                    public DeckSummary fromString(String s) {
                        return null;
                    }
                }));
        list.setFixedCellSize(30);
        list.setPrefHeight(Math.min(6, Math.max(2, decks.size())) * 30 + 4);
        TextField tags = new TextField();
        tags.setId("quizTags");
        tags.setPromptText("Only cards with any of these tags, e.g. networking storage (no deck ticked: from every deck)");
        tags.textProperty().bindBidirectional(source.tagsProperty());
        return section("Decks (sub-decks included) and tags", list, tags);
    }

    static VBox types(QuizSource source, Set<QuestionType> offered) {
        FlowPane flow = new FlowPane(16, 8);
        for (QuestionType t : QuestionType.values()) {
            if (!offered.contains(t)) continue;
            CheckBox c = new CheckBox(QuizSource.label(t));
            c.setId("type-" + t.code());
            c.setSelected(source.types().contains(t));
            c.selectedProperty().addListener((o, was, is) -> {
                if (is) source.types().add(t);
                else source.types().remove(t);
            });
            flow.getChildren().add(c);
        }
        return section("Kinds of question", flow);
    }

    static VBox section(String caption, javafx.scene.Node... content) {
        Label c = new Label(caption);
        c.getStyleClass().add("dh-quiz-caption");
        VBox box = new VBox(c);
        box.getChildren().addAll(content);
        box.getStyleClass().add(QuizStyles.SECTION);
        return box;
    }
}
