package io.deckhand.notes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives headings of a flattened note their levels back, claiming no more than the layout and the
 * wording show. A heading directly followed by another heading opens a section and the heading after
 * it is a topic one level deeper. A standalone heading starts a new top-level topic, except when its
 * wording makes it part of the topic above: an example heading ("Example declaration", "Simple local
 * example") belongs to the heading before it, and a heading that narrows the current top-level one
 * ("Namespace" then "Existing namespaces", "Namespace Issue") is a subtopic of it.
 */
final class HeadingLevels {
    private static final int MAX_LEVEL = 6;
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?i)^(e\\.g\\.|examples?|sample|usage|syntax)\\b.*|.*\\bexamples?$");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COMPARISON = Pattern.compile("(?i).*\\b(vs\\.?|versus|or|and)\\b.*");

    private HeadingLevels() {
    }

    static List<Block> assign(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        Block.Heading top = null;
        Block.Heading lastTopic = null;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (!(b instanceof Block.Heading h) || h.level() != 0) {
                out.add(b);
                continue;
            }
            boolean opensSection = k + 1 < blocks.size() && blocks.get(k + 1) instanceof Block.Heading;
            Block.Heading before = k > 0 && out.get(k - 1) instanceof Block.Heading p ? p : null;
            int level;
            if (before != null && !opensSection) {
                level = Math.min(MAX_LEVEL, before.level() + 1);
            } else if (!opensSection && lastTopic != null && EXAMPLE.matcher(h.text()).matches()) {
                level = Math.min(MAX_LEVEL, lastTopic.level() + 1);
            } else if (top != null && narrows(h.text(), top.text())) {
                level = Math.min(MAX_LEVEL, top.level() + 1);
            } else {
                level = 1;
            }
            Block.Heading assigned = new Block.Heading(level, h.text(), h.first(), h.last());
            out.add(assigned);
            if (level == 1) top = assigned;
            if (!EXAMPLE.matcher(h.text()).matches()) lastTopic = assigned;
        }
        return out;
    }

    /** "Namespace Issue" narrows "Namespace": every word of the broader heading, and more. */
    static boolean narrows(String heading, String broader) {
        if (COMPARISON.matcher(heading).matches()) return false;
        Set<String> words = stems(heading);
        Set<String> broad = stems(broader);
        return !broad.isEmpty() && words.size() > broad.size() && words.containsAll(broad);
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) continue;
            out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }
}
