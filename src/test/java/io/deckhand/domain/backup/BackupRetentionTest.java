package io.deckhand.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {
    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    private static LocalDateTime at(String s) {
        return LocalDateTime.parse(s);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing to prune", new BackupRetention.Limits(12, 10, 9),
                        List.of(), List.of()),
                Arguments.of("every backup of today and yesterday stays, even with no limits left",
                        new BackupRetention.Limits(0, 0, 0),
                        List.of("2026-03-04T09:00", "2026-03-04T08:00", "2026-03-03T23:59", "2026-03-03T00:00"),
                        List.of()),
                Arguments.of("before yesterday only the newest of each day",
                        new BackupRetention.Limits(12, 0, 0),
                        List.of("2026-03-02T18:00", "2026-03-02T09:00", "2026-03-01T10:00", "2026-03-01T08:00"),
                        List.of("2026-03-02T09:00", "2026-03-01T08:00")),
                Arguments.of("the daily limit counts days, oldest days go",
                        new BackupRetention.Limits(2, 0, 0),
                        List.of("2026-03-02T10:00", "2026-03-01T10:00", "2026-02-28T10:00"),
                        List.of("2026-02-28T10:00")),
                Arguments.of("weekly continues from the week of the oldest daily kept",
                        // daily keeps Mon 2 Mar; weekly then needs an earlier week: Sun 1 Mar is week of 23 Feb -> kept,
                        // Sat 28 Feb same week -> gone, Sun 22 Feb (week of 16 Feb) -> kept, then the limit is used up
                        new BackupRetention.Limits(1, 2, 0),
                        List.of("2026-03-02T10:00", "2026-03-01T10:00", "2026-02-28T10:00", "2026-02-22T10:00",
                                "2026-02-15T10:00"),
                        List.of("2026-02-28T10:00", "2026-02-15T10:00")),
                Arguments.of("monthly continues from the month of the oldest weekly kept",
                        // weekly keeps 22 Feb; monthly needs January or earlier: 31 Jan kept, 2 Jan same month gone,
                        // 31 Dec kept, 30 Nov is over the limit of 2
                        new BackupRetention.Limits(0, 1, 2),
                        List.of("2026-02-22T10:00", "2026-02-20T10:00", "2026-01-31T10:00", "2026-01-02T10:00",
                                "2025-12-31T10:00", "2025-11-30T10:00"),
                        List.of("2026-02-20T10:00", "2026-01-02T10:00", "2025-11-30T10:00")),
                Arguments.of("a backup in the same week as yesterday is not a weekly one",
                        // yesterday is Tue 3 Mar (week of 2 Mar); Mon 2 Mar is in that week
                        new BackupRetention.Limits(0, 5, 0),
                        List.of("2026-03-02T10:00", "2026-02-27T10:00"),
                        List.of("2026-03-02T10:00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void prunesAsAnkiDoes(String name, BackupRetention.Limits limits, List<String> backups, List<String> deleted) {
        List<LocalDateTime> all = backups.stream().map(BackupRetentionTest::at).toList();
        List<LocalDateTime> expected = deleted.stream().map(BackupRetentionTest::at).toList();
        assertEquals(expected, BackupRetention.toDelete(all, TODAY, limits));
    }

    @Test
    void aBackupEveryHourForTwoYearsKeepsTodayYesterdayAndTheAnkiLimits() {
        List<LocalDateTime> all = new ArrayList<>();
        LocalDateTime t = TODAY.atTime(9, 0);
        for (int h = 0; h < 2 * 365 * 24; h++) all.add(t.minusHours(h));
        List<LocalDateTime> kept = BackupRetention.toKeep(all, TODAY, BackupRetention.Limits.ANKI);
        long recent = all.stream().filter(b -> !b.toLocalDate().isBefore(TODAY.minusDays(1))).count();
        assertEquals(recent + 12 + 10 + 9, kept.size());
        List<LocalDateTime> older = kept.stream().filter(b -> b.toLocalDate().isBefore(TODAY.minusDays(1))).toList();
        // each kept older backup is the newest of its day: 23:00
        older.forEach(b -> assertEquals(23, b.getHour(), b.toString()));
        // the dailies are the 12 days before yesterday; weeklies one per distinct week; monthlies one per month
        assertEquals(TODAY.minusDays(2), older.get(0).toLocalDate());
        assertEquals(TODAY.minusDays(13), older.get(11).toLocalDate());
        // after the dailies, each kept backup starts an earlier week or an earlier month than the one before
        for (int i = 12; i < older.size(); i++) {
            LocalDate prev = older.get(i - 1).toLocalDate();
            LocalDate cur = older.get(i).toLocalDate();
            boolean earlierWeek = monday(cur).isBefore(monday(prev));
            boolean earlierMonth = YearMonth.from(cur).isBefore(YearMonth.from(prev));
            assertTrue(earlierWeek || earlierMonth, prev + " then " + cur);
        }
        Set<YearMonth> months = new HashSet<>();
        for (LocalDateTime b : older) months.add(YearMonth.from(b));
        assertTrue(months.size() >= 9, "at least the monthly limit of months covered: " + months.size());
        assertTrue(ChronoUnit.MONTHS.between(older.get(older.size() - 1).toLocalDate(), TODAY) <= 13);
    }

    private static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - 1);
    }
}
