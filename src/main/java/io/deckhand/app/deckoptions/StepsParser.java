package io.deckhand.app.deckoptions;

import io.deckhand.app.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learning steps as Anki writes them: "1m 10m 1h 1d" (s, m, h, d; a bare number means minutes;
 * spaces or commas between steps; decimals allowed, e.g. "1.5h"). An empty text means no steps.
 */
public final class StepsParser {
    /** At most this many steps, each at most a year: enough for any real deck, and no overflow. */
    static final int MAX_STEPS = 20;
    static final Duration MAX_STEP = Duration.ofDays(365);
    private static final Pattern STEP = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,6})?)([smhd]?)");

    private StepsParser() {
    }

    /** Parses the steps; {@code what} names the field in messages ("Learning steps"). */
    public static List<Duration> parse(String text, String what) throws InvalidInputException {
        if (text == null || text.isBlank()) return List.of();
        List<Duration> steps = new ArrayList<>();
        for (String token : text.strip().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (token.isEmpty()) continue;
            Matcher m = STEP.matcher(token);
            if (!m.matches()) {
                throw new InvalidInputException(what + ": \"" + shorten(token) + "\" is not a step. "
                        + "Write steps like \"1m 10m 1h 1d\" (s = seconds, m = minutes, h = hours, d = days).");
            }
            BigDecimal seconds = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitSeconds(m.group(2))));
            if (seconds.compareTo(BigDecimal.ONE) < 0) {
                throw new InvalidInputException(what + ": \"" + token + "\" is too short; a step lasts at least 1 second.");
            }
            if (seconds.compareTo(BigDecimal.valueOf(MAX_STEP.toSeconds())) > 0) {
                throw new InvalidInputException(what + ": \"" + token + "\" is too long; a step lasts at most 365 days.");
            }
            steps.add(Duration.ofSeconds(seconds.longValue()));
            if (steps.size() > MAX_STEPS) {
                throw new InvalidInputException(what + ": at most " + MAX_STEPS + " steps are allowed.");
            }
        }
        return List.copyOf(steps);
    }

    /** The steps in the shortest form {@link #parse} reads back to the same durations. */
    public static String format(List<Duration> steps) {
        StringBuilder sb = new StringBuilder();
        for (Duration d : steps) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(format(d));
        }
        return sb.toString();
    }

    static String format(Duration step) {
        long s = step.toSeconds();
        if (s > 0 && s % 86_400 == 0) return s / 86_400 + "d";
        if (s > 0 && s % 3_600 == 0) return s / 3_600 + "h";
        if (s > 0 && s % 60 == 0) return s / 60 + "m";
        return s + "s";
    }

    private static long unitSeconds(String unit) {
        return switch (unit) {
            case "s" -> 1;
            case "h" -> 3_600;
            case "d" -> 86_400;
            default -> 60; // "m" or none: Anki counts bare numbers as minutes
        };
    }

    private static String shorten(String token) {
        return token.length() <= 20 ? token : token.substring(0, 20) + "…";
    }
}
