package io.deckhand.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives headings of a flattened note their levels back, claiming no more than the layout shows: a
 * heading directly followed by another heading opens a section (level 1) and the heading after it is a
 * topic in it (level 2); any other heading stands alone (level 1), since where a section ends is lost.
 */
final class HeadingLevels {
    private HeadingLevels() {
    }

    static List<Block> assign(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b instanceof Block.Heading h && h.level() == 0) {
                boolean opensSection = k + 1 < blocks.size() && blocks.get(k + 1) instanceof Block.Heading;
                boolean inSection = k > 0 && blocks.get(k - 1) instanceof Block.Heading;
                out.add(new Block.Heading(opensSection || !inSection ? 1 : 2, h.text(), h.first(), h.last()));
            } else {
                out.add(b);
            }
        }
        return out;
    }
}
