package io.deckhand.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Turns a text with cloze deletions into one card per deletion (or per numbered group): the front
 * shows that deletion as {@code [...]} (or {@code [hint]}), the back the full text. Deletions are
 * ordered by pattern, then by position, like the Obsidian Spaced Repetition plugin.
 */
final class ClozeExpander {
    private ClozeExpander() {
    }

    private record Deletion(int start, int end, String answer, String hint, String sequence) {
    }

    static List<ExplicitCard.Side> expand(String text, List<ClozePattern> patterns) {
        List<Deletion> found = find(text, patterns);
        if (found.isEmpty()) return List.of();
        Map<String, List<Deletion>> groups = new LinkedHashMap<>();
        int k = 0;
        for (Deletion d : found) {
            String key = d.sequence() != null ? "n" + d.sequence() : "u" + (k++);
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(d);
        }
        List<Deletion> byPosition = new ArrayList<>(found);
        byPosition.sort((a, b) -> Integer.compare(a.start(), b.start()));
        String back = render(text, byPosition, List.of()).strip();
        List<ExplicitCard.Side> sides = new ArrayList<>();
        for (List<Deletion> group : groups.values()) {
            String front = render(text, byPosition, group).strip();
            if (!front.isEmpty() && !back.isEmpty()) sides.add(new ExplicitCard.Side(front, back));
        }
        return sides;
    }

    /** True when the text holds at least one deletion. */
    static boolean hasDeletion(String text, List<ClozePattern> patterns) {
        return !find(text, patterns).isEmpty();
    }

    private static List<Deletion> find(String text, List<ClozePattern> patterns) {
        List<Deletion> taken = new ArrayList<>();
        for (ClozePattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                if (overlaps(taken, m.start(), m.end())) continue;
                String answer = p.answer(m);
                if (answer == null || answer.isBlank()) continue;
                taken.add(new Deletion(m.start(), m.end(), answer, p.hint(m), p.sequence(m)));
            }
        }
        return taken;
    }

    private static boolean overlaps(List<Deletion> taken, int start, int end) {
        for (Deletion d : taken) {
            if (start < d.end() && d.start() < end) return true;
        }
        return false;
    }

    private static String render(String text, List<Deletion> all, List<Deletion> hidden) {
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Deletion d : all) {
            sb.append(text, at, d.start());
            if (hidden.contains(d)) {
                sb.append('[').append(d.hint() == null ? "..." : d.hint()).append(']');
            } else {
                sb.append(d.answer());
            }
            at = d.end();
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }
}
