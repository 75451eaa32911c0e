package io.deckhand.app.deckoptions;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.SchedulerKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The options of a preset as the user edits them: steps still as text, numbers not yet checked.
 * {@link DeckOptionsService#updateOptions} validates them; this record only refuses nulls.
 */
public record DeckOptions(
        SchedulerKind scheduler,
        double desiredRetention,
        String learningSteps,
        String relearningSteps,
        int maximumIntervalDays,
        int newPerDay,
        int reviewsPerDay,
        boolean fuzz) {

    /** Keys accepted by {@link #with(String, String)} (the command line's {@code --set key=value}). */
    public static final List<String> KEYS = List.of("scheduler", "retention", "learning-steps", "relearning-steps",
            "max-interval", "new-per-day", "reviews-per-day", "fuzz");

    public DeckOptions {
        Objects.requireNonNull(scheduler, "scheduler");
        learningSteps = learningSteps == null ? "" : learningSteps;
        relearningSteps = relearningSteps == null ? "" : relearningSteps;
    }

    public static DeckOptions of(DeckPreset p) {
        return new DeckOptions(p.scheduler(), p.desiredRetention(), StepsParser.format(p.learningSteps()),
                StepsParser.format(p.relearningSteps()), p.maximumIntervalDays(), p.newPerDay(), p.reviewsPerDay(),
                p.fuzz());
    }

    /** A copy with one option set from text, e.g. {@code with("scheduler", "sm2")}. */
    public DeckOptions with(String key, String value) throws InvalidInputException {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        String v = value == null ? "" : value.strip();
        return switch (k) {
            case "scheduler" -> new DeckOptions(parseScheduler(v), desiredRetention, learningSteps, relearningSteps,
                    maximumIntervalDays, newPerDay, reviewsPerDay, fuzz);
            case "retention", "desired-retention" -> new DeckOptions(scheduler, parseRetention(v), learningSteps,
                    relearningSteps, maximumIntervalDays, newPerDay, reviewsPerDay, fuzz);
            case "learning-steps" -> new DeckOptions(scheduler, desiredRetention, v, relearningSteps,
                    maximumIntervalDays, newPerDay, reviewsPerDay, fuzz);
            case "relearning-steps" -> new DeckOptions(scheduler, desiredRetention, learningSteps, v,
                    maximumIntervalDays, newPerDay, reviewsPerDay, fuzz);
            case "max-interval", "maximum-interval" -> new DeckOptions(scheduler, desiredRetention, learningSteps,
                    relearningSteps, parseInt(k, v), newPerDay, reviewsPerDay, fuzz);
            case "new-per-day" -> new DeckOptions(scheduler, desiredRetention, learningSteps, relearningSteps,
                    maximumIntervalDays, parseInt(k, v), reviewsPerDay, fuzz);
            case "reviews-per-day" -> new DeckOptions(scheduler, desiredRetention, learningSteps, relearningSteps,
                    maximumIntervalDays, newPerDay, parseInt(k, v), fuzz);
            case "fuzz" -> new DeckOptions(scheduler, desiredRetention, learningSteps, relearningSteps,
                    maximumIntervalDays, newPerDay, reviewsPerDay, parseBoolean(k, v));
            default -> throw new InvalidInputException("Unknown option \"" + key + "\". Known options: "
                    + String.join(", ", KEYS) + ".");
        };
    }

    static SchedulerKind parseScheduler(String v) throws InvalidInputException {
        return switch (v.toLowerCase(Locale.ROOT).replace("-", "")) {
            case "fsrs", "fsrs6" -> SchedulerKind.FSRS6;
            case "sm2" -> SchedulerKind.SM2;
            default -> throw new InvalidInputException("Unknown scheduler \"" + v + "\". Use fsrs6 or sm2.");
        };
    }

    /** "0.85", "85%" or "85" all mean 85 %. */
    static double parseRetention(String v) throws InvalidInputException {
        String s = v.endsWith("%") ? v.substring(0, v.length() - 1).strip() : v;
        try {
            double d = Double.parseDouble(s);
            return v.endsWith("%") || d > 1 ? d / 100 : d;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Desired retention \"" + v + "\" is not a number; write e.g. 0.9 or 90%.");
        }
    }

    private static int parseInt(String key, String v) throws InvalidInputException {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Option " + key + " needs a whole number, not \"" + v + "\".");
        }
    }

    private static boolean parseBoolean(String key, String v) throws InvalidInputException {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new InvalidInputException("Option " + key + " is on or off, not \"" + v + "\".");
        };
    }
}
