package io.deckhand.domain.card;

import io.deckhand.domain.schedule.CarriedSchedule;
import java.util.List;
import java.util.Objects;

/**
 * A proposed card, not yet saved: what extraction and imports produce and the preview edits.
 * {@code quality} is the notes' quality gate's verdict; it plays no part
 * in a card's identity (re-sync keys and content hashes read front, back, kind and source only).
 * {@code schedule}: review state another program wrote for it (null for most), used when it is first saved.
 * Front and back are Markdown; {@code deck} is a full "Parent::Child" name or empty for the default.
 * {@code group} is shared by the cards made from one fact (a command and its reverse, both sides of a
 * reversed card, a cloze's deletions): they become one note with several cards. Empty: a note of its own.
 */
public record CardDraft(CardKind kind, String front, String back, String deck, List<String> tags, SourceRef source,
                        Quality quality, CarriedSchedule schedule, String group) {
    public CardDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(back, "back");
        deck = deck == null ? "" : deck;
        tags = List.copyOf(tags);
        quality = quality == null ? Quality.UNJUDGED : quality;
        group = group == null ? "" : group;
    }

    /** A draft of a note of its own. */
    public CardDraft(CardKind kind, String front, String back, String deck, List<String> tags, SourceRef source,
                     Quality quality, CarriedSchedule schedule) {
        this(kind, front, back, deck, tags, source, quality, schedule, "");
    }

    /** A draft of a note of its own, in a group of cards made from one fact when {@code group} is not empty. */
    public CardDraft(CardKind kind, String front, String back, String deck, List<String> tags, SourceRef source,
                     Quality quality, String group) {
        this(kind, front, back, deck, tags, source, quality, null, group);
    }

    /** A draft without review state from elsewhere (most are: only imported schedules carry one). */
    public CardDraft(CardKind kind, String front, String back, String deck, List<String> tags, SourceRef source,
                     Quality quality) {
        this(kind, front, back, deck, tags, source, quality, null, "");
    }

    /** A draft nobody has judged yet (the quality gate of the notes sets it). */
    public CardDraft(CardKind kind, String front, String back, String deck, List<String> tags, SourceRef source) {
        this(kind, front, back, deck, tags, source, Quality.UNJUDGED, null, "");
    }

    public CardDraft withText(String newFront, String newBack) {
        return new CardDraft(kind, newFront, newBack, deck, tags, source, quality, schedule, group);
    }

    public CardDraft withDeck(String newDeck) {
        return new CardDraft(kind, front, back, newDeck, tags, source, quality, schedule, group);
    }

    public CardDraft withQuality(Quality newQuality) {
        return new CardDraft(kind, front, back, deck, tags, source, newQuality, schedule, group);
    }

    public CardDraft withSchedule(CarriedSchedule newSchedule) {
        return new CardDraft(kind, front, back, deck, tags, source, quality, newSchedule, group);
    }

    public CardDraft withGroup(String newGroup) {
        return new CardDraft(kind, front, back, deck, tags, source, quality, schedule, newGroup);
    }
}
