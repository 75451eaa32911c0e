package io.deckhand.app.deckoptions;

import io.deckhand.domain.schedule.fsrs.simulate.ExamPlanner;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An exam-date plan for a deck and the sentence that tells the user. */
public record ExamForecast(String deckName, LocalDate exam, double retention, ExamPlanner.Plan plan) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public String describe() {
        String when = DATE.format(exam);
        String target = percent(plan.target());
        if (plan.reachable() && plan.newPerDay() == 0) {
            return String.format(Locale.ROOT, "You should know %s of this deck on %s without new cards: "
                    + "keep doing your reviews (about %s minutes a day).", percent(plan.knowledge()), when, minutes(plan.minutesPerDay()));
        }
        if (plan.reachable()) {
            return String.format(Locale.ROOT, "To know %s of this deck on %s, study %d new %s a day "
                            + "(about %s minutes a day with reviews, at %s desired retention).", target, when, plan.newPerDay(),
                    plan.newPerDay() == 1 ? "card" : "cards", minutes(plan.minutesPerDay()), percent(retention));
        }
        if (plan.newCards() == 0) {
            return String.format(Locale.ROOT, "%s of this deck on %s is out of reach: every card has been studied and "
                    + "about %s will be recalled then. Raise the desired retention, or aim lower.", capital(target), when,
                    percent(plan.knowledge()));
        }
        return String.format(Locale.ROOT, "%s of this deck on %s is out of reach: even learning all %d new cards today, "
                        + "about %s would be recalled then (at %s desired retention). Aim lower, raise the desired retention "
                        + "or choose a later date.", capital(target), when, plan.newCards(), percent(plan.knowledge()),
                percent(retention));
    }

    private static String capital(String s) {
        return "Knowing " + s;
    }

    static String minutes(double m) {
        return m < 10 ? String.format(Locale.ROOT, "%.1f", m) : String.format(Locale.ROOT, "%.0f", m);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
