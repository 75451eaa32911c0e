package io.deckhand.app.quiz;

/** The score (0..1) on one topic (deck, tag or heading) over {@code questions} questions. */
public record TopicScore(String topic, int questions, double score) {
}
