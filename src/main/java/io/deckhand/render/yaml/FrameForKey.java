package io.deckhand.render.yaml;

import io.deckhand.text.YamlLine;

/**
 * Which open frame takes a `key:` line: the innermost object that has the field (in a list: the
 * field of a new item whose dash was lost); a free-form map only when no enclosing object has a
 * field of that name; else the innermost mapping, as a guess.
 */
final class FrameForKey {
    private final FieldFit fit;
    private final OpenFrames frames;
    private final ReindentedLines out;

    FrameForKey(FieldFit fit, OpenFrames frames, ReindentedLines out) {
        this.fit = fit;
        this.frames = frames;
        this.out = out;
    }

    /** The frame, and whether the key starts a new item of it (the frame is then a list). */
    record Choice(OpenFrame frame, boolean newItem) {
    }

    Choice choose(YamlLine l) {
        OpenFrame chosen = null;
        OpenFrame weak = null;
        boolean newItem = false;
        for (int i = frames.size() - 1; i >= 0 && chosen == null; i--) {
            OpenFrame f = frames.get(i);
            if (f.list) {
                if (fit.hasField(f.type, l.key())) {
                    chosen = f;
                    newItem = true;
                }
            } else if (fit.hasField(f.type, l.key())) {
                chosen = f;
            } else if (weak == null && FieldFit.takesAnyKey(f.type)) {
                weak = f;
            }
        }
        if (chosen != null && weak != null && frames.indexOf(weak) > frames.indexOf(chosen)) {
            out.guess("`" + l.key() + "` read as a field of " + chosen.name() + ", not as a key under `" + weak.path + "`");
        }
        if (chosen == null) {
            chosen = weak;
        }
        if (chosen == null) {
            chosen = frames.innermostMapping();
            out.guess("`" + l.key() + "` is not a known field here; kept under " + chosen.name());
        }
        return new Choice(chosen, newItem);
    }
}
