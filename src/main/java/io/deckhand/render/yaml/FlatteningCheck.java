package io.deckhand.render.yaml;

import io.deckhand.text.YamlLine;

/** Tells whether a manifest lost its indentation: some key opens a block that no more indented line fills. */
final class FlatteningCheck {
    private FlatteningCheck() {
    }

    static boolean looksFlattened(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            YamlLine l = YamlLine.of(lines[i]);
            boolean opens = (l.kind() == YamlLine.Kind.KEY || l.kind() == YamlLine.Kind.ITEM && YamlLine.of(l.value()).kind() == YamlLine.Kind.KEY)
                    && !YamlLine.isBlockScalar(lastValue(l)) && YamlLine.valueOnly(lastValue(l)).isEmpty();
            if (!opens) {
                continue;
            }
            int ownIndent = l.kind() == YamlLine.Kind.ITEM ? l.indent() + 2 : l.indent();
            for (int j = i + 1; j < lines.length; j++) {
                YamlLine n = YamlLine.of(lines[j]);
                if (n.kind() == YamlLine.Kind.BLANK || n.kind() == YamlLine.Kind.COMMENT) {
                    continue;
                }
                if (n.indent() < ownIndent || n.indent() == ownIndent && n.kind() != YamlLine.Kind.ITEM) {
                    return n.kind() == YamlLine.Kind.KEY || n.kind() == YamlLine.Kind.ITEM;
                }
                break;
            }
        }
        return false;
    }

    /** The value of the line's key, or of the key inside a list item. */
    private static String lastValue(YamlLine l) {
        return l.kind() == YamlLine.Kind.ITEM ? YamlLine.of(l.value()).value() : l.value();
    }
}
