package io.deckhand.render.yaml;

import io.deckhand.text.YamlLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Restores the indentation of a Kubernetes manifest whose leading whitespace was lost (notes pasted
 * as plain text). Each line is placed by asking the {@link K8sStructure} which open mapping or list
 * it belongs to: the innermost object that has the field wins; a free-form map (labels, data) takes
 * a key only when no enclosing object has a field of that name. Comments are kept, list items get
 * their dash when the note lost it, a repeated {@code kind}/{@code apiVersion} starts a new
 * document, and every decision the table did not settle is listed as a guess. Thread-safe.
 */
public final class ManifestReindenter {
    private final K8sStructure structure;

    public ManifestReindenter(K8sStructure structure) {
        this.structure = structure;
    }

    public ManifestReindenter() {
        this(K8sStructure.bundled());
    }

    /** True when some key without a value is not followed by a more indented line: structure was lost. */
    public static boolean looksFlattened(String text) {
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

    private static String lastValue(YamlLine l) {
        return l.kind() == YamlLine.Kind.ITEM ? YamlLine.of(l.value()).value() : l.value();
    }

    public ReindentResult reindent(String text) {
        if (text.length() > YamlValidator.MAX_CHARS) {
            return new ReindentResult(text, List.of("Not re-indented: the snippet is larger than "
                    + YamlValidator.MAX_CHARS / 1024 + " KB."), false);
        }
        String[] raw = text.split("\n", -1);
        List<YamlLine> lines = new ArrayList<>(raw.length);
        for (String r : raw) {
            lines.add(YamlLine.of(r));
        }
        Run run = new Run(lines);
        String result = run.run();
        String normalisedInput = text.endsWith("\n") ? text : text + "\n";
        boolean changed = !result.equals(normalisedInput);
        return new ReindentResult(changed ? result : text, changed ? run.guesses : List.of(), changed);
    }

    /** One pass over the lines. */
    private final class Run {
        private final List<YamlLine> lines;
        private final List<String> out = new ArrayList<>();
        private final List<String> guesses = new ArrayList<>();
        private final List<String> pending = new ArrayList<>();
        private final List<Frame> stack = new ArrayList<>();
        private Block block;

        Run(List<YamlLine> lines) {
            this.lines = lines;
        }

        String run() {
            startDocument(0);
            for (int i = 0; i < lines.size(); i++) {
                YamlLine l = lines.get(i);
                if (block != null) {
                    if (!endsBlock(l)) {
                        blockLine(l);
                        continue;
                    }
                    block = null;
                }
                switch (l.kind()) {
                    case BLANK -> pending.add("");
                    case COMMENT -> pending.add(l.text());
                    case DOCUMENT -> {
                        flush(0);
                        out.add(l.text());
                        startDocument(i + 1);
                    }
                    case KEY -> key(l, i);
                    case ITEM -> item(l, i);
                    case TEXT -> text(l);
                    default -> throw new IllegalStateException();
                }
            }
            // Trailing blank lines and comments stay where they were.
            flush(stack.isEmpty() ? 0 : top().childIndent());
            while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            return String.join("\n", out) + "\n";
        }

        private void startDocument(int from) {
            stack.clear();
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
                    type = structure.typeOfKind(YamlLine.valueOnly(l.value())).orElse(null);
                    if (type == null && !YamlLine.valueOnly(l.value()).isEmpty()) {
                        break;
                    }
                }
            }
            stack.add(new Frame(false, new FieldType.Obj(type == null ? K8sStructure.ANY_KIND : type), 0, "", false));
        }

        private void key(YamlLine l, int index) {
            Frame chosen = null;
            Frame weak = null;
            boolean newItem = false;
            for (int i = stack.size() - 1; i >= 0 && chosen == null; i--) {
                Frame f = stack.get(i);
                if (f.list) {
                    if (strong(f.type, l.key())) {
                        chosen = f;
                        newItem = true;
                    }
                } else if (strong(f.type, l.key())) {
                    chosen = f;
                } else if (weak == null && weakAccepts(f.type)) {
                    weak = f;
                }
            }
            if (chosen != null && weak != null && stack.indexOf(weak) > stack.indexOf(chosen)) {
                guess("`" + l.key() + "` read as a field of " + name(chosen) + ", not as a key under `" + weak.path + "`");
            }
            if (chosen == null) {
                chosen = weak;
            }
            if (chosen == null) {
                chosen = innermostMapping();
                guess("`" + l.key() + "` is not a known field here; kept under " + name(chosen));
            }
            if (!chosen.list && chosen.keys.contains(l.key())) {
                if (chosen.item) {
                    Frame list = stack.get(stack.indexOf(chosen) - 1);
                    guess("repeated `" + l.key() + "` starts a new item of `" + list.path + "`");
                    chosen = list;
                    newItem = true;
                } else if (chosen == stack.get(0)) {
                    flushLeadingBlankLines();
                    out.add("---");
                    guess("repeated `" + l.key() + "` starts a new document");
                    startDocument(index);
                    chosen = stack.get(0);
                }
            }
            popTo(chosen);
            Frame target = chosen;
            if (newItem) {
                guess("`" + l.key() + "` starts a new item of `" + chosen.path + "` (the list dash was missing)");
                target = openItem(chosen);
                emit(chosen.indent, "- " + l.text());
            } else {
                emit(chosen.indent, l.text());
            }
            target.keys.add(l.key());
            child(target, l.key(), l.value());
        }

        private void item(YamlLine l, int index) {
            YamlLine rest = l.value().isEmpty() ? null : YamlLine.of(l.value());
            Frame top = top();
            if (!top.list && !top.item && top.keys.isEmpty() && weakAccepts(top.type) && stack.size() > 1) {
                // A key with an unknown or free-form value turns out to hold a list.
                stack.remove(stack.size() - 1);
                stack.add(new Frame(true, FieldType.ANY, Math.max(0, top.indent - 2), top.path, false));
            }
            Frame chosen = null;
            Frame innermostList = null;
            for (int i = stack.size() - 1; i >= 0 && chosen == null; i--) {
                Frame f = stack.get(i);
                if (f.list) {
                    innermostList = innermostList == null ? f : innermostList;
                    if (acceptsItem(f.type, rest)) {
                        chosen = f;
                    }
                }
            }
            String nextKey = nextKeyOfItem(index);
            if (chosen != null && rest != null && rest.kind() == YamlLine.Kind.KEY && nextKey != null
                    && !strong(chosen.type, nextKey)) {
                // "- name: b" after a volume mount could open a mount or the next container: the
                // item's next key ("image") tells which list has items with both fields.
                for (int i = stack.indexOf(chosen) - 1; i >= 0; i--) {
                    Frame f = stack.get(i);
                    if (f.list && strong(f.type, rest.key()) && strong(f.type, nextKey)) {
                        guess("item `" + l.value() + "` placed in `" + f.path + "`, whose items have `" + nextKey + "`");
                        chosen = f;
                        break;
                    }
                }
            }
            if (chosen == null && innermostList != null) {
                chosen = innermostList;
                guess("item `" + l.value() + "` placed in `" + chosen.path + "`");
            }
            if (chosen == null) {
                emit(top.childIndent(), l.text());
                guess("item `" + l.value() + "` has no list to belong to; kept under " + name(top));
                return;
            }
            popTo(chosen);
            Frame itemFrame = openItem(chosen);
            emit(chosen.indent, "- " + l.value());
            if (rest != null && rest.kind() == YamlLine.Kind.KEY) {
                itemFrame.keys.add(rest.key());
                child(itemFrame, rest.key(), rest.value());
            } else if (rest != null) {
                stack.remove(itemFrame);
            }
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

        private void text(YamlLine l) {
            Frame top = top();
            emit(top.indent + 2, l.text());
            guess("`" + l.text() + "` kept as the continuation of the value above");
        }

        private void child(Frame parent, String key, String value) {
            String path = parent.path.isEmpty() ? key : parent.path + "." + key;
            FieldType t = structure.child(parent.type, key);
            if (t == null) {
                t = FieldType.ANY;
            }
            if (YamlLine.isBlockScalar(value)) {
                block = new Block(parent.indent + 2, path);
                return;
            }
            if (!YamlLine.valueOnly(value).isEmpty() || t instanceof FieldType.Scalar) {
                return;
            }
            if (t instanceof FieldType.ListOf list) {
                stack.add(new Frame(true, list.element(), parent.indent, path, false));
            } else {
                stack.add(new Frame(false, t, parent.indent + 2, path, false));
            }
        }

        private Frame openItem(Frame list) {
            Frame item = new Frame(false, list.type, list.indent + 2, list.path + "[" + list.items++ + "]", true);
            stack.add(item);
            return item;
        }

        private boolean endsBlock(YamlLine l) {
            return switch (l.kind()) {
                case DOCUMENT -> true;
                case KEY -> YamlLine.isBlockScalar(l.value()) || stack.stream().anyMatch(f -> strong(f.type, l.key()));
                case ITEM -> stack.stream().anyMatch(f -> f.list);
                default -> false;
            };
        }

        private void blockLine(YamlLine l) {
            if (l.kind() == YamlLine.Kind.BLANK) {
                out.add("");
                return;
            }
            String t = l.text();
            if (t.startsWith("}") || t.startsWith("]") || t.startsWith(")")) {
                block.depth = Math.max(0, block.depth - 1);
            }
            if (!block.guessed && (t.contains("{") || t.contains("}"))) {
                block.guessed = true;
                guess("text of `" + block.path + "` indented by its braces");
            }
            out.add(" ".repeat(block.indent + 4 * block.depth) + t);
            int opens = count(t, '{') + count(t, '[') + count(t, '(');
            int closes = count(t, '}') + count(t, ']') + count(t, ')');
            int leading = t.startsWith("}") || t.startsWith("]") || t.startsWith(")") ? 1 : 0;
            block.depth = Math.max(0, block.depth + opens - (closes - leading));
        }

        private boolean strong(FieldType type, String key) {
            return type instanceof FieldType.Obj o && structure.fields(o.type()).containsKey(key);
        }

        private boolean weakAccepts(FieldType type) {
            return type instanceof FieldType.MapOf || type instanceof FieldType.Any;
        }

        private boolean acceptsItem(FieldType element, YamlLine rest) {
            if (rest == null) {
                return !(element instanceof FieldType.Scalar);
            }
            if (rest.kind() == YamlLine.Kind.KEY) {
                return strong(element, rest.key()) || weakAccepts(element);
            }
            return element instanceof FieldType.Scalar || element instanceof FieldType.Any;
        }

        private Frame innermostMapping() {
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (!stack.get(i).list) {
                    return stack.get(i);
                }
            }
            return stack.get(0);
        }

        private void popTo(Frame f) {
            while (top() != f) {
                stack.remove(stack.size() - 1);
            }
        }

        private Frame top() {
            return stack.get(stack.size() - 1);
        }

        private void emit(int indent, String text) {
            flush(indent);
            out.add(" ".repeat(indent) + text);
        }

        private void flush(int indent) {
            for (String c : pending) {
                out.add(c.isEmpty() ? "" : " ".repeat(indent) + c);
            }
            pending.clear();
        }

        private void flushLeadingBlankLines() {
            while (!pending.isEmpty() && pending.get(0).isEmpty()) {
                out.add("");
                pending.remove(0);
            }
        }

        private void guess(String what) {
            guesses.add("line " + (out.size() + pending.size() + 1) + ": " + what);
        }

        private String name(Frame f) {
            return f.path.isEmpty() ? "the top level" : "`" + f.path + "`";
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** An open mapping (keys at {@code indent}) or list (dashes at {@code indent}, items of {@code type}). */
    private static final class Frame {
        final boolean list;
        final FieldType type;
        final int indent;
        final String path;
        final boolean item;
        final Set<String> keys = new HashSet<>();
        int items;

        Frame(boolean list, FieldType type, int indent, String path, boolean item) {
            this.list = list;
            this.type = type;
            this.indent = indent;
            this.path = path;
            this.item = item;
        }

        int childIndent() {
            return indent;
        }
    }

    /** A literal or folded block scalar being copied. */
    private static final class Block {
        final int indent;
        final String path;
        int depth;
        boolean guessed;

        Block(int indent, String path) {
            this.indent = indent;
            this.path = path;
        }
    }
}
