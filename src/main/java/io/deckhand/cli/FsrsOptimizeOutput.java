package io.deckhand.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.schedule.fsrs.optimize.Evaluation;
import io.deckhand.domain.schedule.fsrs.optimize.FsrsOptimizer;
import io.deckhand.domain.schedule.fsrs.optimize.OptimizeResult;
import io.deckhand.domain.schedule.fsrs.optimize.ReviewLogCsv;
import io.deckhand.domain.schedule.fsrs.optimize.ReviewRecord;
import io.deckhand.domain.schedule.fsrs.optimize.TrainingSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** {@code fsrs optimize}: reading a review-log file, and printing what the optimiser found. */
final class FsrsOptimizeOutput {
    /** What to print: the result, a sentence from the app (null for a file), the preset and whether it was saved. */
    record Run(OptimizeResult result, String summary, String preset, boolean saved) {
    }

    private FsrsOptimizeOutput() {
    }

    static OptimizeResult optimizeFile(Path file, String zoneName, int rolloverHour) throws InvalidInputException {
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new InvalidInputException("--next-day-starts-at is an hour from 0 to 23, not " + rolloverHour + ".");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            throw new InvalidInputException("Unknown time zone \"" + zoneName + "\" (try UTC or Europe/Berlin).", e);
        }
        List<ReviewRecord> log;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            log = ReviewLogCsv.read(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Cannot find " + file + ".", e);
        } catch (MalformedInputException e) {
            throw new InvalidInputException(file + " is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file + " is not a review log: " + e.getMessage() + ".", e);
        }
        OptimizeResult result = FsrsOptimizer.optimize(TrainingSet.of(log, zone, rolloverHour),
                FsrsOptimizer.defaultWeights(), FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);
        if (result.outcome() == OptimizeResult.Outcome.TOO_LITTLE_HISTORY) {
            throw new InvalidInputException("Too little review history in " + file + " to optimise: " + result.items()
                    + " reviews on a later day than the card's previous one; at least " + FsrsOptimizer.MIN_ITEMS
                    + " are needed, and a few hundred give a reliable fit.");
        }
        return result;
    }

    static String text(Run run, long millis) {
        OptimizeResult r = run.result();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Optimised on %d reviews of %d cards in %d ms%s.%n", r.items(), r.cards(),
                millis, run.preset() == null ? "" : " (preset \"" + run.preset() + "\")"));
        sb.append(String.format(Locale.ROOT, "%-8s %9s %12s%n", "", "log loss", "RMSE (bins)"));
        row(sb, run.preset() == null ? "default" : "current", r.before());
        row(sb, "fitted", r.after());
        sb.append("Fitted parameters:").append(System.lineSeparator());
        sb.append(join(r.optimized())).append(System.lineSeparator());
        if (run.summary() != null) {
            sb.append(run.summary());
        } else if (r.better()) {
            sb.append("The fitted parameters predict this history better than the defaults.");
        } else {
            sb.append("The fitted parameters do not predict this history better than the defaults; keep the defaults.");
        }
        return sb.append(System.lineSeparator()).toString();
    }

    private static void row(StringBuilder sb, String label, Evaluation e) {
        sb.append(String.format(Locale.ROOT, "%-8s %9.4f %11.2f%%%n", label, e.logLoss(), e.rmseBins() * 100));
    }

    private static String join(List<Double> weights) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < weights.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(String.format(Locale.ROOT, "%.4f", weights.get(i)));
        }
        return sb.toString();
    }

    static String json(Run run, long millis) throws JsonProcessingException {
        OptimizeResult r = run.result();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode n = mapper.createObjectNode();
        n.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        n.put("reviews", r.items());
        n.put("cards", r.cards());
        n.put("milliseconds", millis);
        if (run.preset() != null) n.put("preset", run.preset());
        putEvaluation(n.putObject("before"), r.before());
        putEvaluation(n.putObject("after"), r.after());
        ArrayNode current = n.putArray("current");
        r.current().forEach(current::add);
        ArrayNode fitted = n.putArray("parameters");
        r.optimized().forEach(fitted::add);
        n.put("better", r.better());
        n.put("keep", r.better() ? "fitted" : "current");
        n.put("saved", run.saved());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(n) + System.lineSeparator();
    }

    private static void putEvaluation(ObjectNode n, Evaluation e) {
        n.put("logLoss", e.logLoss());
        n.put("rmseBins", e.rmseBins());
    }
}
