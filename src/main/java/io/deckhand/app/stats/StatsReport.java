package io.deckhand.app.stats;

import io.deckhand.app.port.StatsRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The statistics of a scope (the collection, or a deck with its sub-decks), as of {@code today}.
 * Every figure over the review log covers the last {@link StatsService#HEATMAP_DAYS} study days.
 */
public record StatsReport(Optional<String> deck, LocalDate today, List<Day> days, Forecast forecast,
                          List<Retention> retention, States states, List<Buttons> buttons,
                          Distributions distributions, List<Topic> topics) {
    public StatsReport {
        days = List.copyOf(days);
        retention = List.copyOf(retention);
        buttons = List.copyOf(buttons);
        topics = List.copyOf(topics);
    }

    /** Answers on one study day by the card's state before the answer, and the time spent. */
    public record Day(LocalDate day, long newCards, long learning, long young, long mature, long durationMs,
                      long youngPassed, long maturePassed, long[][] ratings) {
        static Day of(LocalDate day, StatsRepository.Answers a) {
            long[][] c = a.counts();
            return new Day(day, sum(c[0]), sum(c[1]), sum(c[2]), sum(c[3]), a.durationMs(),
                    sum(c[2]) - c[2][0], sum(c[3]) - c[3][0], c);
        }

        private static long sum(long[] row) {
            long n = 0;
            for (long v : row) n += v;
            return n;
        }

        public long total() {
            return newCards + learning + young + mature;
        }

        /** Answers to review cards (young and mature): what true retention counts. */
        public long reviews() {
            return young + mature;
        }
    }

    /** Cards due per study day from today (overdue cards count on today, and in {@code overdue}). */
    public record Forecast(List<Due> days, long overdue) {
        public Forecast {
            days = List.copyOf(days);
        }

        public long total(int firstDays) {
            return days.stream().limit(firstDays).mapToLong(Due::cards).sum();
        }
    }

    public record Due(LocalDate day, long cards) {
    }

    /** Answers to review cards and how many were not Again, for a share remembered. */
    public record Pass(long reviews, long passed) {
        /** Share remembered, empty when there were no reviews. */
        public Optional<Double> rate() {
            return reviews == 0 ? Optional.empty() : Optional.of((double) passed / reviews);
        }

        Pass plus(Pass o) {
            return new Pass(reviews + o.reviews, passed + o.passed);
        }
    }

    /** True retention over the last {@code days} study days (today = 1), young and mature apart. */
    public record Retention(String period, int days, Pass young, Pass mature) {
        public Pass total() {
            return young.plus(mature);
        }
    }

    static List<Retention> retention(List<Day> days) {
        List<Retention> out = new ArrayList<>();
        String[] names = {"Today", "Week", "Month", "Year"};
        int[] lengths = {1, 7, 30, StatsService.HEATMAP_DAYS};
        for (int p = 0; p < names.length; p++) {
            long y = 0, yp = 0, m = 0, mp = 0;
            for (Day d : days.subList(Math.max(0, days.size() - lengths[p]), days.size())) {
                y += d.young();
                yp += d.youngPassed();
                m += d.mature();
                mp += d.maturePassed();
            }
            out.add(new Retention(names[p], lengths[p], new Pass(y, yp), new Pass(m, mp)));
        }
        return out;
    }

    /** Cards by state; suspended and buried cards count only there. */
    public record States(long newCards, long learning, long relearning, long young, long mature, long suspended,
                         long buried) {
        public long total() {
            return newCards + learning + relearning + young + mature + suspended + buried;
        }
    }

    /** Button use by the kind of card answered (Anki's chart): learning (new and (re)learning), young, mature. */
    public record Buttons(String kind, long again, long hard, long good, long easy) {
        public long total() {
            return again + hard + good + easy;
        }
    }

    static List<Buttons> buttons(List<Day> days) {
        long[][] sum = new long[4][4];
        for (Day d : days) for (int k = 0; k < 4; k++) for (int r = 0; r < 4; r++) sum[k][r] += d.ratings()[k][r];
        return List.of(
                new Buttons("Learning", sum[0][0] + sum[1][0], sum[0][1] + sum[1][1], sum[0][2] + sum[1][2],
                        sum[0][3] + sum[1][3]),
                new Buttons("Young", sum[2][0], sum[2][1], sum[2][2], sum[2][3]),
                new Buttons("Mature", sum[3][0], sum[3][1], sum[3][2], sum[3][3]));
    }

    /** FSRS memory of the studied cards (not new, not suspended, in FSRS decks). */
    public record Distributions(List<Bin> stability, List<Bin> difficulty, List<Bin> retrievability) {
        public Distributions {
            stability = List.copyOf(stability);
            difficulty = List.copyOf(difficulty);
            retrievability = List.copyOf(retrievability);
        }

        public long cards() {
            return stability.stream().mapToLong(Bin::cards).sum();
        }
    }

    /** Cards with a value in {@code [from, to)}; {@code label} is how the screen names the range. */
    public record Bin(String label, double from, double to, long cards) {
    }

    public enum TopicKind { DECK, TAG, HEADING }

    /** A deck, tag or note heading: its cards, how many are mature, and its review answers in the year. */
    public record Topic(TopicKind kind, String name, long cards, long mature, long reviews, long passed) {
        /** Lowest retention first (topics never reviewed after those reviewed), then lowest share mature. */
        public static final Comparator<Topic> WEAKEST_FIRST = Comparator
                .comparing((Topic t) -> t.reviews == 0)
                .thenComparingDouble(t -> t.retention().orElse(1.0))
                .thenComparingDouble(Topic::matureShare)
                .thenComparing(Topic::name, String.CASE_INSENSITIVE_ORDER);

        public Optional<Double> retention() {
            return new Pass(reviews, passed).rate();
        }

        public double matureShare() {
            return cards == 0 ? 0 : (double) mature / cards;
        }
    }

    /** Answers in the year: the heatmap's total. */
    public long answers() {
        return days.stream().mapToLong(Day::total).sum();
    }

    public long studyDays() {
        return days.stream().filter(d -> d.total() > 0).count();
    }

    public long durationMs() {
        return days.stream().mapToLong(Day::durationMs).sum();
    }

    /** The last {@code n} days, oldest first. */
    public List<Day> lastDays(int n) {
        return days.subList(Math.max(0, days.size() - n), days.size());
    }
}
