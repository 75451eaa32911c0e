package io.deckhand.exchange.apkg;

import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.PackageReview;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import io.deckhand.domain.study.StudyDay;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes notes, cards and review-log rows in Anki's schema-11 layout. */
final class AnkiRowWriter {
    private static final String FIELD_SEPARATOR = "\u001f";
    private static final int BATCH = 2000;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final Connection db;
    private final Instant crt;
    private final ApkgWriter.Options options;
    private final StudyDay day;
    private final AnkiExportIds ids;
    private final Map<Long, Double> retentionByDeck;

    AnkiRowWriter(Connection db, Instant crt, ApkgWriter.Options options, AnkiExportIds ids,
                  Map<Long, Double> retentionByDeck) {
        this.db = db;
        this.crt = crt;
        this.options = options;
        this.day = options.studyDay();
        this.ids = ids;
        this.retentionByDeck = retentionByDeck;
    }

    void write(DeckPackage pkg) throws SQLException {
        long mod = options.exportedAt().getEpochSecond();
        try (PreparedStatement ps = db.prepareStatement("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")) {
            int n = 0;
            for (PackageNote note : pkg.notes()) {
                // sort field 0 (every exported note type's sortf), so sfld and csum are of the same text
                String sortField = AnkiText.stripHtmlPreservingMedia(note.fields().isEmpty() ? "" : note.fields().get(0));
                ps.setLong(1, ids.note(note.id()));
                ps.setString(2, note.guid());
                ps.setLong(3, note.noteTypeId());
                ps.setLong(4, note.modified().getEpochSecond());
                ps.setString(5, tags(note));
                ps.setString(6, note.fields().stream().map(f -> f.replace(FIELD_SEPARATOR, " "))
                        .collect(Collectors.joining(FIELD_SEPARATOR)));
                ps.setString(7, sortField);
                ps.setLong(8, AnkiText.checksum(sortField));
                ps.addBatch();
                if (++n % BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        Set<Long> written = new HashSet<>();
        try (PreparedStatement ps = db.prepareStatement(
                "insert into cards values (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
            int position = 0;
            for (PackageCard card : pkg.cards()) {
                Long deck = ids.deck(card.deckId());
                Long note = ids.note(card.noteId());
                if (deck == null || note == null) continue; // dangling: the caller built an inconsistent package
                long id = ids.card(card.id());
                written.add(id);
                ps.setLong(1, id);
                ps.setLong(2, note);
                ps.setLong(3, deck);
                ps.setInt(4, card.ordinal());
                ps.setLong(5, mod);
                bindScheduling(ps, card, ++position);
                ps.setInt(14, card.flag());
                ps.setString(15, options.withScheduling() ? data(card, position) : "{}");
                ps.addBatch();
                if (position % BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        if (options.withScheduling()) writeReviews(pkg, written);
    }

    /** Binds type, queue, due, ivl, factor, reps, lapses, left (parameters 6 to 13). */
    private void bindScheduling(PreparedStatement ps, PackageCard card, int position) throws SQLException {
        SchedulingState s = card.scheduling();
        int type = options.withScheduling() ? s.state().code() : 0;
        int queue;
        long due;
        int ivl = 0;
        switch (type) {
            case 2 -> {
                queue = 2;
                // days between the study days, so a card due on the user's day n is due on Anki's day n
                due = Math.max(0, ChronoUnit.DAYS.between(day.dateOf(crt), day.dateOf(s.due())));
                ivl = Math.max(1, s.scheduledDays());
            }
            case 1, 3 -> {
                queue = 1;
                due = s.due().getEpochSecond();
                ivl = type == 3 ? Math.max(1, s.scheduledDays()) : 0;
            }
            default -> {
                queue = 0;
                due = position;
            }
        }
        if (card.suspended()) queue = -1;
        else if (card.buried()) queue = -2;
        ps.setInt(6, type);
        ps.setInt(7, queue);
        ps.setLong(8, due);
        ps.setInt(9, ivl);
        ps.setInt(10, type == 0 ? 0 : (int) Math.round(Math.max(1.3, s.ease()) * 1000));
        ps.setInt(11, type == 0 ? 0 : s.reps());
        ps.setInt(12, type == 0 ? 0 : s.lapses());
        ps.setInt(13, type == 1 || type == 3 ? 1001 : 0);
    }

    /**
     * The card's data column as Anki writes it: FSRS memory ("s", "d"), the deck's desired
     * retention ("dr"), last review ("lrt") and, once it left the new queue, its position there
     * ("pos", what "forget" puts it back to).
     */
    private String data(PackageCard card, int position) {
        SchedulingState s = card.scheduling();
        if (s.state() == CardState.NEW) return "{}";
        StringBuilder json = new StringBuilder("{\"pos\":").append(position);
        if (s.stability() > 0 && s.difficulty() >= 1) {
            json.append(",\"s\":").append(round(s.stability())).append(",\"d\":").append(round(s.difficulty()));
            Double dr = retentionByDeck.get(card.deckId());
            if (dr != null) json.append(",\"dr\":").append(round(dr));
        }
        if (s.lastReview() != null) json.append(",\"lrt\":").append(s.lastReview().getEpochSecond());
        return json.append('}').toString();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private void writeReviews(DeckPackage pkg, Set<Long> writtenCards) throws SQLException {
        Set<Long> usedIds = new HashSet<>();
        try (PreparedStatement ps = db.prepareStatement("insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (PackageReview r : pkg.reviews()) {
                Long card = ids.card(r.cardId());
                if (card == null || !writtenCards.contains(card)) continue;
                long id = r.reviewedAt().toEpochMilli();
                while (!usedIds.add(id)) id++; // revlog ids are unique milliseconds
                ps.setLong(1, id);
                ps.setLong(2, card);
                ps.setInt(3, r.rating().code());
                ps.setInt(4, r.intervalDays());
                ps.setInt(5, r.lastIntervalDays());
                ps.setInt(6, r.easeFactor());
                ps.setLong(7, Math.min(r.answerTime().toMillis(), Integer.MAX_VALUE));
                ps.setInt(8, r.kind().code());
                ps.addBatch();
                if (++n % BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    /** Anki's tag column: space separated with a space at each end; a tag cannot hold spaces. */
    private static String tags(PackageNote note) {
        if (note.tags().isEmpty()) return "";
        return " " + note.tags().stream().map(t -> SPACES.matcher(t.strip()).replaceAll("_"))
                .filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")) + " ";
    }
}
