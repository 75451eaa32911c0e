package io.deckhand.render.yaml;

import io.deckhand.text.YamlLine;
import java.util.List;

/**
 * One pass over a flattened manifest's lines, writing each under the open mapping or list it belongs
 * to ({@link FrameForKey} and {@link ListForItem} choose which), opening what its value starts and
 * starting a new document at a repeated top-level key. Not thread-safe: one placer per text.
 */
final class ManifestLinePlacer {
    private final List<YamlLine> lines;
    private final FieldFit fit;
    private final ReindentedLines out = new ReindentedLines();
    private final OpenFrames frames = new OpenFrames();
    private final FrameForKey frameForKey;
    private final ListForItem listForItem;
    private BlockScalarCopy block;

    ManifestLinePlacer(List<YamlLine> lines, FieldFit fit) {
        this.lines = lines;
        this.fit = fit;
        this.frameForKey = new FrameForKey(fit, frames, out);
        this.listForItem = new ListForItem(lines, fit, frames, out);
    }

    String place() {
        startDocument(0);
        for (int i = 0; i < lines.size(); i++) {
            YamlLine l = lines.get(i);
            if (block != null) {
                if (!endsBlock(l)) {
                    block.copy(l, out);
                    continue;
                }
                block = null;
            }
            switch (l.kind()) {
                case BLANK -> out.hold("");
                case COMMENT -> out.hold(l.text());
                case DOCUMENT -> {
                    out.flush(0);
                    out.verbatim(l.text());
                    startDocument(i + 1);
                }
                case KEY -> key(l, i);
                case ITEM -> item(l, i);
                case TEXT -> text(l);
                default -> throw new IllegalStateException();
            }
        }
        // Trailing blank lines and comments stay where they were.
        out.flush(frames.isEmpty() ? 0 : frames.top().childIndent());
        return out.text();
    }

    List<String> guesses() {
        return out.guesses();
    }

    /** The root's type comes from the document's `kind` (read ahead up to the next document or `apiVersion`). */
    private void startDocument(int from) {
        String type = null;
        int apiVersions = 0;
        for (int i = from; i < lines.size() && type == null; i++) {
            YamlLine l = lines.get(i);
            if (l.kind() == YamlLine.Kind.DOCUMENT) {
                break;
            }
            if (l.kind() == YamlLine.Kind.KEY && l.key().equals("apiVersion") && ++apiVersions > 1) {
                break;
            }
            if (l.kind() == YamlLine.Kind.KEY && l.key().equals("kind")) {
                type = fit.typeOfKind(YamlLine.valueOnly(l.value()));
                if (type == null && !YamlLine.valueOnly(l.value()).isEmpty()) {
                    break;
                }
            }
        }
        frames.reset(new OpenFrame(false, new FieldType.Obj(type == null ? K8sStructure.ANY_KIND : type), 0, "", false));
    }

    private void key(YamlLine l, int index) {
        FrameForKey.Choice choice = frameForKey.choose(l);
        OpenFrame chosen = choice.frame();
        boolean newItem = choice.newItem();
        if (!chosen.list && chosen.keys.contains(l.key())) {
            if (chosen.item) {
                OpenFrame list = frames.get(frames.indexOf(chosen) - 1);
                out.guess("repeated `" + l.key() + "` starts a new item of `" + list.path + "`");
                chosen = list;
                newItem = true;
            } else if (chosen == frames.root()) {
                out.flushLeadingBlankLines();
                out.verbatim("---");
                out.guess("repeated `" + l.key() + "` starts a new document");
                startDocument(index);
                chosen = frames.root();
            }
        }
        frames.popTo(chosen);
        OpenFrame target = chosen;
        if (newItem) {
            out.guess("`" + l.key() + "` starts a new item of `" + chosen.path + "` (the list dash was missing)");
            target = frames.openItem(chosen);
            out.emit(chosen.indent, "- " + l.text());
        } else {
            out.emit(chosen.indent, l.text());
        }
        target.keys.add(l.key());
        openValue(target, l.key(), l.value());
    }

    private void item(YamlLine l, int index) {
        YamlLine rest = l.value().isEmpty() ? null : YamlLine.of(l.value());
        OpenFrame top = frames.top();
        if (!top.list && !top.item && top.keys.isEmpty() && FieldFit.takesAnyKey(top.type) && frames.size() > 1) {
            // A key with an unknown or free-form value turns out to hold a list.
            frames.removeTop();
            frames.push(new OpenFrame(true, FieldType.ANY, Math.max(0, top.indent - 2), top.path, false));
        }
        OpenFrame chosen = listForItem.choose(l, rest, index);
        if (chosen == null) {
            out.emit(top.childIndent(), l.text());
            out.guess("item `" + l.value() + "` has no list to belong to; kept under " + top.name());
            return;
        }
        frames.popTo(chosen);
        OpenFrame itemFrame = frames.openItem(chosen);
        out.emit(chosen.indent, "- " + l.value());
        if (rest != null && rest.kind() == YamlLine.Kind.KEY) {
            itemFrame.keys.add(rest.key());
            openValue(itemFrame, rest.key(), rest.value());
        } else if (rest != null) {
            frames.remove(itemFrame);
        }
    }

    private void text(YamlLine l) {
        OpenFrame top = frames.top();
        out.emit(top.indent + 2, l.text());
        out.guess("`" + l.text() + "` kept as the continuation of the value above");
    }

    /** After `key: value`: opens the mapping, list or block scalar the key's value starts, if any. */
    private void openValue(OpenFrame parent, String key, String value) {
        String path = parent.path.isEmpty() ? key : parent.path + "." + key;
        FieldType t = fit.child(parent.type, key);
        if (YamlLine.isBlockScalar(value)) {
            block = new BlockScalarCopy(parent.indent + 2, path);
            return;
        }
        if (!YamlLine.valueOnly(value).isEmpty() || t instanceof FieldType.Scalar) {
            return;
        }
        if (t instanceof FieldType.ListOf list) {
            frames.push(new OpenFrame(true, list.element(), parent.indent, path, false));
        } else {
            frames.push(new OpenFrame(false, t, parent.indent + 2, path, false));
        }
    }

    /** A block scalar ends at a new document, a new block scalar, a key some open object has, or an item when a list is open. */
    private boolean endsBlock(YamlLine l) {
        return switch (l.kind()) {
            case DOCUMENT -> true;
            case KEY -> YamlLine.isBlockScalar(l.value()) || frames.any(f -> fit.hasField(f.type, l.key()));
            case ITEM -> frames.any(f -> f.list);
            default -> false;
        };
    }
}
