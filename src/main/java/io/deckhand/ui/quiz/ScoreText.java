package io.deckhand.ui.quiz;

import java.time.Duration;
import java.util.Locale;

/** Wording of scores and times on the quiz and exam screens; apart so it is tested without a screen. */
public final class ScoreText {
    private ScoreText() {
    }

    /** 0.6667 → "67 %"; rounds down only below the pass mark's edge so 65.6 % never reads as 66 %. */
    public static String percent(double share) {
        if (Double.isNaN(share)) return "\u2013";
        return (int) Math.floor(share * 100 + 1e-9) + " %";
    }

    /** "7 of 10 right · 74 %" (the percentage counts partial credit). */
    public static String summary(int right, double points, int questions) {
        if (questions == 0) return "No questions";
        return right + " of " + questions + " right \u00b7 " + percent(points / questions);
    }

    /** Markdown text as plain words for a label: emphasis and code marks dropped (snake_case and ____ blanks kept). */
    public static String plain(String markdown) {
        return markdown.replaceAll("\\*\\*|`", "").replaceAll("(?<![\\w*])[*_]([^*_\\n]+)[*_](?![\\w*])", "$1").strip();
    }

    /** A countdown: "1:59:07", "4:05". */
    public static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec) : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /** Time used in words: "42 min", "1 h 05 min", "35 s". */
    public static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) return s + " s";
        long m = s / 60;
        return m < 60 ? m + " min" : String.format(Locale.ROOT, "%d h %02d min", m / 60, m % 60);
    }
}
