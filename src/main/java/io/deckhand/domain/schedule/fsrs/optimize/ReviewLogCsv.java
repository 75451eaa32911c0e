package io.deckhand.domain.schedule.fsrs.optimize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a review log in the CSV shape fsrs-rs and its bindings use: a header naming at least
 * {@code card_id, review_time} (epoch milliseconds), {@code review_rating} (1-4) and
 * {@code review_state} (0 new, 1 learning, 2 review, 3 relearning), in any order; other columns are
 * ignored. Ratings of 0 (manual changes) are skipped, as fsrs-rs does.
 */
public final class ReviewLogCsv {
    private static final String[] REQUIRED = {"card_id", "review_time", "review_rating", "review_state"};

    private ReviewLogCsv() {
    }

    /** @throws IllegalArgumentException with a message naming the line when the file is not such a log */
    public static List<ReviewRecord> read(Reader in) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String header = reader.readLine();
        if (header == null) throw new IllegalArgumentException("the file is empty");
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        String[] names = header.split(",", -1);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < names.length; i++) column.put(names[i].strip().toLowerCase(Locale.ROOT), i);
        int[] index = new int[REQUIRED.length];
        for (int i = 0; i < REQUIRED.length; i++) {
            Integer at = column.get(REQUIRED[i]);
            if (at == null) {
                throw new IllegalArgumentException("line 1: the header has no column \"" + REQUIRED[i]
                        + "\" (expected card_id,review_time,review_rating,review_state)");
            }
            index[i] = at;
        }
        List<ReviewRecord> out = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] cells = line.split(",", -1);
            try {
                long card = Long.parseLong(cell(cells, index[0]));
                long time = Long.parseLong(cell(cells, index[1]));
                int rating = Integer.parseInt(cell(cells, index[2]));
                int state = Integer.parseInt(cell(cells, index[3]));
                if (rating == 0) continue;
                if (rating < 1 || rating > 4) throw new IllegalArgumentException("rating " + rating + " is not 1-4");
                if (state < 0 || state > 3) throw new IllegalArgumentException("state " + state + " is not 0-3");
                out.add(new ReviewRecord(card, time, rating, state));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNo + ": expected whole numbers, got \"" + line.strip() + "\"");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String cell(String[] cells, int i) {
        if (i >= cells.length) throw new IllegalArgumentException("too few columns");
        return cells[i].strip();
    }
}
