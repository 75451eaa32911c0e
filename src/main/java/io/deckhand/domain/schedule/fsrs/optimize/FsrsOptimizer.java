package io.deckhand.domain.schedule.fsrs.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * Fits the 21 FSRS-6 parameters to a review history the way fsrs-rs does (as used by Anki):
 * outlier first intervals dropped, initial stabilities pre-trained from first ratings, then Adam
 * over recency-weighted items (learning rate 0.04 on a cosine schedule, batches of 512 predictions,
 * L2 pull toward the starting point scaled by the parameters' spread across users), clipped to the
 * bounds after every step. A batch holds whole cards, each run once over its history for all its
 * items. Deterministic: cards are dealt to batches and batches ordered by a seeded shuffle.
 */
public final class FsrsOptimizer {
    /** fsrs-rs returns defaults below this many items. */
    public static final int MIN_ITEMS = 8;
    /** Below this many items only the initial stabilities are fitted (as fsrs-rs). */
    public static final int MIN_TRAINING_ITEMS = 64;

    static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    /** Spread of each parameter across users' fitted parameters (fsrs-rs), scaling the L2 penalty. */
    private static final double[] PARAMS_STDDEV = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27};

    /** Training settings; {@link #defaults()} are fsrs-rs's. */
    public record Config(int epochs, int batchSize, double learningRate, long seed, double gamma,
                         int maxSeqLen, boolean shortTerm, int relearningSteps) {
        public Config {
            if (epochs < 1 || batchSize < 1 || maxSeqLen < 2 || relearningSteps < 0) {
                throw new IllegalArgumentException("invalid optimiser settings");
            }
            if (!Double.isFinite(learningRate) || !Double.isFinite(gamma)) {
                throw new IllegalArgumentException("learning rate and gamma must be finite");
            }
        }

        public static Config defaults() {
            return new Config(5, 512, 0.04, 2023, 1.0, 256, true, 1);
        }

        public Config withEpochs(int n) {
            return new Config(n, batchSize, learningRate, seed, gamma, maxSeqLen, shortTerm, relearningSteps);
        }

        /** The preset's relearning steps bound w17/w18 so a lapse cannot raise stability (fsrs-rs). */
        public Config withRelearningSteps(int n) {
            return new Config(epochs, batchSize, learningRate, seed, gamma, maxSeqLen, shortTerm, Math.max(1, n));
        }
    }

    /** Told how far training got; returns false to stop (the optimiser then throws {@link CancellationException}). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (done, total) -> true;

        boolean progress(long done, long total);
    }

    private FsrsOptimizer() {
    }

    public static List<Double> defaultWeights() {
        return toList(DEFAULT_WEIGHTS);
    }

    /**
     * Fits parameters to {@code history}, and evaluates {@code current} and the fit on it.
     *
     * @throws CancellationException when the listener asks to stop
     */
    public static OptimizeResult optimize(TrainingSet history, List<Double> current, Config config, Listener listener) {
        if (current.size() != 21) throw new IllegalArgumentException("FSRS-6 needs 21 parameters, got " + current.size());
        double[] currentWeights = current.stream().mapToDouble(Double::doubleValue).toArray();
        for (double v : currentWeights) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("current parameters must be numbers");
        }
        List<TrainingItem> items = history.items();
        int cards = (int) items.stream().map(TrainingItem::card).distinct().count();
        Fitted fitted = fit(items, config, listener);
        if (fitted == null) {
            Evaluation before = items.isEmpty() ? null : Evaluation.of(currentWeights, items);
            return new OptimizeResult(OptimizeResult.Outcome.TOO_LITTLE_HISTORY, current, current, before, before,
                    items.size(), cards);
        }
        double[] optimized = fitted.weights();
        for (int i = 0; i < 21; i++) optimized[i] = Math.round(optimized[i] * 1e6) / 1e6;
        Evaluation before = Evaluation.of(currentWeights, items);
        Evaluation after = Evaluation.of(optimized, items);
        return new OptimizeResult(fitted.outcome(), current, toList(optimized), before, after, items.size(), cards);
    }

    private record Fitted(OptimizeResult.Outcome outcome, double[] weights) {
    }

    private static Fitted fit(List<TrainingItem> items, Config config, Listener listener) {
        Set<Long> outliers = new HashSet<>();
        List<TrainingItem> initialItems = new ArrayList<>();
        findOutliers(items, outliers, initialItems);
        List<TrainingItem> trainItems = new ArrayList<>();
        for (TrainingItem item : items) {
            if (!outliers.contains(pairKey(item.rating(0), item.firstLongTermDelta()))) trainItems.add(item);
        }
        if (trainItems.size() < MIN_ITEMS) return null;
        long recalled = trainItems.stream().filter(TrainingItem::recalled).count();
        double averageRecall = (double) recalled / trainItems.size();
        InitialStability.Fit s0 = InitialStability.fit(initialItems, averageRecall);
        if (s0 == null) return null;
        double[] initial = DEFAULT_WEIGHTS.clone();
        System.arraycopy(s0.stabilities(), 0, initial, 0, 4);
        if (trainItems.size() == initialItems.size() || trainItems.size() < MIN_TRAINING_ITEMS) {
            return new Fitted(OptimizeResult.Outcome.INITIAL_STABILITY_ONLY, initial);
        }
        if (!config.shortTerm()) {
            initial[17] = 0;
            initial[18] = 0;
            initial[19] = 0;
        }
        double[] trained = train(trainItems, initial, config, listener);
        Double[] byRating = new Double[5];
        for (int g = 1; g <= 4; g++) byRating[g] = trained[g - 1];
        double[] smoothed = InitialStability.smoothAndFill(byRating, s0.ratingCounts());
        System.arraycopy(smoothed, 0, trained, 0, 4);
        return new Fitted(OptimizeResult.Outcome.TRAINED, trained);
    }

    /**
     * fsrs-rs's outlier rule on first intervals: per first rating, the rarest first intervals making
     * up less than max(20, 5 %) of the cards, and any interval seen fewer than 6 times or longer than
     * 100 days (365 after Easy), are dropped — from pre-training, and their cards from training.
     */
    private static void findOutliers(List<TrainingItem> items, Set<Long> removed, List<TrainingItem> kept) {
        Map<Integer, Map<Integer, List<TrainingItem>>> groups = new TreeMap<>();
        for (TrainingItem item : items) {
            if (item.longTermReviews() != 1) continue;
            groups.computeIfAbsent(item.rating(0), k -> new HashMap<>())
                    .computeIfAbsent(item.currentDelta(), k -> new ArrayList<>()).add(item);
        }
        for (Map.Entry<Integer, Map<Integer, List<TrainingItem>>> byRating : groups.entrySet()) {
            int rating = byRating.getKey();
            List<Map.Entry<Integer, List<TrainingItem>>> sub = new ArrayList<>(byRating.getValue().entrySet());
            // most frequent first, ties by the longer interval; walked from the rarest end
            sub.sort(Comparator.<Map.Entry<Integer, List<TrainingItem>>>comparingInt(e -> -e.getValue().size())
                    .thenComparing(e -> -e.getKey()));
            int total = sub.stream().mapToInt(e -> e.getValue().size()).sum();
            int removedSoFar = 0;
            for (int i = sub.size() - 1; i >= 0; i--) {
                int delta = sub.get(i).getKey();
                List<TrainingItem> group = sub.get(i).getValue();
                if (removedSoFar + group.size() >= Math.max(20, total / 20)) {
                    if (group.size() >= 6 && delta <= (rating != 4 ? 100 : 365)) {
                        kept.addAll(group);
                    } else {
                        removed.add(pairKey(rating, delta));
                    }
                } else {
                    removedSoFar += group.size();
                    removed.add(pairKey(rating, delta));
                }
            }
        }
    }

    private static long pairKey(int rating, int delta) {
        return ((long) rating << 32) | (delta & 0xffffffffL);
    }

    /** fsrs-rs's recency weights: 0.25 for the oldest item rising to 1 for the newest, cubically. */
    static double[] recencyWeights(int n) {
        double[] out = new double[n];
        double length = Math.max(n - 1.0, 1.0);
        for (int i = 0; i < n; i++) {
            double x = i / length;
            out[i] = 0.25 + 0.75 * x * x * x;
        }
        return out;
    }

    /** A card's items in one batch: the history up to its last item, with each item's weight at its position. */
    private record CardItems(CardHistory card, int last, double[] weights, int count) {
    }

    private static double[] train(List<TrainingItem> items, double[] initial, Config config, Listener listener) {
        double[] recency = recencyWeights(items.size());
        Map<CardHistory, List<Integer>> byCard = new IdentityHashMap<>();
        Map<CardHistory, Integer> firstSeen = new LinkedHashMap<>();
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            TrainingItem item = items.get(i);
            if (item.length() > config.maxSeqLen()) continue;
            byCard.computeIfAbsent(item.card(), k -> new ArrayList<>()).add(i);
            firstSeen.putIfAbsent(item.card(), firstSeen.size());
            total++;
        }
        List<CardItems> cardItems = new ArrayList<>();
        for (CardHistory card : firstSeen.keySet()) {
            List<Integer> indices = byCard.get(card);
            int last = 0;
            for (int i : indices) last = Math.max(last, items.get(i).current());
            double[] weights = new double[last + 1];
            for (int i : indices) weights[items.get(i).current()] = recency[i];
            cardItems.add(new CardItems(card, last, weights, indices.size()));
        }
        // fsrs-rs packs cards sorted by history length; batches of like cards converge more slowly
        // (5 epochs left the log loss 0.5 % short on the 100k fixture), so cards are dealt in a seeded
        // random order instead. The loss is the same; only the batches' make-up differs.
        SplitMix64 random = new SplitMix64(config.seed());
        int[] cardOrder = new int[cardItems.size()];
        for (int i = 0; i < cardOrder.length; i++) cardOrder[i] = i;
        random.shuffle(cardOrder);
        List<List<CardItems>> batches = new ArrayList<>();
        List<CardItems> currentBatch = new ArrayList<>();
        int predictions = 0;
        for (int ci : cardOrder) {
            CardItems c = cardItems.get(ci);
            if (!currentBatch.isEmpty() && predictions + c.count() > config.batchSize()) {
                batches.add(currentBatch);
                currentBatch = new ArrayList<>();
                predictions = 0;
            }
            predictions += c.count();
            currentBatch.add(c);
        }
        if (!currentBatch.isEmpty()) batches.add(currentBatch);
        int[] batchSizes = batches.stream().mapToInt(b -> b.stream().mapToInt(CardItems::count).sum()).toArray();

        double iterations = (double) (total / config.batchSize() + 1) * config.epochs();
        double[] w = initial.clone();
        double[] m = new double[21];
        double[] v = new double[21];
        double[] grad = new double[21];
        MemoryModel model = new MemoryModel();
        int[] order = new int[batches.size()];
        long step = 0;
        long doneTotal = (long) total * config.epochs();
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            for (int i = 0; i < order.length; i++) order[i] = i;
            random.shuffle(order);
            long processed = 0;
            for (int b : order) {
                double lr = config.learningRate() * (1 + Math.cos(Math.PI * step / iterations)) / 2;
                Arrays.fill(grad, 0);
                model.use(w);
                for (CardItems c : batches.get(b)) model.lossAndGradient(c.card(), c.last(), c.weights(), grad);
                double l2 = config.gamma() * batchSizes[b] / total;
                for (int k = 0; k < 21; k++) {
                    grad[k] += 2 * (w[k] - initial[k]) / (PARAMS_STDDEV[k] * PARAMS_STDDEV[k]) * l2;
                }
                if (!config.shortTerm()) {
                    Arrays.fill(grad, 0, 4, 0);
                    Arrays.fill(grad, 17, 20, 0);
                }
                step++;
                double bias1 = 1 - Math.pow(0.9, step);
                double bias2 = 1 - Math.pow(0.999, step);
                for (int k = 0; k < 21; k++) {
                    m[k] = 0.9 * m[k] + 0.1 * grad[k];
                    v[k] = 0.999 * v[k] + 0.001 * grad[k] * grad[k];
                    w[k] -= lr * (m[k] / bias1) / (Math.sqrt(v[k] / bias2) + 1e-8);
                }
                ParameterBounds.clip(w, config.relearningSteps(), config.shortTerm());
                processed += batchSizes[b];
                if (!listener.progress((long) epoch * total + processed, doneTotal)) {
                    throw new CancellationException("optimisation cancelled");
                }
            }
        }
        return w;
    }

    private static List<Double> toList(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) out.add(v);
        return List.copyOf(out);
    }

    /** Small seeded generator (SplitMix64) so the batch order is the same on every JVM. */
    private static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        void shuffle(int[] a) {
            for (int i = a.length - 1; i > 0; i--) {
                int j = (int) Math.floorMod(next(), (long) (i + 1));
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }
}
