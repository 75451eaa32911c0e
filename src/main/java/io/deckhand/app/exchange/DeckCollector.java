package io.deckhand.app.exchange;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.NoteRepository;
import io.deckhand.app.port.ReviewLogRepository;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.HtmlToMarkdown;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.PackageReview;
import io.deckhand.exchange.ReviewKind;
import io.deckhand.exchange.StockNoteTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Gathers a deck and its sub-decks into a {@link DeckPackage}. A note's two reversed cards become
 * one Anki "and reversed" note, a cloze note one cloze note; every other card its own Basic note
 * (GUID = the note's, suffixed when one note has several cards). {@code text} converts card text
 * (Markdown) into what the target format shows (HTML for Anki and CSV, unchanged for Markdown).
 */
final class DeckCollector {
    private static final java.util.regex.Pattern ANKI_HTML = java.util.regex.Pattern.compile(
            "(?i)<(br|div|img|span|b|i|u|p|ul|ol|li|sub|sup|font|strong|em|code|pre|table|tr|td)\\b[^<>]*>|&nbsp;");
    private final DeckRepository decks;
    private final NoteRepository notes;
    private final CardRepository cards;
    private final ReviewLogRepository log;

    DeckCollector(DeckRepository decks, NoteRepository notes, CardRepository cards, ReviewLogRepository log) {
        this.decks = decks;
        this.notes = notes;
        this.cards = cards;
        this.log = log;
    }

    DeckPackage collect(DeckName root, boolean withScheduling, UnaryOperator<String> convert, Instant now)
            throws DeckhandException {
        // a note's fields and its cards' sides are mostly the same texts: convert each once
        Map<String, String> converted = new HashMap<>();
        UnaryOperator<String> text = s -> converted.computeIfAbsent(s, convert);
        List<Deck> chosen = decks.all().stream()
                .filter(d -> d.name().equals(root) || root.isAncestorOf(d.name()))
                .sorted(Comparator.comparing(d -> d.name().value())).toList();
        if (chosen.isEmpty()) throw new InvalidInputException("There is no deck named \"" + root + "\".");
        List<PackageDeck> packageDecks = chosen.stream()
                .map(d -> new PackageDeck(d.id().value(), d.name(), "")).toList();
        List<DeckId> deckIds = chosen.stream().map(Deck::id).toList();
        Map<Long, Note> noteById = new HashMap<>();
        for (Note n : notes.ofCardsInDecks(deckIds)) noteById.put(n.id().value(), n);
        Map<Long, List<Card>> byNote = new LinkedHashMap<>();
        for (Card c : cards.byDecks(deckIds)) {
            byNote.computeIfAbsent(c.noteId().value(), k -> new ArrayList<>()).add(c);
        }
        List<PackageNote> outNotes = new ArrayList<>();
        List<PackageCard> outCards = new ArrayList<>();
        List<PackageReview> reviews = new ArrayList<>();
        long nextNoteId = 1;
        for (Map.Entry<Long, List<Card>> e : byNote.entrySet()) {
            List<Card> group = e.getValue();
            group.sort(Comparator.comparingLong(c -> c.id().value()));
            Note note = noteById.get(e.getKey());
            String guid = note != null ? note.guid() : "deckhand-note-" + e.getKey();
            Instant modified = now;
            if (group.size() == 2 && group.stream().allMatch(c -> c.kind() == CardKind.REVERSED)) {
                long id = nextNoteId++;
                Card first = group.get(0);
                outNotes.add(new PackageNote(id, guid, StockNoteTypes.REVERSED_ID,
                        List.of(text.apply(first.front()), text.apply(first.back())), first.tags(), modified));
                for (int i = 0; i < 2; i++) outCards.add(card(group.get(i), id, i, text, withScheduling));
            } else if (group.get(0).kind() == CardKind.CLOZE && note != null && !note.fields().isEmpty()
                    && note.fields().get(0).contains("{{c")) {
                long id = nextNoteId++;
                String extra = note.fields().size() > 1 ? note.fields().get(1) : "";
                outNotes.add(new PackageNote(id, guid, StockNoteTypes.CLOZE_ID,
                        List.of(text.apply(markdownOf(note, note.fields().get(0))), text.apply(markdownOf(note, extra))),
                        group.get(0).tags(), modified));
                for (int i = 0; i < group.size(); i++) outCards.add(card(group.get(i), id, i, text, withScheduling));
            } else {
                for (int i = 0; i < group.size(); i++) {
                    Card c = group.get(i);
                    long id = nextNoteId++;
                    String g = group.size() == 1 ? guid : guid + "/" + (i + 1);
                    outNotes.add(new PackageNote(id, g, StockNoteTypes.BASIC_ID,
                            List.of(text.apply(c.front()), text.apply(c.back())), c.tags(), modified));
                    outCards.add(card(c, id, 0, text, withScheduling));
                }
            }
        }
        if (withScheduling) {
            // one query for the chosen decks' cards instead of one per card
            java.util.Set<Long> exported = new java.util.HashSet<>();
            outCards.forEach(c -> exported.add(c.id()));
            for (ReviewLogEntry r : log.forCardsInDecks(deckIds)) {
                if (exported.contains(r.cardId().value())) reviews.add(review(reviews.size() + 1, r));
            }
        }
        return new DeckPackage(packageDecks, StockNoteTypes.all(), outNotes, outCards, reviews, List.of(), List.of());
    }

    /**
     * A note field as Markdown. Notes imported from Anki keep their fields as Anki's HTML (cards
     * hold the Markdown); such a field is converted, so its formatting and images are not shown
     * as escaped tags. Only Anki's editor tags count: {@code <pod-name>} in a Markdown note is text.
     */
    static String markdownOf(Note note, String field) {
        return note.source() == null && ANKI_HTML.matcher(field).find() ? HtmlToMarkdown.convert(field) : field;
    }

    private static PackageCard card(Card c, long noteId, int ordinal, UnaryOperator<String> text, boolean withScheduling) {
        var s = c.scheduling();
        return new PackageCard(c.id().value(), noteId, c.deckId().value(), ordinal, c.kind(), text.apply(c.front()),
                text.apply(c.back()), s, withScheduling && s.stability() > 0, c.suspended(), false, 0);
    }

    private static PackageReview review(long id, ReviewLogEntry r) {
        ReviewKind kind = switch (r.before().state()) {
            case NEW, LEARNING -> ReviewKind.LEARNING;
            case REVIEW -> ReviewKind.REVIEW;
            case RELEARNING -> ReviewKind.RELEARNING;
        };
        int ease = r.after().state() == CardState.NEW ? 0 : (int) Math.round(r.after().ease() * 1000);
        return new PackageReview(id, r.cardId().value(), r.reviewedAt(), r.rating(), kind, r.after().scheduledDays(),
                r.before().scheduledDays(), Math.max(0, ease), r.answerTime());
    }
}
