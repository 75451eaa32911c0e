package io.deckhand.app.study;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.SettingsRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.study.StudyDay;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hour the next study day starts, kept in the settings ({@value #KEY}) and held in memory so the
 * study loop reads it for free on every call; a change through {@link #setRolloverHour} applies at once.
 */
public final class StudyDaySetting implements Supplier<StudyDay> {
    public static final String KEY = "study-day-rollover";

    private final Transactions tx;
    private final SettingsRepository settings;
    private final ZoneId zone;
    private volatile StudyDay current;

    public StudyDaySetting(Transactions tx, SettingsRepository settings, ZoneId zone) throws DeckhandException {
        this.tx = tx;
        this.settings = settings;
        this.zone = zone;
        this.current = new StudyDay(zone, parse(tx.read(() -> settings.get(KEY))));
    }

    @Override
    public StudyDay get() {
        return current;
    }

    public int rolloverHour() {
        return current.rollover().getHour();
    }

    /** Stores the hour (0-23) in one transaction; the study loop uses it from the next call on. */
    public void setRolloverHour(int hour) throws DeckhandException {
        if (hour < 0 || hour > 23) {
            throw new InvalidInputException("The next day starts at an hour from 0 to 23, not " + hour + ".");
        }
        tx.inTransaction(() -> {
            settings.put(KEY, Integer.toString(hour));
            return null;
        });
        current = new StudyDay(zone, LocalTime.of(hour, 0));
    }

    /** Reads the stored hour again (the collection was replaced by a restore). */
    public void reload() throws DeckhandException {
        current = new StudyDay(zone, parse(tx.read(() -> settings.get(KEY))));
    }

    /** The stored hour, or 4 am when it is missing or not an hour. */
    static LocalTime parse(Optional<String> stored) {
        try {
            int h = Integer.parseInt(stored.orElse("").strip());
            if (h >= 0 && h < 24) return LocalTime.of(h, 0);
        } catch (NumberFormatException ignored) {
            // not set or not a number: the default applies
        }
        return StudyDay.DEFAULT_ROLLOVER;
    }
}
