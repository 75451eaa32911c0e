package io.deckhand.render.yaml;

import java.util.HashSet;
import java.util.Set;

/** An open mapping (keys at {@code indent}) or list (dashes at {@code indent}, items of {@code type}). */
final class OpenFrame {
    final boolean list;
    final FieldType type;
    final int indent;
    final String path;
    final boolean item;
    final Set<String> keys = new HashSet<>();
    int items;

    OpenFrame(boolean list, FieldType type, int indent, String path, boolean item) {
        this.list = list;
        this.type = type;
        this.indent = indent;
        this.path = path;
        this.item = item;
    }

    int childIndent() {
        return indent;
    }

    /** How a guess names this frame. */
    String name() {
        return path.isEmpty() ? "the top level" : "`" + path + "`";
    }
}
