package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.deckoptions.ExamForecast;
import io.deckhand.app.deckoptions.WorkloadForecast;
import io.deckhand.domain.schedule.fsrs.simulate.AnswerTimes;
import io.deckhand.domain.schedule.fsrs.simulate.RetentionSweep;
import io.deckhand.domain.schedule.fsrs.simulate.Simulation;
import java.util.Locale;

/** Text and JSON output of {@code fsrs simulate}. */
final class FsrsSimulateOutput {
    private FsrsSimulateOutput() {
    }

    static String text(WorkloadForecast f, ExamForecast plan) {
        StringBuilder sb = new StringBuilder();
        Simulation c = f.chosen();
        sb.append(String.format(Locale.ROOT, "Deck \"%s\" (preset \"%s\"): %d cards, %d studied; %d new a day over %d days.%n",
                f.deckName(), f.presetName(), f.deckSize(), f.studiedCards(), f.newPerDay(), c.days()));
        sb.append(String.format(Locale.ROOT, "%-10s %12s %12s %21s %9s%n", "retention", "reviews/day", "minutes/day",
                "recalled (of studied)", "of deck"));
        for (RetentionSweep.Point p : f.sweep()) {
            boolean chosen = Math.abs(p.desiredRetention() - f.retention()) < 1e-9;
            sb.append(String.format(Locale.ROOT, "%s%-9s %12.1f %12.1f %14.1f (%3.0f%%) %8.0f%%%n", chosen ? "*" : " ",
                    Math.round(p.desiredRetention() * 100) + "%", p.reviewsPerDay(), p.minutesPerDay(), p.memorisedAtEnd(),
                    p.retentionAtEnd() * 100, p.knowledgeAtEnd() * 100));
        }
        sb.append(String.format(Locale.ROOT, "At %.0f%%: %.1f reviews and %.1f minutes a day on average; %.0f cards recalled "
                        + "after %d days (%.0f%% of the deck).%n", f.retention() * 100, c.averageReviewsPerDay(),
                c.averageMinutesPerDay(), c.memorisedAtEnd(), c.days(), c.knowledgeAtEnd() * 100));
        sb.append(f.answerTimes().describe()).append(System.lineSeparator());
        if (plan != null) sb.append(plan.describe()).append(System.lineSeparator());
        return sb.toString();
    }

    static String json(WorkloadForecast f, ExamForecast plan) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("deck", f.deckName());
        root.put("preset", f.presetName());
        root.put("today", f.today().toString());
        root.put("deck_size", f.deckSize());
        root.put("studied_cards", f.studiedCards());
        root.put("new_per_day", f.newPerDay());
        root.put("days", f.chosen().days());
        root.put("desired_retention", f.retention());
        ArrayNode times = root.putArray("answer_times");
        for (AnswerTimes.Figure t : f.answerTimes().figures()) {
            ObjectNode n = times.addObject();
            n.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
            n.put("rating", t.rating().name().toLowerCase(Locale.ROOT));
            n.put("seconds", Math.round(t.seconds() * 100) / 100.0);
            n.put("source", t.measured() ? "review_log" : "default");
            n.put("answers", t.answers());
        }
        ArrayNode sweep = root.putArray("sweep");
        for (RetentionSweep.Point p : f.sweep()) {
            ObjectNode n = sweep.addObject();
            n.put("desired_retention", p.desiredRetention());
            n.put("reviews_per_day", p.reviewsPerDay());
            n.put("minutes_per_day", p.minutesPerDay());
            n.put("memorised", p.memorisedAtEnd());
            n.put("retention", p.retentionAtEnd());
            n.put("knowledge", p.knowledgeAtEnd());
        }
        Simulation c = f.chosen();
        ObjectNode daily = root.putObject("daily");
        ArrayNode reviews = daily.putArray("reviews");
        ArrayNode learned = daily.putArray("learned");
        ArrayNode minutes = daily.putArray("minutes");
        ArrayNode memorised = daily.putArray("memorised");
        for (int d = 0; d < c.days(); d++) {
            reviews.add(c.reviewsPerDay()[d]);
            learned.add(c.learnedPerDay()[d]);
            minutes.add(Math.round(c.secondsPerDay()[d] / 60.0 * 100) / 100.0);
        }
        for (double m : c.memorisedPerDay()) memorised.add(Math.round(m * 100) / 100.0);
        if (plan != null) {
            ObjectNode e = root.putObject("exam");
            e.put("date", plan.exam().toString());
            e.put("target", plan.plan().target());
            e.put("reachable", plan.plan().reachable());
            e.put("new_per_day", plan.plan().newPerDay());
            e.put("knowledge", plan.plan().knowledge());
            e.put("minutes_per_day", plan.plan().minutesPerDay());
            e.put("message", plan.describe());
        }
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }
}
