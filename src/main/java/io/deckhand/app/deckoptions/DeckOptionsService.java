package io.deckhand.app.deckoptions;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.ReviewLogRepository;
import io.deckhand.app.port.SettingsRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.app.study.StudyDaySetting;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.deck.SiblingBury;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.fsrs.optimize.FsrsOptimizer;
import io.deckhand.domain.schedule.fsrs.optimize.OptimizeResult;
import io.deckhand.domain.schedule.fsrs.optimize.ReviewRecord;
import io.deckhand.domain.schedule.fsrs.optimize.TrainingSet;
import io.deckhand.domain.study.StudyDay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;

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
    private final ReviewLogRepository reviewLog;
    /** Holds each preset's sibling burying (presets have no column for it). */
    private final SettingsRepository settings;

    private final io.deckhand.app.undo.UndoStack undo;

    public DeckOptionsService(Transactions tx, DeckRepository decks, PresetRepository presets,
                              StudyDaySetting studyDay, ReviewLogRepository reviewLog, SettingsRepository settings) {
        this(tx, decks, presets, studyDay, reviewLog, settings, null);
    }

    /** With the app's one undo history: saving a deck's options is undoable. */
    public DeckOptionsService(Transactions tx, DeckRepository decks, PresetRepository presets,
                              StudyDaySetting studyDay, ReviewLogRepository reviewLog, SettingsRepository settings,
                              io.deckhand.app.undo.UndoStack undo) {
        this.undo = undo;
        this.settings = Objects.requireNonNull(settings);
        this.tx = tx;
        this.decks = decks;
        this.presets = presets;
        this.studyDay = studyDay;
        this.reviewLog = Objects.requireNonNull(reviewLog);
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
        record Before(DeckPreset preset, List<Deck> decks, String bury, String deckName) {
        }
        Before[] before = new Before[1];
        DeckPreset result = tx.inTransaction(() -> {
            before[0] = new Before(findPreset(preset), decks.all(),
                    settings.get(SiblingBury.settingKey(preset)).orElse(SiblingBury.ALL.code()),
                    findDeck(deck).name().value());
            DeckPreset saved = saveForDeck(deck, preset, options, includeSubDecks);
            setSiblingBury(preset, bury);
            return saved;
        });
        if (undo != null) {
            Before b = before[0];
            // Undo puts back the preset's options, which decks used which preset, and the burying.
            undo.push("Save options of " + b.deckName(), () -> {
                presets.update(b.preset());
                for (Deck d : b.decks()) {
                    Optional<Deck> now = decks.find(d.id());
                    if (now.isPresent() && !now.get().presetId().equals(d.presetId())) {
                        decks.update(new Deck(d.id(), now.get().name(), d.presetId()));
                    }
                }
                settings.put(SiblingBury.settingKey(b.preset().id()), b.bury());
            });
        }
        return result;
    }

    /**
     * The options dialog's Save, all in one transaction: the preset's options and sibling burying, the deck
     * (and with {@code includeSubDecks} its sub-decks) set to use it, and the hour the study day starts
     * (empty: left as it is). A failure anywhere leaves all of them as they were.
     */
    public DeckPreset saveForDeck(DeckId deck, PresetId preset, DeckOptions options, boolean includeSubDecks,
                                  SiblingBury bury, OptionalInt rolloverHour) throws DeckhandException {
        boolean newHour = rolloverHour.isPresent() && rolloverHour.getAsInt() != studyDay.rolloverHour();
        try {
            return tx.inTransaction(() -> {
                DeckPreset saved = saveForDeck(deck, preset, options, includeSubDecks, bury);
                if (newHour) studyDay.setRolloverHour(rolloverHour.getAsInt());
                return saved;
            });
        } catch (DeckhandException | RuntimeException e) {
            // The hour is held in memory too; read back what the collection kept.
            if (newHour) studyDay.reload();
            throw e;
        }
    }

    /** Which siblings of an answered card the preset buries until the next day (all by default). */
    public SiblingBury siblingBury(PresetId preset) throws DeckhandException {
        return tx.read(() -> SiblingBury.parse(settings.get(SiblingBury.settingKey(preset)).orElse(null)));
    }

    /** Every preset's sibling burying, for the options dialog. */
    public Map<PresetId, SiblingBury> siblingBuryByPreset() throws DeckhandException {
        return tx.read(() -> {
            Map<PresetId, SiblingBury> out = new HashMap<>();
            for (DeckPreset p : presets.all()) {
                out.put(p.id(), SiblingBury.parse(settings.get(SiblingBury.settingKey(p.id())).orElse(null)));
            }
            return out;
        });
    }

    public void setSiblingBury(PresetId preset, SiblingBury bury) throws DeckhandException {
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

    /**
     * Fits the preset's FSRS parameters to the review history of the decks that use it (as Anki's
     * "Optimize"), with the preset's relearning steps. With {@code save} the fitted parameters
     * replace the preset's only when they predict that history better (lower log loss).
     *
     * @throws InvalidInputException when the decks have too little history to fit anything
     * @throws CancelledException    when the listener cancels; nothing is changed
     */
    public FsrsOptimization optimizeFsrs(PresetId presetId, boolean save, ProgressListener progress)
            throws DeckhandException {
        record Loaded(DeckPreset preset, int decks, List<ReviewLogEntry> log) {
        }
        Loaded loaded = tx.read(() -> {
            DeckPreset preset = findPreset(presetId);
            List<DeckId> using = decks.all().stream().filter(d -> d.presetId().equals(presetId)).map(Deck::id).toList();
            return new Loaded(preset, using.size(), using.isEmpty() ? List.of() : reviewLog.forCardsInDecks(using));
        });
        progress.report(new Progress("Reading the review history", 0, 0, "reviews"));
        List<ReviewRecord> records = new ArrayList<>(loaded.log().size());
        for (ReviewLogEntry e : loaded.log()) {
            records.add(new ReviewRecord(e.cardId().value(), e.reviewedAt().toEpochMilli(), e.rating().code(),
                    e.before().state().code()));
        }
        StudyDay day = studyDay.get();
        TrainingSet history = TrainingSet.of(records, day.zone(), day.rollover().getHour());
        FsrsOptimizer.Config config = FsrsOptimizer.Config.defaults()
                .withRelearningSteps(loaded.preset().relearningSteps().size());
        OptimizeResult result;
        try {
            result = FsrsOptimizer.optimize(history, loaded.preset().fsrsWeights(), config, (done, total) -> {
                progress.report(new Progress("Optimising FSRS parameters", done, total, "reviews"));
                return !progress.isCancelled();
            });
        } catch (CancellationException e) {
            throw new CancelledException();
        }
        if (result.outcome() == OptimizeResult.Outcome.TOO_LITTLE_HISTORY) {
            throw new InvalidInputException(tooLittle(loaded.preset().name(), result.items()));
        }
        boolean saved = false;
        if (save && result.better()) {
            tx.inTransaction(() -> {
                presets.update(findPreset(presetId).withFsrsWeights(result.optimized()));
                return null;
            });
            saved = true;
        }
        return new FsrsOptimization(presetId, loaded.preset().name(), loaded.decks(), result, saved);
    }

    static String tooLittle(String presetName, int items) {
        return "Too little review history to optimise the FSRS parameters of \"" + presetName + "\": "
                + items + (items == 1 ? " review" : " reviews") + " on a later day than the card's previous one. "
                + "At least " + FsrsOptimizer.MIN_ITEMS + " are needed, and a few hundred give a reliable fit; "
                + "keep studying with the current parameters.";
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
