package io.deckhand.quiz.grade;

import java.util.List;

/**
 * How well an answer matched: {@code score} in 0..1 (partial credit by field for manifests),
 * {@code correct} when it counts as right, and what differed, most important first.
 */
public record Grade(double score, boolean correct, List<Difference> differences) {
    public Grade {
        if (score < 0 || score > 1 || Double.isNaN(score)) throw new IllegalArgumentException("score must be in 0..1: " + score);
        differences = List.copyOf(differences);
    }

    public static Grade right() {
        return new Grade(1, true, List.of());
    }
}
