package io.deckhand.app.deckoptions;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.app.study.StudyDaySetting;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.deck.SiblingBury;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deck options: the presets decks share (scheduler, retention, steps, limits) and the hour the
 * study day starts. Every change is one transaction; invalid input changes nothing.
 */
public final class DeckOptionsService {
    static final int MAX_NAME_LENGTH = 60;
    static final int MAX_DAILY_LIMIT = 99_999;
    static final int MAX_INTERVAL_DAYS = 36_500;

    private final Transactions tx;
    private final DeckRepository decks;
    private final PresetRepository presets;
    private final StudyDaySetting studyDay;
    /** Holds each preset's sibling burying (presets have no column for it); null: always the default. */
    private final io.deckhand.app.port.SettingsRepository settings;

    public DeckOptionsService(Transactions tx, DeckRepository decks, PresetRepository presets,
                              StudyDaySetting studyDay) {
        this(tx, decks, presets, studyDay, null);
    }

    public DeckOptionsService(Transactions tx, DeckRepository decks, PresetRepository presets,
                              StudyDaySetting studyDay, io.deckhand.app.port.SettingsRepository settings) {
        this.settings = settings;
        this.tx = tx;
        this.decks = decks;
        this.presets = presets;
        this.studyDay = studyDay;
    }

    public Deck deck(DeckId id) throws DeckhandException {
        return tx.read(() -> findDeck(id));
    }

    /** The deck with this full name ("Parent::Child"). */
    public Deck deckNamed(String name) throws DeckhandException {
        if (name == null || name.isBlank()) throw new InvalidInputException("Give the name of a deck.");
        DeckName wanted = new DeckName(name);
        return tx.read(() -> decks.findByName(wanted)
                .orElseThrow(() -> new InvalidInputException("There is no deck named \"" + wanted + "\".")));
    }

    /** The preset the deck uses. */
    public DeckPreset presetOf(DeckId deck) throws DeckhandException {
        return tx.read(() -> presets.get(findDeck(deck).presetId()));
    }

    public List<DeckPreset> presets() throws DeckhandException {
        return tx.read(presets::all);
    }

    /** Decks that use the preset, by name. */
    public List<Deck> decksUsing(PresetId preset) throws DeckhandException {
        return tx.read(() -> decks.all().stream().filter(d -> d.presetId().equals(preset)).toList());
    }

    /** How many decks use each preset (presets no deck uses are left out). */
    public Map<PresetId, Integer> deckCounts() throws DeckhandException {
        return tx.read(() -> {
            Map<PresetId, Integer> counts = new HashMap<>();
            for (Deck d : decks.all()) counts.merge(d.presetId(), 1, Integer::sum);
            return counts;
        });
    }

    /** The decks below this one (all levels). */
    public List<Deck> subDecksOf(DeckId deck) throws DeckhandException {
        return tx.read(() -> {
            Deck root = findDeck(deck);
            return decks.all().stream().filter(d -> root.name().isAncestorOf(d.name())).toList();
        });
    }

    /** A new preset holding a copy of {@code copyOf}'s options. */
    public DeckPreset createPreset(String name, PresetId copyOf) throws DeckhandException {
        String clean = checkName(name);
        return tx.inTransaction(() -> {
            DeckPreset source = findPreset(copyOf);
            requireUnusedName(clean, null);
            DeckPreset copy = source.copyAs(presets.create(clean).id(), clean);
            presets.update(copy);
            return copy;
        });
    }

    public DeckPreset renamePreset(PresetId id, String name) throws DeckhandException {
        String clean = checkName(name);
        return tx.inTransaction(() -> {
            DeckPreset renamed = findPreset(id).withName(clean);
            requireUnusedName(clean, id);
            presets.update(renamed);
            return renamed;
        });
    }

    /** Checks and saves the options; a message names the first value that cannot be used. */
    public DeckPreset updateOptions(PresetId id, DeckOptions options) throws DeckhandException {
        double retention = checkRetention(options.desiredRetention());
        List<Duration> learning = StepsParser.parse(options.learningSteps(), "Learning steps");
        List<Duration> relearning = StepsParser.parse(options.relearningSteps(), "Relearning steps");
        checkRange("New cards per day", options.newPerDay(), 0, MAX_DAILY_LIMIT);
        checkRange("Reviews per day", options.reviewsPerDay(), 0, MAX_DAILY_LIMIT);
        checkRange("Maximum interval (days)", options.maximumIntervalDays(), 1, MAX_INTERVAL_DAYS);
        return tx.inTransaction(() -> {
            DeckPreset old = findPreset(id);
            DeckPreset updated = new DeckPreset(old.id(), old.name(), options.scheduler(), retention, learning,
                    relearning, options.maximumIntervalDays(), options.newPerDay(), options.reviewsPerDay(),
                    options.fuzz(), old.fsrsWeights());
            presets.update(updated);
            return updated;
        });
    }

    /**
     * What the options dialog saves, in one transaction: the preset's options, and the deck (with
     * {@code includeSubDecks} its sub-decks too) set to use that preset.
     */
    public DeckPreset saveForDeck(DeckId deck, PresetId preset, DeckOptions options, boolean includeSubDecks)
            throws DeckhandException {
        return tx.inTransaction(() -> {
            DeckPreset saved = updateOptions(preset, options);
            assignPreset(deck, preset, includeSubDecks);
            return saved;
        });
    }

    /** As {@link #saveForDeck(DeckId, PresetId, DeckOptions, boolean)}, with the preset's sibling burying, in the same transaction. */
    public DeckPreset saveForDeck(DeckId deck, PresetId preset, DeckOptions options, boolean includeSubDecks,
                                  SiblingBury bury) throws DeckhandException {
        return tx.inTransaction(() -> {
            DeckPreset saved = saveForDeck(deck, preset, options, includeSubDecks);
            setSiblingBury(preset, bury);
            return saved;
        });
    }

    /** Which siblings of an answered card the preset buries until the next day (all by default). */
    public SiblingBury siblingBury(PresetId preset) throws DeckhandException {
        if (settings == null) return SiblingBury.ALL;
        return tx.read(() -> SiblingBury.parse(settings.get(SiblingBury.settingKey(preset)).orElse(null)));
    }

    /** Every preset's sibling burying, for the options dialog. */
    public Map<PresetId, SiblingBury> siblingBuryByPreset() throws DeckhandException {
        return tx.read(() -> {
            Map<PresetId, SiblingBury> out = new HashMap<>();
            for (DeckPreset p : presets.all()) {
                out.put(p.id(), settings == null ? SiblingBury.ALL
                        : SiblingBury.parse(settings.get(SiblingBury.settingKey(p.id())).orElse(null)));
            }
            return out;
        });
    }

    public void setSiblingBury(PresetId preset, SiblingBury bury) throws DeckhandException {
        if (settings == null) throw new InvalidInputException("Sibling burying cannot be saved here.");
        tx.inTransaction(() -> {
            findPreset(preset);
            settings.put(SiblingBury.settingKey(preset), bury.code());
            return null;
        });
    }

    /**
     * Makes the deck (and with {@code includeSubDecks} every deck below it) use the preset.
     * Returns how many decks changed.
     */
    public int assignPreset(DeckId deckId, PresetId preset, boolean includeSubDecks) throws DeckhandException {
        return tx.inTransaction(() -> {
            findPreset(preset);
            Deck root = findDeck(deckId);
            int changed = 0;
            for (Deck d : decks.all()) {
                boolean inScope = d.id().equals(root.id()) || includeSubDecks && root.name().isAncestorOf(d.name());
                if (inScope && !d.presetId().equals(preset)) {
                    decks.update(new Deck(d.id(), d.name(), preset));
                    changed++;
                }
            }
            return changed;
        });
    }

    /** The hour (0-23, local time) at which the next study day starts. */
    public int rolloverHour() {
        return studyDay.rolloverHour();
    }

    /** Stores the rollover hour; study counts use it from the next call on. */
    public void setRolloverHour(int hour) throws DeckhandException {
        studyDay.setRolloverHour(hour);
    }

    private Deck findDeck(DeckId id) throws DeckhandException {
        return decks.find(id).orElseThrow(() -> new InvalidInputException("That deck no longer exists."));
    }

    private DeckPreset findPreset(PresetId id) throws DeckhandException {
        return presets.all().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("That options preset no longer exists."));
    }

    private void requireUnusedName(String name, PresetId except) throws DeckhandException {
        for (DeckPreset p : presets.all()) {
            if (!p.id().equals(except) && p.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("A preset named \"" + p.name() + "\" already exists.");
            }
        }
    }

    private static String checkName(String name) throws InvalidInputException {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) throw new InvalidInputException("Give the preset a name.");
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("A preset name has at most " + MAX_NAME_LENGTH + " characters.");
        }
        return clean;
    }

    /** 0.70-0.99, kept to two decimals as Anki shows it. */
    static double checkRetention(double r) throws InvalidInputException {
        double rounded = Math.round(r * 100) / 100.0;
        if (Double.isNaN(r) || rounded < DeckPreset.MIN_RETENTION || rounded > DeckPreset.MAX_RETENTION) {
            throw new InvalidInputException("Desired retention must be between 70% and 99% (0.70 to 0.99), not "
                    + (Double.isNaN(r) ? "empty" : String.format(Locale.ROOT, "%.2f", r)) + ".");
        }
        return rounded;
    }

    private static void checkRange(String what, int value, int min, int max) throws InvalidInputException {
        if (value < min || value > max) {
            throw new InvalidInputException(what + " must be from " + min + " to " + max + ", not " + value + ".");
        }
    }
}
