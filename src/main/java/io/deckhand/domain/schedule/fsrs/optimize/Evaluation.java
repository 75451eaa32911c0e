package io.deckhand.domain.schedule.fsrs.optimize;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well parameters predict a review history, as fsrs-rs evaluates: recency-weighted log loss,
 * and RMSE over bins of (interval, number of reviews, lapses) — the "RMSE" figure Anki shows.
 */
public record Evaluation(double logLoss, double rmseBins) {

    /** Evaluates {@code weights} (clipped as fsrs-rs does for inference) on the items. */
    public static Evaluation of(double[] weights, List<TrainingItem> items) {
        if (items.isEmpty()) throw new IllegalArgumentException("no items to evaluate");
        double[] w = weights.clone();
        ParameterBounds.clip(w, 1, false);
        MemoryModel model = new MemoryModel();
        model.use(w);
        Map<CardHistory, double[]> predictions = new IdentityHashMap<>();
        Map<CardHistory, Integer> lastItem = new IdentityHashMap<>();
        for (TrainingItem item : items) lastItem.merge(item.card(), item.current(), Math::max);
        for (Map.Entry<CardHistory, Integer> e : lastItem.entrySet()) {
            double[] r = new double[e.getValue() + 1];
            model.predict(e.getKey(), e.getValue(), r);
            predictions.put(e.getKey(), r);
        }
        double[] recency = FsrsOptimizer.recencyWeights(items.size());
        Map<Bin, double[]> bins = new HashMap<>();
        double loss = 0;
        double weightSum = 0;
        for (int i = 0; i < items.size(); i++) {
            TrainingItem item = items.get(i);
            double p = predictions.get(item.card())[item.current()];
            double y = item.recalled() ? 1 : 0;
            double weight = recency[i];
            double pClamped = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
            loss -= (y * Math.log(pClamped) + (1 - y) * Math.log(1 - pClamped)) * weight;
            weightSum += weight;
            double[] bin = bins.computeIfAbsent(binOf(item), k -> new double[4]);
            bin[0] += p;
            bin[1] += y;
            bin[2] += 1;
            bin[3] += weight;
        }
        double squares = 0;
        double binWeights = 0;
        for (double[] bin : bins.values()) {
            double diff = bin[0] / bin[2] - bin[1] / bin[2];
            squares += diff * diff * bin[3];
            binWeights += bin[3];
        }
        return new Evaluation(loss / weightSum, Math.sqrt(squares / binWeights));
    }

    /** fsrs-rs's R-matrix bin: interval, review count and lapse count on log scales. */
    record Bin(long interval, long reviews, long lapses) {
    }

    static Bin binOf(TrainingItem item) {
        double deltaT = item.currentDelta();
        long deltaBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(deltaT) / Math.log(3.62))) * 100.0);
        double length = item.longTermReviews() + 1.0;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = item.lapses();
        long lapseBin = lapses == 0 ? 0
                : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return new Bin(deltaBin, lengthBin, lapseBin);
    }
}
