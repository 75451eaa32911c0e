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
import io.deckhand.exchange.DeckhandCarry;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.AnkiOrigins;
import io.deckhand.exchange.NoteTypeJson;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.study.StudyDay;
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
    private final PresetRepository presets;
    private final AnkiOrigins anki;

    DeckCollector(DeckRepository decks, NoteRepository notes, CardRepository cards, ReviewLogRepository log,
                  PresetRepository presets, AnkiOrigins anki) {
        this.anki = anki;
        this.decks = decks;
        this.notes = notes;
        this.cards = cards;
        this.log = log;
        this.presets = presets;
    }

    /** For text formats: the visible fields only. */
    DeckPackage collect(DeckName root, boolean withScheduling, UnaryOperator<String> convert, Instant now)
            throws DeckhandException {
        return collect(root, withScheduling, convert, now, null);
    }

    /**
     * For an Anki package: each note also carries Deckhand's own note in a hidden field
     * ({@link DeckhandCarry}), decks carry their presets, and the review log is in Anki's units
     * ({@code day}: when the user's days start, for learning steps that end on a later day).
     */
    DeckPackage collectForAnki(DeckName root, boolean withScheduling, UnaryOperator<String> convert, Instant now,
                               StudyDay day) throws DeckhandException {
        return collect(root, withScheduling, convert, now, day);
    }

    private DeckPackage collect(DeckName root, boolean withScheduling, UnaryOperator<String> convert, Instant now,
                                StudyDay ankiDay) throws DeckhandException {
        boolean carry = ankiDay != null;
        // a note's fields and its cards' sides are mostly the same texts: convert each once
        Map<String, String> converted = new HashMap<>();
        UnaryOperator<String> text = s -> converted.computeIfAbsent(s, convert);
        List<Deck> chosen = decks.all().stream()
                .filter(d -> d.name().equals(root) || root.isAncestorOf(d.name()))
                .sorted(Comparator.comparing(d -> d.name().value())).toList();
        if (chosen.isEmpty()) throw new InvalidInputException("There is no deck named \"" + root + "\".");
        Map<Long, DeckPreset> presetByDeck = new HashMap<>();
        List<PackageDeck> packageDecks = new ArrayList<>();
        for (Deck d : chosen) {
            DeckPreset preset = carry ? presets.get(d.presetId()) : null;
            if (preset != null) presetByDeck.put(d.id().value(), preset);
            packageDecks.add(new PackageDeck(d.id().value(), d.name(), "", preset));
        }
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
        // notes from Anki go back in their own note type, with Anki's ids and ordinals
        Map<Long, AnkiOrigins.Origin> origins = carry ? anki.ofNotesInDecks(deckIds) : Map.of();
        Map<Long, io.deckhand.exchange.NoteType> ankiTypes = new LinkedHashMap<>();
        for (var t : anki.noteTypes(origins.values().stream().map(AnkiOrigins.Origin::noteTypeId).distinct().toList()).entrySet()) {
            NoteTypeJson.read(t.getValue()).ifPresent(type -> ankiTypes.put(t.getKey(), type));
        }
        long nextNoteId = 1;
        for (Map.Entry<Long, List<Card>> e : byNote.entrySet()) {
            List<Card> group = e.getValue();
            group.sort(Comparator.comparingLong(c -> c.id().value()));
            Note note = noteById.get(e.getKey());
            AnkiOrigins.Origin origin = origins.get(e.getKey());
            io.deckhand.exchange.NoteType ankiType = origin == null ? null : ankiTypes.get(origin.noteTypeId());
            if (ankiType != null && note != null && note.fields().size() == ankiType.fields().size()
                    && origin.ordinals().size() == group.size()) {
                outNotes.add(new PackageNote(origin.ankiNoteId(), note.guid(), ankiType.id(), note.fields(),
                        unionOfTags(group), now));
                for (int i = 0; i < group.size(); i++) {
                    outCards.add(card(group.get(i), origin.ankiNoteId(), origin.ordinals().get(i), text, withScheduling));
                }
                continue;
            }
            String guid = note != null ? note.guid() : "deckhand-note-" + e.getKey();
            Instant modified = now;
            NoteOut out = new NoteOut(note, guid, group, carry);
            if (group.size() == 2 && group.stream().allMatch(c -> c.kind() == CardKind.REVERSED)) {
                long id = nextNoteId++;
                Card first = group.get(0);
                outNotes.add(out.note(id, guid, StockNoteTypes.REVERSED_ID,
                        List.of(text.apply(first.front()), text.apply(first.back())), unionOfTags(group), modified, List.of(0, 1)));
                for (int i = 0; i < 2; i++) outCards.add(card(group.get(i), id, i, text, withScheduling));
            } else if (group.get(0).kind() == CardKind.CLOZE && note != null && !note.fields().isEmpty()
                    && note.fields().get(0).contains("{{c")) {
                long id = nextNoteId++;
                String extra = note.fields().size() > 1 ? note.fields().get(1) : "";
                List<Integer> all = new ArrayList<>();
                for (int i = 0; i < group.size(); i++) all.add(i);
                outNotes.add(out.note(id, guid, StockNoteTypes.CLOZE_ID,
                        List.of(text.apply(markdownOf(note, note.fields().get(0))), text.apply(markdownOf(note, extra))),
                        unionOfTags(group), modified, all));
                for (int i = 0; i < group.size(); i++) outCards.add(card(group.get(i), id, i, text, withScheduling));
            } else {
                for (int i = 0; i < group.size(); i++) {
                    Card c = group.get(i);
                    long id = nextNoteId++;
                    String g = group.size() == 1 ? guid : guid + "/" + (i + 1);
                    outNotes.add(out.note(id, g, StockNoteTypes.BASIC_ID,
                            List.of(text.apply(c.front()), text.apply(c.back())), c.tags(), modified, List.of(i)));
                    outCards.add(card(c, id, 0, text, withScheduling));
                }
            }
        }
        if (withScheduling) {
            // one query for the chosen decks' cards instead of one per card
            Map<Long, Long> deckOfCard = new HashMap<>();
            outCards.forEach(c -> deckOfCard.put(c.id(), c.deckId()));
            StudyDay day = carry ? ankiDay : new StudyDay(java.time.ZoneOffset.UTC, StudyDay.DEFAULT_ROLLOVER);
            Map<String, ReviewLogRepository.AnkiRow> asWritten = log.ankiRowsForCardsInDecks(deckIds);
            for (ReviewLogEntry r : log.forCardsInDecks(deckIds)) {
                Long deck = deckOfCard.get(r.cardId().value());
                if (deck == null) continue;
                PackageReview review = review(reviews.size() + 1, r, presetByDeck.get(deck), day);
                // a row imported from Anki goes back as Anki wrote it
                var kept = asWritten.get(ReviewLogRepository.ankiRowKey(r.cardId().value(), r.reviewedAt()));
                if (kept != null && kept.type() >= 0 && kept.type() <= 5 && kept.factor() >= 0) {
                    review = new PackageReview(review.id(), review.cardId(), review.reviewedAt(), review.rating(),
                            ReviewKind.fromCode(kept.type()), kept.interval(), kept.lastInterval(), kept.factor(),
                            review.answerTime());
                }
                reviews.add(review);
            }
        }
        List<io.deckhand.exchange.NoteType> types = new ArrayList<>(carry ? DeckhandCarry.noteTypes("") : StockNoteTypes.all());
        java.util.Set<Long> used = new java.util.HashSet<>();
        outNotes.forEach(n -> used.add(n.noteTypeId()));
        ankiTypes.values().stream().filter(t -> used.contains(t.id())).forEach(types::add);
        return new DeckPackage(packageDecks, types, outNotes, outCards, reviews, List.of(), List.of());
    }

    /**
     * A note's tags in Anki: every tag any of its cards has (first card's first), since Anki tags
     * notes, not cards. Each card's own tags travel in the hidden field ({@link DeckhandCarry}).
     */
    static List<String> unionOfTags(List<Card> group) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        for (Card c : group) all.addAll(c.tags());
        return List.copyOf(all);
    }

    /** Builds the package notes of one Deckhand note; with {@code carry}, each with the hidden field. */
    private record NoteOut(Note note, String guid, List<Card> group, boolean carry) {
        PackageNote note(long id, String ankiGuid, long stockType, List<String> visible, List<String> tags,
                         Instant modified, List<Integer> cardIndexes) {
            if (!carry) return new PackageNote(id, ankiGuid, stockType, visible, tags, modified);
            List<DeckhandCarry.CarriedCard> carried = new ArrayList<>();
            for (int i : cardIndexes) {
                Card c = group.get(i);
                carried.add(new DeckhandCarry.CarriedCard(i, c.kind(), c.front(), c.back(), c.tags()));
            }
            List<String> noteFields = note != null ? note.fields() : List.of(group.get(0).front(), group.get(0).back());
            var payload = new DeckhandCarry.Carried(guid, noteFields, tags,
                    note != null ? note.source() : null, note != null ? note.contentHash() : "", carried,
                    DeckhandCarry.seen(visible));
            List<String> fields = new ArrayList<>(visible);
            fields.add(DeckhandCarry.encode(payload));
            return new PackageNote(id, ankiGuid, DeckhandCarry.noteTypeId(stockType), fields, tags, modified);
        }
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

    /**
     * A review-log row in Anki's units: the interval is days, or minus the seconds of a learning
     * step that ends before the next day starts (as Anki decides); the factor is the FSRS
     * difficulty mapped to 100-1100 when the deck schedules with FSRS, else the SM-2 ease.
     */
    static PackageReview review(long id, ReviewLogEntry r, DeckPreset preset, StudyDay day) {
        ReviewKind kind = switch (r.before().state()) {
            case NEW, LEARNING -> ReviewKind.LEARNING;
            case REVIEW -> ReviewKind.REVIEW;
            case RELEARNING -> ReviewKind.RELEARNING;
        };
        boolean fsrs = preset == null || preset.scheduler() == SchedulerKind.FSRS6;
        SchedulingState after = r.after();
        int factor;
        if (after.state() == CardState.NEW) factor = 0;
        else if (fsrs && after.difficulty() >= 1) factor = (int) Math.round(((after.difficulty() - 1) / 9 + 0.1) * 1000);
        else factor = (int) Math.round(after.ease() * 1000);
        return new PackageReview(id, r.cardId().value(), r.reviewedAt(), r.rating(), kind,
                ankiInterval(after, r.reviewedAt(), day), ankiInterval(r.before(), r.before().lastReview(), day),
                Math.max(0, factor), r.answerTime());
    }

    /** Anki's revlog interval of a state scheduled at {@code from}: days, or minus seconds for a step within the day. */
    static int ankiInterval(SchedulingState s, Instant from, StudyDay day) {
        return switch (s.state()) {
            case NEW -> 0;
            case REVIEW -> s.scheduledDays();
            case LEARNING, RELEARNING -> {
                if (from == null) yield 0;
                long secs = Math.max(0, java.time.Duration.between(from, s.due()).toSeconds());
                long untilRollover = java.time.Duration.between(from, day.endOf(from)).toSeconds();
                if (secs < untilRollover) yield (int) -Math.min(secs, Integer.MAX_VALUE);
                yield (int) ((secs - untilRollover) / 86_400 + 1);
            }
        };
    }
}
