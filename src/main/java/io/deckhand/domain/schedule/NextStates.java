package io.deckhand.domain.schedule;

import java.util.Objects;

/** The four states a card would be in after each possible answer. */
public record NextStates(SchedulingState again, SchedulingState hard, SchedulingState good, SchedulingState easy) {
    public NextStates {
        Objects.requireNonNull(again);
        Objects.requireNonNull(hard);
        Objects.requireNonNull(good);
        Objects.requireNonNull(easy);
    }

    public SchedulingState of(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }
}
