package io.deckhand.app.library;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.NoteRepository;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.SettingsRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.json.DeckFile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Decks and cards as things to browse, add and edit. */
public final class LibraryService {
    static final String BUNDLED_LOADED = "bundled-decks-loaded";

    /** Supplies the decks shipped with the app; read only when they are needed. */
    @FunctionalInterface
    public interface BundledDecks {
        List<DeckFile> load() throws FormatException;
    }

    private final Transactions tx;
    private final DeckRepository decks;
    private final PresetRepository presets;
    private final NoteRepository notes;
    private final CardRepository cards;
    private final SettingsRepository settings;
    private final Clock clock;
    private final io.deckhand.app.undo.UndoStack undo;
    private final io.deckhand.app.port.BrowseRepository browse;

    /**
     * {@code undo} is the app's one undo history; {@code browse} deletes decks and cards in a way
     * that can be put back.
     */
    public LibraryService(Transactions tx, DeckRepository decks, PresetRepository presets, NoteRepository notes,
                          CardRepository cards, SettingsRepository settings, Clock clock,
                          io.deckhand.app.undo.UndoStack undo, io.deckhand.app.port.BrowseRepository browse) {
        this.undo = undo;
        this.browse = browse;
        this.tx = tx;
        this.decks = decks;
        this.presets = presets;
        this.notes = notes;
        this.cards = cards;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Deck> decks() throws DeckhandException {
        return tx.read(decks::all);
    }

    public Card card(CardId id) throws DeckhandException {
        return tx.read(() -> cards.find(id).orElseThrow(() -> new InvalidInputException("That card no longer exists.")));
    }

    public long cardCount() throws DeckhandException {
        return tx.read(cards::count);
    }

    public Card editCard(CardId id, String front, String back, List<String> tags, DeckName deck)
            throws DeckhandException {
        requireText(front, back);
        Card[] saved = tx.inTransaction(() -> {
            Card card = cards.find(id).orElseThrow(() -> new InvalidInputException("That card no longer exists."));
            Deck target = ensureDeck(deck);
            Card updated = card.withContent(front, back, tags, target.id());
            cards.updateContent(updated);
            return new Card[] {card, updated};
        });
        undo.push("Edit card", () -> cards.updateContent(saved[0]));
        return saved[1];
    }

    public Card addCard(DeckName deck, String front, String back, List<String> tags) throws DeckhandException {
        requireText(front, back);
        Card added = tx.inTransaction(() -> {
            Deck target = ensureDeck(deck);
            String guid = Guids.of("manual", String.valueOf(clock.millis()), front, back, String.valueOf(cards.count()));
            Note note = notes.insert(guid, CardKind.BASIC.code(), List.of(front, back), null,
                    Guids.content(List.of(front, back)));
            return cards.insert(note.id(), target.id(), CardKind.BASIC, front, back, tags,
                    SchedulingState.newCard(clock.instant()));
        });
        undo.push("Add card", () -> browse.deleteCards(List.of(added.id())));
        return added;
    }

    /** How many cards the deck and its sub-decks hold (what deleting it would remove). */
    public int cardsInDeck(io.deckhand.domain.deck.DeckId id) throws DeckhandException {
        return tx.read(() -> browse.countInDecks(subtree(existing(id))));
    }

    /** Renames a deck; its sub-decks move with it. Undoable. */
    public Deck renameDeck(io.deckhand.domain.deck.DeckId id, String newName) throws DeckhandException {
        DeckName name = typedName(newName);
        requireReasonable(name);
        Deck[] renamed = new Deck[2];
        java.util.Map<io.deckhand.domain.deck.DeckId, DeckName> before = tx.inTransaction(() -> {
            Deck deck = existing(id);
            renamed[0] = deck;
            return rename(deck, name);
        });
        undo.push("Rename deck " + renamed[0].name().leaf(), () -> restoreNames(before));
        return new Deck(id, name, renamed[0].presetId());
    }

    /** Moves a deck (with its sub-decks) under {@code parent}, or to the top level when null. Undoable. */
    public Deck moveDeck(io.deckhand.domain.deck.DeckId id, io.deckhand.domain.deck.DeckId parent) throws DeckhandException {
        Deck[] moved = new Deck[1];
        DeckName[] target = new DeckName[1];
        java.util.Map<io.deckhand.domain.deck.DeckId, DeckName> before = tx.inTransaction(() -> {
            Deck deck = existing(id);
            moved[0] = deck;
            DeckName to;
            if (parent == null) {
                to = new DeckName(deck.name().leaf());
            } else {
                Deck p = existing(parent);
                if (p.id().equals(deck.id()) || deck.name().isAncestorOf(p.name())) {
                    throw new InvalidInputException("A deck cannot be moved into itself or one of its sub-decks.");
                }
                to = new DeckName(p.name().value() + DeckName.SEPARATOR + deck.name().leaf());
            }
            requireReasonable(to);
            target[0] = to;
            return rename(deck, to);
        });
        undo.push("Move deck " + moved[0].name().leaf(), () -> restoreNames(before));
        return new Deck(id, target[0], moved[0].presetId());
    }

    /** Makes a deck {@code name} under {@code parent} (null: at the top level). Undoable. */
    public Deck createDeck(io.deckhand.domain.deck.DeckId parent, String name) throws DeckhandException {
        DeckName leaf = typedName(name);
        Deck created = tx.inTransaction(() -> {
            DeckName full = parent == null ? leaf : new DeckName(existing(parent).name().value() + DeckName.SEPARATOR + leaf.value());
            Optional<Deck> clash = decks.findByName(full);
            if (clash.isPresent()) throw new InvalidInputException("There is already a deck " + clash.get().name() + ".");
            return ensureDeck(full);
        });
        undo.push("Create deck " + created.name().leaf(), () -> browse.deleteDecks(List.of(created.id())));
        return created;
    }

    /** Deletes a deck, its sub-decks and all their cards. Undoable. Returns how many cards went. */
    public int deleteDeck(io.deckhand.domain.deck.DeckId id) throws DeckhandException {
        Deck[] gone = new Deck[1];
        io.deckhand.app.port.BrowseRepository.Deleted deleted = tx.inTransaction(() -> {
            Deck deck = existing(id);
            gone[0] = deck;
            return browse.deleteDecks(subtree(deck));
        });
        undo.push("Delete deck " + gone[0].name().leaf(), () -> browse.restore(deleted));
        return deleted.cards();
    }

    private Deck existing(io.deckhand.domain.deck.DeckId id) throws DeckhandException {
        return decks.find(id).orElseThrow(() -> new InvalidInputException("That deck no longer exists."));
    }

    private List<io.deckhand.domain.deck.DeckId> subtree(Deck deck) throws DeckhandException {
        List<io.deckhand.domain.deck.DeckId> out = new ArrayList<>();
        for (Deck d : decks.all()) {
            if (d.id().equals(deck.id()) || deck.name().isAncestorOf(d.name())) out.add(d.id());
        }
        return out;
    }

    /** Renames the deck and every deck below it; returns their old names. Call inside a transaction. */
    private java.util.Map<io.deckhand.domain.deck.DeckId, DeckName> rename(Deck deck, DeckName to) throws DeckhandException {
        java.util.Map<io.deckhand.domain.deck.DeckId, DeckName> before = new java.util.LinkedHashMap<>();
        if (deck.name().value().equals(to.value())) return before;
        List<Deck> all = decks.all();
        List<Deck> moving = all.stream().filter(d -> d.id().equals(deck.id()) || deck.name().isAncestorOf(d.name())).toList();
        java.util.Set<io.deckhand.domain.deck.DeckId> movingIds = new java.util.HashSet<>();
        moving.forEach(d -> movingIds.add(d.id()));
        java.util.Map<Deck, DeckName> renames = new java.util.LinkedHashMap<>();
        for (Deck d : moving) {
            DeckName n = new DeckName(to.value() + d.name().value().substring(deck.name().value().length()));
            for (Deck other : all) {
                if (!movingIds.contains(other.id()) && other.name().value().equalsIgnoreCase(n.value())) {
                    throw new InvalidInputException("There is already a deck " + other.name() + ".");
                }
            }
            renames.put(d, n);
        }
        // Through a temporary name first, so that swapping case or moving into a freed name never meets a unique clash.
        for (Deck d : renames.keySet()) {
            before.put(d.id(), d.name());
            decks.update(new Deck(d.id(), new DeckName("\u241Amoving " + d.id().value()), d.presetId()));
        }
        for (var e : renames.entrySet()) decks.update(new Deck(e.getKey().id(), e.getValue(), e.getKey().presetId()));
        // A moved deck's new parents may not exist yet ("A::B" moved under a deck made meanwhile).
        DeckName parent = to.parent();
        if (parent != null) ensureDeck(parent);
        return before;
    }

    private void restoreNames(java.util.Map<io.deckhand.domain.deck.DeckId, DeckName> before) throws DeckhandException {
        for (var e : before.entrySet()) {
            Deck d = decks.find(e.getKey()).orElse(null);
            if (d != null) decks.update(new Deck(d.id(), new DeckName("\u241Aundo " + d.id().value()), d.presetId()));
        }
        for (var e : before.entrySet()) {
            Deck d = decks.find(e.getKey()).orElse(null);
            if (d != null) decks.update(new Deck(d.id(), e.getValue(), d.presetId()));
        }
    }

    private static DeckName typedName(String text) throws InvalidInputException {
        try {
            return new DeckName(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Type a name for the deck.", e);
        }
    }

    /** The deck with this name, creating it and any missing parents. Call inside a transaction. */
    /**
     * Deck names may have at most this many levels. Anki has no limit, but shared decks seldom
     * go past 8; a name of thousands of levels only comes from a broken or hostile file.
     */
    public static final int MAX_DECK_DEPTH = 32;
    /** Deck names may be at most this many characters, all levels together. */
    public static final int MAX_DECK_NAME = 1000;

    /**
     * The deck with this name, creating it and any missing parents. Call inside a transaction.
     * Refuses names deeper than {@link #MAX_DECK_DEPTH} or longer than {@link #MAX_DECK_NAME}.
     */
    public Deck ensureDeck(DeckName name) throws DeckhandException {
        requireReasonable(name);
        Optional<Deck> existing = decks.findByName(name);
        if (existing.isPresent()) return existing.get();
        // the nearest existing ancestor, then each missing level below it, top down (no recursion)
        List<DeckName> missing = new ArrayList<>();
        missing.add(name);
        Deck parent = null;
        for (DeckName p = name.parent(); p != null; p = p.parent()) {
            Optional<Deck> found = decks.findByName(p);
            if (found.isPresent()) {
                parent = found.get();
                break;
            }
            missing.add(p);
        }
        PresetId preset = parent != null ? parent.presetId() : PresetId.DEFAULT;
        if (presets.all().isEmpty()) preset = presets.create("Default").id();
        Deck created = null;
        for (int i = missing.size() - 1; i >= 0; i--) {
            created = decks.create(missing.get(i), preset);
            preset = created.presetId();
        }
        return created;
    }

    private static void requireReasonable(DeckName name) throws InvalidInputException {
        String value = name.value();
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        int levels = name.depth() + 1;
        if (levels > MAX_DECK_DEPTH) {
            throw new InvalidInputException("The deck name \"" + shown + "\" has " + levels
                    + " levels; a deck may be nested at most " + MAX_DECK_DEPTH + " levels deep.");
        }
        if (value.length() > MAX_DECK_NAME) {
            throw new InvalidInputException("The deck name \"" + shown + "\" is " + value.length()
                    + " characters long; a deck name may have at most " + MAX_DECK_NAME + ".");
        }
    }

    /**
     * On the first start of an empty collection, adds the bundled decks so there is something to
     * study at once. Returns the number of cards added (0 if the collection was not new).
     */
    public int loadBundledDecksIfNew(BundledDecks bundled) throws DeckhandException {
        return tx.inTransaction(() -> {
            if (settings.get(BUNDLED_LOADED).isPresent() || cards.count() > 0) return 0;
            int added = 0;
            try {
                for (DeckFile file : bundled.load()) added += addEntries(file);
            } catch (FormatException e) {
                throw new InvalidInputException("A bundled deck could not be read: " + e.getMessage(), e);
            }
            settings.put(BUNDLED_LOADED, "true");
            settings.put(BUNDLED_PAIRS_JOINED, "true"); // the deck's facts arrive as one note each
            return added;
        });
    }

    /** Set once the bundled notes of one fact (a command and its reverse) were joined into one note. */
    static final String BUNDLED_PAIRS_JOINED = "bundled-pairs-joined";

    /**
     * Each entry's guid from before the cards of one fact shared a note (then each card was a note of
     * its own under this guid), in the deck file's order.
     */
    @FunctionalInterface
    public interface FormerGuids {
        List<String> of(DeckFile file);
    }

    /**
     * Once per collection: the bundled cards of one fact that were saved as notes of their own become
     * cards of the fact's note. The later cards move (keeping their ids, scheduling and review log)
     * under the note of the fact's first card, and their emptied notes go. Returns how many cards moved.
     */
    public int joinBundledPairsOnce(BundledDecks bundled, FormerGuids former) throws DeckhandException {
        if (tx.read(() -> settings.get(BUNDLED_PAIRS_JOINED).isPresent())) return 0;
        return tx.inTransaction(() -> {
            if (settings.get(BUNDLED_PAIRS_JOINED).isPresent()) return 0;
            int moved = 0;
            try {
                for (DeckFile file : bundled.load()) moved += joinPairs(file, former.of(file));
            } catch (FormatException e) {
                throw new InvalidInputException("A bundled deck could not be read: " + e.getMessage(), e);
            }
            settings.put(BUNDLED_PAIRS_JOINED, "true");
            return moved;
        });
    }

    private int joinPairs(DeckFile file, List<String> formerGuids) throws DeckhandException {
        Map<String, List<Integer>> byGuid = new LinkedHashMap<>();
        for (int i = 0; i < file.cards().size(); i++) {
            byGuid.computeIfAbsent(file.cards().get(i).guid(), k -> new ArrayList<>()).add(i);
        }
        int moved = 0;
        for (Map.Entry<String, List<Integer>> fact : byGuid.entrySet()) {
            if (fact.getValue().size() < 2) continue;
            Optional<Note> home = notes.findByGuid(fact.getKey());
            if (home.isEmpty()) continue;
            List<String> hashes = new ArrayList<>(List.of(home.get().contentHash().split(" ")));
            boolean joined = false;
            for (int index : fact.getValue().subList(1, fact.getValue().size())) {
                String guid = formerGuids.get(index);
                Optional<Note> own = guid.equals(fact.getKey()) ? Optional.empty() : notes.findByGuid(guid);
                // only a bundled note: the same place in the same (relative, bundled) notes file
                if (own.isEmpty() || own.get().source() == null || home.get().source() == null
                        || !own.get().source().path().equals(home.get().source().path())) continue;
                for (Card c : cards.byNote(own.get().id())) {
                    cards.moveToNote(c.id(), home.get().id());
                    moved++;
                }
                hashes.add(own.get().contentHash());
                notes.delete(own.get().id());
                joined = true;
            }
            if (joined) {
                Note h = home.get();
                notes.update(new Note(h.id(), h.guid(), h.noteType(), h.fields(), h.source(), String.join(" ", hashes)));
            }
        }
        return moved;
    }

    /**
     * Adds every card of a deck file whose note is not in the collection yet; entries sharing a guid
     * are the cards of one note (the note's text is its first card's). Call inside a transaction.
     */
    public int addEntries(DeckFile file) throws DeckhandException {
        Map<String, List<DeckFile.Entry>> byGuid = new LinkedHashMap<>();
        for (DeckFile.Entry entry : file.cards()) byGuid.computeIfAbsent(entry.guid(), k -> new ArrayList<>()).add(entry);
        int added = 0;
        for (Map.Entry<String, List<DeckFile.Entry>> group : byGuid.entrySet()) {
            if (notes.findByGuid(group.getKey()).isPresent()) continue;
            CardDraft first = group.getValue().get(0).card();
            List<String> hashes = new ArrayList<>();
            for (DeckFile.Entry e : group.getValue()) hashes.add(Guids.content(List.of(e.card().front(), e.card().back())));
            Note note = notes.insert(group.getKey(), first.kind().code(), List.of(first.front(), first.back()),
                    first.source(), String.join(" ", hashes));
            for (DeckFile.Entry e : group.getValue()) {
                CardDraft c = e.card();
                Deck deck = ensureDeck(new DeckName(c.deck().isBlank() ? file.name() : c.deck()));
                cards.insert(note.id(), deck.id(), c.kind(), c.front(), c.back(), c.tags(),
                        SchedulingState.newCard(clock.instant()));
                added++;
            }
        }
        return added;
    }

    private static void requireText(String front, String back) throws InvalidInputException {
        if (front == null || front.isBlank()) throw new InvalidInputException("The front of the card is empty.");
        if (back == null || back.isBlank()) throw new InvalidInputException("The back of the card is empty.");
    }
}
