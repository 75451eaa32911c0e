package io.deckhand.app.study;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.study.StudyCounts;
import java.util.Map;

/** The card to show next, the label of each answer button ("10m", "3d") and what remains today. */
public record StudyCard(Card card, String deckName, Map<Rating, String> intervalLabels, StudyCounts remaining) {
    public StudyCard {
        intervalLabels = Map.copyOf(intervalLabels);
    }
}
