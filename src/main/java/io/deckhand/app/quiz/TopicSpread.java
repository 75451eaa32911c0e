package io.deckhand.app.quiz;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.Card;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Picks an exam's questions spread over topics (groups of cards) in proportion to their size, as
 * the real exams weight their domains. A group that cannot fill its share (few cards of the
 * hands-on kinds) leaves the rest to the groups that could. Each group's cards are read a few at a
 * time in a seeded order, as many as its share needs, so a 60-question exam from 10,000 cards reads
 * a few hundred. Deterministic for a seed and a collection.
 */
final class TopicSpread {
    private static final int MAX_ROUNDS = 4;
    /** Cards given to the generator per question asked of a group (most cards give no hands-on question), at least MIN_READ. */
    static final int READ_PER_QUESTION = 10;
    static final int MIN_READ = 32;

    /** A topic's cards in a fixed order; {@code first(n)} reads the first n (fewer if some were deleted). */
    interface Group {
        int size();

        List<Card> first(int n) throws DeckhandException;
    }

    private TopicSpread() {
    }

    static List<Question> pick(List<Group> groups, QuestionSource generator, Set<QuestionType> types, int count,
                               long seed) throws DeckhandException {
        int n = groups.size();
        int[] sizes = groups.stream().mapToInt(Group::size).toArray();
        int[] quota = shares(sizes, new boolean[n], count);
        List<List<Question>> made = new ArrayList<>(Collections.nCopies(n, List.of()));
        for (int i = 0; i < n; i++) {
            if (quota[i] > 0) made.set(i, generate(groups.get(i), generator, types, quota[i], groupSeed(seed, i)));
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int shortfall = count - made.stream().mapToInt(List::size).sum();
            if (shortfall <= 0) break;
            // A group that gave fewer than it was asked for has given all it can; the others share the rest.
            boolean[] closed = new boolean[n];
            boolean anyOpen = false;
            for (int i = 0; i < n; i++) {
                closed[i] = sizes[i] == 0 || made.get(i).size() < quota[i];
                anyOpen |= !closed[i];
            }
            if (!anyOpen) break;
            int[] extra = shares(sizes, closed, shortfall);
            for (int i = 0; i < n; i++) {
                if (extra[i] == 0) continue;
                quota[i] += extra[i];
                made.set(i, generate(groups.get(i), generator, types, quota[i], groupSeed(seed, i)));
            }
        }
        List<Question> out = new ArrayList<>();
        for (List<Question> qs : made) out.addAll(qs);
        // Topics mixed, as in the real exam; the order is fixed by the seed.
        Collections.shuffle(out, new Random(seed));
        return out.size() > count ? List.copyOf(out.subList(0, count)) : out;
    }

    /** Up to {@code quota} questions from the group, reading more of its cards until they suffice or run out. */
    private static List<Question> generate(Group group, QuestionSource generator, Set<QuestionType> types, int quota,
                                           long seed) throws DeckhandException {
        int read = Math.min(group.size(), Math.max(MIN_READ, quota * READ_PER_QUESTION));
        while (true) {
            List<Question> qs = generator.generate(group.first(read), types, quota, seed);
            if (qs.size() >= quota || read >= group.size()) return qs;
            read = (int) Math.min(group.size(), read * 4L);
        }
    }

    /**
     * Splits {@code total} over the groups not {@code excluded} in proportion to {@code sizes}
     * (largest remainder; ties go to the earlier group).
     */
    static int[] shares(int[] sizes, boolean[] excluded, int total) {
        int n = sizes.length;
        int[] out = new int[n];
        long sum = 0;
        for (int i = 0; i < n; i++) if (!excluded[i]) sum += sizes[i];
        if (sum == 0 || total <= 0) return out;
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            if (excluded[i]) continue;
            double exact = (double) total * sizes[i] / sum;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (excluded[i] || sizes[i] == 0) continue;
                if (best < 0 || remainder[i] > remainder[best]) best = i;
            }
            // The remainders add up to what is left, so each group gets at most one more.
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }

    private static long groupSeed(long seed, int group) {
        return seed ^ (0x9E3779B97F4A7C15L * (group + 1));
    }
}
