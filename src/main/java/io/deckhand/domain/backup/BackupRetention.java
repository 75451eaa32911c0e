package io.deckhand.domain.backup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep, as Anki keeps them: every backup from today and yesterday; before that
 * the newest backup of each of the {@code daily} most recent days that have one, then the newest
 * of each of {@code weekly} earlier weeks, then of {@code monthly} earlier months. Each stage
 * continues from the oldest backup the previous stage kept.
 */
public final class BackupRetention {

    public record Limits(int daily, int weekly, int monthly) {
        /** Anki's defaults. */
        public static final Limits ANKI = new Limits(12, 10, 9);

        public Limits {
            if (daily < 0 || weekly < 0 || monthly < 0) throw new IllegalArgumentException("negative limit");
        }
    }

    private BackupRetention() {
    }

    /** The backups (by the time each was taken, local time) that the policy lets go, newest first. */
    public static List<LocalDateTime> toDelete(Collection<LocalDateTime> backups, LocalDate today, Limits limits) {
        List<LocalDateTime> newestFirst = new ArrayList<>(new LinkedHashSet<>(backups));
        newestFirst.sort(Comparator.reverseOrder());
        LocalDate yesterday = today.minusDays(1);
        LocalDate lastDay = yesterday;
        LocalDate lastWeek = weekOf(yesterday);
        YearMonth lastMonth = YearMonth.from(yesterday);
        int daily = limits.daily();
        int weekly = limits.weekly();
        int monthly = limits.monthly();
        List<LocalDateTime> obsolete = new ArrayList<>();
        for (LocalDateTime taken : newestFirst) {
            LocalDate day = taken.toLocalDate();
            if (!day.isBefore(yesterday)) continue;
            LocalDate week = weekOf(day);
            YearMonth month = YearMonth.from(day);
            if (daily > 0 && day.isBefore(lastDay)) {
                daily--;
            } else if (weekly > 0 && week.isBefore(lastWeek)) {
                weekly--;
            } else if (monthly > 0 && month.isBefore(lastMonth)) {
                monthly--;
            } else {
                obsolete.add(taken);
                continue;
            }
            lastDay = day;
            lastWeek = week;
            lastMonth = month;
        }
        return obsolete;
    }

    /** The backups kept, newest first (the complement of {@link #toDelete}). */
    public static List<LocalDateTime> toKeep(Collection<LocalDateTime> backups, LocalDate today, Limits limits) {
        Set<LocalDateTime> gone = Set.copyOf(toDelete(backups, today, limits));
        return backups.stream().distinct().filter(b -> !gone.contains(b)).sorted(Comparator.reverseOrder()).toList();
    }

    /** A week as its Monday (ISO weeks). */
    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
