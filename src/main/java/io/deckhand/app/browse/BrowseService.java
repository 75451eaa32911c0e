package io.deckhand.app.browse;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.port.BrowseRepository;
import io.deckhand.app.port.BrowseRepository.Found;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.app.undo.UndoStack;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.search.SearchNode;
import io.deckhand.domain.search.SearchParser;
import io.deckhand.domain.search.SearchSyntaxException;
import io.deckhand.domain.study.StudyDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The card browser: search (Anki's basic language, {@link SearchParser}) and changes to a
 * selection of cards. Every change is one transaction and goes on the app's undo history.
 */
public final class BrowseService {
    /** A search lists at most this many cards; the count says when there were more. */
    public static final int MAX_ROWS = 50_000;
    private final HiddenToday hidden;

    private final Transactions tx;
    private final DeckRepository decks;
    private final CardRepository cards;
    private final BrowseRepository browse;
    private final LibraryService library;
    private final UndoStack undo;
    private final Clock clock;
    private final Supplier<StudyDay> studyDay;

    public BrowseService(Transactions tx, DeckRepository decks, CardRepository cards, BrowseRepository browse,
                         LibraryService library, UndoStack undo, Clock clock, Supplier<StudyDay> studyDay) {
        this(tx, decks, cards, browse, library, undo, clock, studyDay, List::of);
    }

    /** The cards study hides for the day (siblings of today's answers, cards buried by hand): {@code is:buried}. */
    public interface HiddenToday {
        List<Card> cards() throws DeckhandException;
    }

    /** With what the study queue hides today, so {@code is:buried} finds siblings as well as cards buried by hand. */
    public BrowseService(Transactions tx, DeckRepository decks, CardRepository cards, BrowseRepository browse,
                         LibraryService library, UndoStack undo, Clock clock, Supplier<StudyDay> studyDay,
                         HiddenToday hidden) {
        this.hidden = hidden;
        this.tx = tx;
        this.decks = decks;
        this.cards = cards;
        this.browse = browse;
        this.library = library;
        this.undo = undo;
        this.clock = clock;
        this.studyDay = studyDay;
    }

    /** Checks a search without running it; the exception's message says what is wrong. */
    public static SearchNode parse(String query) throws InvalidInputException {
        try {
            return SearchParser.parse(query);
        } catch (SearchSyntaxException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    /** Matching cards ordered by deck name, then by when they were added. */
    public List<BrowseRow> search(String query) throws DeckhandException {
        SearchNode q = parse(query);
        return tx.read(() -> {
            Instant now = clock.instant();
            StudyDay sd = studyDay.get();
            java.util.Set<CardId> siblings = new java.util.HashSet<>();
            if (mentionsBuried(q)) for (Card c : hidden.cards()) siblings.add(c.id());
            List<Found> found = browse.search(q, new BrowseRepository.SearchTime(now, sd.startOf(now), sd.endOf(now),
                    siblings), MAX_ROWS);
            List<BrowseRow> rows = rows(found, now);
            rows.sort(Comparator.comparing(BrowseRow::deck, String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(r -> r.id().value()));
            return rows;
        });
    }

    /** Only a search with {@code is:buried} needs the day's hidden siblings read. */
    private static boolean mentionsBuried(SearchNode n) {
        if (n instanceof SearchNode.And a) return a.parts().stream().anyMatch(BrowseService::mentionsBuried);
        if (n instanceof SearchNode.Or o) return o.parts().stream().anyMatch(BrowseService::mentionsBuried);
        if (n instanceof SearchNode.Not not) return mentionsBuried(not.part());
        return n instanceof SearchNode.Is is && is.status() == SearchNode.Status.BURIED;
    }

    /**
     * Cards whose front says the same as another card's (case, spacing and Markdown emphasis
     * ignored), grouped together, largest groups first.
     */
    public List<BrowseRow> duplicates() throws DeckhandException {
        return tx.read(() -> {
            Instant now = clock.instant();
            StudyDay sd = studyDay.get();
            List<Found> all = browse.search(new SearchNode.And(List.of()),
                    new BrowseRepository.SearchTime(now, sd.startOf(now), sd.endOf(now)), MAX_ROWS);
            Map<String, List<Found>> groups = all.stream().collect(Collectors.groupingBy(
                    f -> sameText(f.card().front()), LinkedHashMap::new, Collectors.toList()));
            List<Found> out = new ArrayList<>();
            groups.values().stream().filter(g -> g.size() > 1)
                    .sorted(Comparator.comparingInt((List<Found> g) -> -g.size()))
                    .forEach(out::addAll);
            return rows(out, now);
        });
    }

    static String sameText(String front) {
        return front.replaceAll("[*_`>#]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private List<BrowseRow> rows(List<Found> found, Instant now) throws DeckhandException {
        Map<DeckId, String> names = decks.all().stream()
                .collect(Collectors.toMap(Deck::id, d -> d.name().value(), (a, b) -> a));
        StudyDay sd = studyDay.get();
        List<BrowseRow> rows = new ArrayList<>(found.size());
        for (Found f : found) {
            Card c = f.card();
            SchedulingState s = c.scheduling();
            boolean isNew = s.state() == CardState.NEW;
            rows.add(new BrowseRow(c.id(), names.getOrDefault(c.deckId(), ""), c.front(), c.back(), c.kind(), s.state(),
                    isNew ? null : sd.dateOf(s.due()), s.scheduledDays(), s.ease(), s.difficulty(), s.reps(), s.lapses(),
                    c.tags(), c.suspended(), f.flag(), f.buriedUntil() != null && f.buriedUntil().isAfter(now)));
        }
        return rows;
    }

    /** Deletes the cards with their review history (and notes left without cards); undoable. */
    public int delete(Collection<CardId> ids) throws DeckhandException {
        List<CardId> list = nonEmpty(ids);
        BrowseRepository.Deleted deleted = tx.inTransaction(() -> browse.deleteCards(list));
        undo.push("Delete " + cards(deleted.cards()), () -> browse.restore(deleted));
        return deleted.cards();
    }

    public void setSuspended(Collection<CardId> ids, boolean suspended) throws DeckhandException {
        List<CardId> list = nonEmpty(ids);
        List<Found> before = tx.inTransaction(() -> {
            List<Found> b = browse.find(list);
            browse.setSuspended(list, suspended);
            return b;
        });
        undo.push((suspended ? "Suspend " : "Unsuspend ") + cards(before.size()), () -> {
            for (Found f : before) browse.setSuspended(List.of(f.card().id()), f.card().suspended());
        });
    }

    /** Hides the cards from study until the next study day starts. */
    public void bury(Collection<CardId> ids) throws DeckhandException {
        setBuried(ids, true);
    }

    public void unbury(Collection<CardId> ids) throws DeckhandException {
        setBuried(ids, false);
    }

    private void setBuried(Collection<CardId> ids, boolean bury) throws DeckhandException {
        List<CardId> list = nonEmpty(ids);
        List<Found> before = tx.inTransaction(() -> {
            List<Found> b = browse.find(list);
            browse.setBuriedUntil(list, bury ? studyDay.get().endOf(clock.instant()) : null);
            return b;
        });
        undo.push((bury ? "Bury " : "Unbury ") + cards(before.size()), () -> {
            for (Found f : before) browse.setBuriedUntil(List.of(f.card().id()), f.buriedUntil());
        });
    }

    public void flag(Collection<CardId> ids, CardFlag flag) throws DeckhandException {
        List<CardId> list = nonEmpty(ids);
        List<Found> before = tx.inTransaction(() -> {
            List<Found> b = browse.find(list);
            browse.setFlag(list, flag.number());
            return b;
        });
        String label = flag == CardFlag.NONE ? "Remove the flag of " + cards(before.size())
                : "Flag " + cards(before.size()) + " " + flag.label().toLowerCase(Locale.ROOT);
        undo.push(label, () -> {
            for (Found f : before) browse.setFlag(List.of(f.card().id()), f.flag());
        });
    }

    /** Moves the cards to a deck, making it (and its parents) if it does not exist. */
    public void move(Collection<CardId> ids, String deckName) throws DeckhandException {
        List<CardId> list = nonEmpty(ids);
        DeckName name = deckName(deckName);
        List<DeckName> made = new ArrayList<>();
        List<Card> before = tx.inTransaction(() -> {
            for (DeckName n = name; n != null; n = n.parent()) if (decks.findByName(n).isEmpty()) made.add(n);
            Deck target = library.ensureDeck(name);
            List<Card> b = cards.findAll(list);
            for (Card c : b) cards.updateContent(c.withContent(c.front(), c.back(), c.tags(), target.id()));
            return b;
        });
        undo.push("Move " + cards(before.size()) + " to " + name.value(), () -> {
            restoreContent(before);
            removeIfEmpty(made);
        });
    }

    /** Undo of a move: the decks it made go again, deepest first, unless something was put in them since. */
    private void removeIfEmpty(List<DeckName> made) throws DeckhandException {
        for (DeckName n : made) {
            Optional<Deck> d = decks.findByName(n);
            if (d.isEmpty()) continue;
            boolean hasSubDecks = decks.all().stream().anyMatch(o -> n.isAncestorOf(o.name()));
            if (!hasSubDecks && cards.byDecks(List.of(d.get().id())).isEmpty()) decks.delete(d.get().id());
        }
    }

    /** Adds tags (space separated, as typed) to each card that lacks them. */
    public void addTags(Collection<CardId> ids, String tagText) throws DeckhandException {
        changeTags(ids, tagText, true);
    }

    public void removeTags(Collection<CardId> ids, String tagText) throws DeckhandException {
        changeTags(ids, tagText, false);
    }

    private void changeTags(Collection<CardId> ids, String tagText, boolean add) throws DeckhandException {
        List<CardId> list = nonEmpty(ids);
        List<String> tags = tags(tagText);
        List<Card> before = tx.inTransaction(() -> {
            List<Card> b = cards.findAll(list);
            for (Card c : b) {
                Set<String> now = new LinkedHashSet<>(c.tags());
                for (String t : tags) {
                    if (add) {
                        if (now.stream().noneMatch(x -> x.equalsIgnoreCase(t))) now.add(t);
                    } else {
                        now.removeIf(x -> x.equalsIgnoreCase(t));
                    }
                }
                cards.updateContent(c.withContent(c.front(), c.back(), List.copyOf(now), c.deckId()));
            }
            return b;
        });
        undo.push((add ? "Add tags to " : "Remove tags from ") + cards(before.size()), () -> restoreContent(before));
    }

    /** Forgets the cards' progress: they become new cards again (the review history stays). */
    public void reset(Collection<CardId> ids) throws DeckhandException {
        List<CardId> list = nonEmpty(ids);
        List<Card> before = tx.inTransaction(() -> {
            List<Card> b = cards.findAll(list);
            Instant now = clock.instant();
            for (Card c : b) cards.setSchedulingByHand(c.id(), SchedulingState.newCard(now));
            return b;
        });
        undo.push("Reset " + cards(before.size()), () -> restoreScheduling(before));
    }

    /**
     * Sets the cards due in {@code days} study days (0 = today), as Anki's "Set due date": a new or
     * learning card becomes a review card with that interval; a review card keeps its interval.
     */
    public void reschedule(Collection<CardId> ids, int days) throws DeckhandException {
        if (days < 0 || days > 36_500) throw new InvalidInputException("The number of days must be between 0 and 36500.");
        List<CardId> list = nonEmpty(ids);
        List<Card> before = tx.inTransaction(() -> {
            List<Card> b = cards.findAll(list);
            Instant now = clock.instant();
            Instant due = studyDay.get().startOf(now).plus(Duration.ofDays(days));
            for (Card c : b) {
                SchedulingState s = c.scheduling();
                boolean review = s.state() == CardState.REVIEW;
                int interval = review ? Math.max(1, s.scheduledDays()) : Math.max(1, days);
                double stability = s.stability() > 0 ? s.stability() : interval;
                double difficulty = s.difficulty() > 0 ? s.difficulty() : 5.0;
                cards.setSchedulingByHand(c.id(), new SchedulingState(CardState.REVIEW, due, stability, difficulty,
                        interval, s.reps(), s.lapses(), 0, s.lastReview() == null ? now : s.lastReview(), s.ease()));
            }
            return b;
        });
        undo.push("Reschedule " + cards(before.size()), () -> restoreScheduling(before));
    }

    private void restoreContent(List<Card> before) throws DeckhandException {
        for (Card c : before) cards.updateContent(c);
    }

    private void restoreScheduling(List<Card> before) throws DeckhandException {
        for (Card c : before) cards.setSchedulingByHand(c.id(), c.scheduling());
    }

    private static List<CardId> nonEmpty(Collection<CardId> ids) throws InvalidInputException {
        if (ids == null || ids.isEmpty()) throw new InvalidInputException("No cards are selected.");
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    static List<String> tags(String text) throws InvalidInputException {
        List<String> tags = text == null ? List.of() : List.of(text.strip().split("\\s+")).stream()
                .filter(t -> !t.isEmpty()).toList();
        if (tags.isEmpty()) throw new InvalidInputException("Type at least one tag (tags are separated by spaces).");
        return tags;
    }

    private static DeckName deckName(String text) throws InvalidInputException {
        try {
            return new DeckName(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Type the name of a deck.", e);
        }
    }

    static String cards(int n) {
        return n == 1 ? "1 card" : n + " cards";
    }
}
