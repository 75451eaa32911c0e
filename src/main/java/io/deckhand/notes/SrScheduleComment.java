package io.deckhand.notes;

import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.CarriedSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Obsidian Spaced Repetition plugin's schedule comment, one entry per card of the question in
 * card order: {@code <!--SR:!2026-01-03,3,250!2026-01-05,5,270-->} (due day, interval, ease %), its FSRS
 * form {@code !fsrs,dueISO,interval,stability,difficulty,state,reps,lapses,learningSteps,lastReviewISO},
 * and the old single-card form without {@code !}. {@code !2000-01-01,...} is the plugin's placeholder
 * for a card not reviewed yet. An entry that cannot be read is a new card: the comment never stops a card.
 */
public final class SrScheduleComment {
    private static final Pattern COMMENT = Pattern.compile("<!--SR:(.*?)-->", Pattern.DOTALL);
    private static final LocalDate PLACEHOLDER = LocalDate.of(2000, 1, 1);

    private SrScheduleComment() {
    }

    /** Schedules by card index (null: new); empty when the text has no schedule comment. */
    public static List<CarriedSchedule> in(String text) {
        if (text.indexOf("<!--SR:") < 0) return List.of();
        Matcher m = COMMENT.matcher(text);
        if (!m.find()) return List.of();
        String body = m.group(1).strip();
        List<CarriedSchedule> out = new ArrayList<>();
        if (!body.startsWith("!")) {
            out.add(entry(body));
            return Collections.unmodifiableList(out);
        }
        for (String part : body.substring(1).split("!", -1)) out.add(entry(part.strip()));
        return Collections.unmodifiableList(out);
    }

    private static CarriedSchedule entry(String entry) {
        String[] f = entry.split(",", -1);
        try {
            if (f[0].equals("fsrs")) {
                if (f.length < 10) return null;
                CardState state = CardState.fromCode(Integer.parseInt(f[5].strip()));
                if (state == CardState.NEW) return null;
                Instant last = f[9].isBlank() ? null : Instant.parse(f[9].strip());
                return CarriedSchedule.fsrs(Instant.parse(f[1].strip()), Integer.parseInt(f[2].strip()),
                        Double.parseDouble(f[3].strip()), Double.parseDouble(f[4].strip()), state,
                        Integer.parseInt(f[6].strip()), Integer.parseInt(f[7].strip()), Integer.parseInt(f[8].strip()), last);
            }
            if (f.length != 3) return null;
            LocalDate due = LocalDate.parse(f[0].strip());
            if (due.equals(PLACEHOLDER)) return null;
            int interval = Integer.parseInt(f[1].strip());
            int ease = Integer.parseInt(f[2].strip());
            if (interval < 0 || ease <= 0) return null;
            return CarriedSchedule.sm2(due, interval, ease);
        } catch (RuntimeException e) {
            return null; // a hand-edited comment: the card comes in new
        }
    }
}
