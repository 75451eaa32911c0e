package io.deckhand.quiz.grade;

/**
 * One way an answer differs from the expected one. {@code where} names the place in the user's
 * terms: a manifest path such as {@code spec.containers[nginx].image}, a command flag such as
 * {@code --replicas}, or a word position for typed answers. Missing and extra leave one side null.
 */
public record Difference(Kind kind, String where, String expected, String actual) {
    public enum Kind { MISSING, EXTRA, WRONG }
}
