package io.deckhand.domain.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A preset's sibling burying, as in Anki: once a card is answered, the other cards of the same fact
 * (its reverse, the other cloze deletions) wait until the next study day. One switch each for new
 * cards, reviews and interday learning cards; all on by default.
 *
 * @param newCards         bury new siblings
 * @param reviews          bury review siblings
 * @param interdayLearning bury learning siblings whose last step was on an earlier day
 */
public record SiblingBury(boolean newCards, boolean reviews, boolean interdayLearning) {
    public static final SiblingBury ALL = new SiblingBury(true, true, true);
    public static final SiblingBury NONE = new SiblingBury(false, false, false);

    /** The setting that holds a preset's switches (presets have no column for them). */
    public static String settingKey(PresetId preset) {
        return "preset." + preset.value() + ".bury-siblings";
    }

    /** "new review interday", the switches that are on (stored as a setting). */
    public String code() {
        List<String> on = new ArrayList<>();
        if (newCards) on.add("new");
        if (reviews) on.add("review");
        if (interdayLearning) on.add("interday");
        return on.isEmpty() ? "none" : String.join(" ", on);
    }

    /** Reads {@link #code()}; anything unreadable gives the default (all on). */
    public static SiblingBury parse(String code) {
        if (code == null || code.isBlank()) return ALL;
        Set<String> words = Set.of(code.toLowerCase(Locale.ROOT).trim().split("[\\s,]+"));
        if (words.equals(Set.of("none"))) return NONE;
        if (!Set.of("new", "review", "interday").containsAll(words)) return ALL;
        return new SiblingBury(words.contains("new"), words.contains("review"), words.contains("interday"));
    }
}
