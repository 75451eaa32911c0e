package io.deckhand.render.yaml;

import io.deckhand.text.YamlLine;
import java.util.List;

/**
 * Which open list takes a `- ...` line: the innermost list whose items fit its content, unless the
 * item's next key shows it belongs to an outer list; else the innermost list, as a guess.
 */
final class ListForItem {
    private final List<YamlLine> lines;
    private final FieldFit fit;
    private final OpenFrames frames;
    private final ReindentedLines out;

    ListForItem(List<YamlLine> lines, FieldFit fit, OpenFrames frames, ReindentedLines out) {
        this.lines = lines;
        this.fit = fit;
        this.frames = frames;
        this.out = out;
    }

    /** The list for the item at {@code index} whose content is {@code rest} (null: empty), or null when no list is open. */
    OpenFrame choose(YamlLine l, YamlLine rest, int index) {
        OpenFrame chosen = null;
        OpenFrame innermostList = null;
        for (int i = frames.size() - 1; i >= 0 && chosen == null; i--) {
            OpenFrame f = frames.get(i);
            if (f.list) {
                innermostList = innermostList == null ? f : innermostList;
                if (fit.takesItem(f.type, rest)) {
                    chosen = f;
                }
            }
        }
        String nextKey = nextKeyOfItem(index);
        if (chosen != null && rest != null && rest.kind() == YamlLine.Kind.KEY && nextKey != null
                && !fit.hasField(chosen.type, nextKey)) {
            // "- name: b" after a volume mount could open a mount or the next container: the
            // item's next key ("image") tells which list has items with both fields.
            for (int i = frames.indexOf(chosen) - 1; i >= 0; i--) {
                OpenFrame f = frames.get(i);
                if (f.list && fit.hasField(f.type, rest.key()) && fit.hasField(f.type, nextKey)) {
                    out.guess("item `" + l.value() + "` placed in `" + f.path + "`, whose items have `" + nextKey + "`");
                    chosen = f;
                    break;
                }
            }
        }
        if (chosen == null && innermostList != null) {
            chosen = innermostList;
            out.guess("item `" + l.value() + "` placed in `" + chosen.path + "`");
        }
        return chosen;
    }

    /** The key of the line after an item line when it continues that item (no dash, no new document), else null. */
    private String nextKeyOfItem(int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            YamlLine n = lines.get(j);
            if (n.kind() == YamlLine.Kind.BLANK || n.kind() == YamlLine.Kind.COMMENT) {
                continue;
            }
            int base = lines.get(index).indent();
            return n.kind() == YamlLine.Kind.KEY && (n.indent() == base || n.indent() == base + 2) ? n.key() : null;
        }
        return null;
    }
}
