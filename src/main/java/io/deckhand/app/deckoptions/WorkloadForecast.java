package io.deckhand.app.deckoptions;

import io.deckhand.domain.schedule.fsrs.simulate.AnswerTimes;
import io.deckhand.domain.schedule.fsrs.simulate.RetentionSweep;
import io.deckhand.domain.schedule.fsrs.simulate.Simulation;
import java.time.LocalDate;
import java.util.List;

/**
 * A deck's simulated workload: the sweep over desired retention and, day by day, the run at the
 * chosen retention. Day 0 is {@code today}. {@code answerTimes} says which answer times were the
 * learner's own and which fsrs-rs's defaults.
 */
public record WorkloadForecast(String deckName, String presetName, double retention, int deckSize, int studiedCards,
                               int newPerDay, LocalDate today, List<RetentionSweep.Point> sweep, Simulation chosen,
                               AnswerTimes answerTimes) {
    public WorkloadForecast {
        sweep = List.copyOf(sweep);
    }

    /** The sweep point at the chosen retention (the sweep is every 0.01 from 0.70 to 0.97). */
    public RetentionSweep.Point pointAt(double retention) {
        RetentionSweep.Point best = sweep.get(0);
        for (RetentionSweep.Point p : sweep) {
            if (Math.abs(p.desiredRetention() - retention) < Math.abs(best.desiredRetention() - retention)) best = p;
        }
        return best;
    }
}
