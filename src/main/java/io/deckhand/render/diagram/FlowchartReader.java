package io.deckhand.render.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One reading of a flowchart text (strict, or lenient about statement boundaries). Not thread-safe. */
final class FlowchartReader extends FlowchartCursor {
    private static final Pattern LINK = Pattern.compile("[<xo]?(?:-{2,}[->xo]|={2,}[=>xo]|-\\.+-[>xo]?|~{3,})");
    private static final Pattern LINK_WITH_TEXT = Pattern.compile("([<xo]?)(--|==|-\\.)(?=[^-=.>])");
    private static final Pattern NORMAL_CLOSER = Pattern.compile("-{2,}[->xo]");
    private static final Pattern THICK_CLOSER = Pattern.compile("={2,}[=>xo]");
    private static final Pattern DOTTED_CLOSER = Pattern.compile("\\.+-[>xo]?");
    private static final Pattern EDGE_ID = Pattern.compile("([A-Za-z0-9_]+)@(?=[-=~<xo.])");
    private static final Pattern DIRECTION = Pattern.compile("(TB|TD|BT|LR|RL|<|>|\\^|v)(?=[\\s;]|$)");
    private static final Set<String> BAD_NODE_KEYWORDS = Set.of("graph", "flowchart", "flowchart-elk", "style",
            "interpolate", "class", "classDef", "linkStyle", "subgraph", "end", "_blank", "_top", "_self", "_parent");
    private static final String[][] SHAPES = {
        {"(((", ")))", "doublecircle"}, {"((", "))", "circle"}, {"([", "])", "stadium"}, {"(-", "-)", "ellipse"},
        {"(", ")", "round"}, {"[[", "]]", "subroutine"}, {"[(", ")]", "cylinder"}, {"[/", null, "lean_right"},
        {"[\\", null, "lean_left"}, {"[|", "]", "rect"}, {"[", "]", "square"}, {"{{", "}}", "hexagon"},
        {"{", "}", "diamond"}, {">", "]", "odd"},
    };

    static final int MAX_NESTING = 50;

    private final boolean lenient;
    private boolean repaired;
    private String direction = "TB";
    private final Map<String, VertexBuilder> vertices = new LinkedHashMap<>();
    private final List<Flowchart.Edge> edges = new ArrayList<>();
    private final List<Flowchart.Subgraph> subgraphs = new ArrayList<>();
    private final Deque<SubgraphBuilder> open = new ArrayDeque<>();
    private final Map<String, List<String>> classDefs = new LinkedHashMap<>();
    private final Map<String, List<String>> linkStyles = new LinkedHashMap<>();
    private final Map<String, List<String>> subgraphClasses = new LinkedHashMap<>();
    private int subgraphCounter;

    FlowchartReader(String src, boolean lenient) {
        super(src);
        this.lenient = lenient;
    }

    Flowchart read() throws FlowchartSyntaxException {
        skipSeparators();
        header();
        while (true) {
            skipSeparators();
            if (pos >= src.length()) {
                break;
            }
            statement();
            endOfStatement();
        }
        if (!open.isEmpty()) {
            if (!lenient) {
                throw error("subgraph `" + open.peek().id + "` is not closed with `end`");
            }
            while (!open.isEmpty()) {
                closeSubgraph();
            }
            repaired = true;
        }
        Map<String, Flowchart.Vertex> vs = new LinkedHashMap<>();
        vertices.forEach((id, v) -> vs.put(id, v.build()));
        List<Flowchart.Subgraph> sgs = new ArrayList<>();
        for (Flowchart.Subgraph s : subgraphs) {
            sgs.add(new Flowchart.Subgraph(s.id(), s.title(), s.nodes(), s.dir(), s.labelType(),
                    subgraphClasses.getOrDefault(s.id(), List.of())));
        }
        return new Flowchart(direction, vs, edges, sgs, classDefs, linkStyles, repaired);
    }

    // ---- structure ----

    private void header() throws FlowchartSyntaxException {
        String word = peekWord();
        if (!word.equals("graph") && !word.equals("flowchart") && !word.equals("flowchart-elk")) {
            throw error("a flowchart starts with `graph` or `flowchart`");
        }
        pos += word.length();
        skipSpaces();
        Matcher m = DIRECTION.matcher(src).region(pos, src.length());
        if (m.lookingAt()) {
            direction = normaliseDirection(m.group(1));
            pos = m.end();
        }
    }

    private void statement() throws FlowchartSyntaxException {
        String word = peekWord();
        char after = pos + word.length() < src.length() ? src.charAt(pos + word.length()) : ' ';
        boolean spaced = Character.isWhitespace(after) || after == ';';
        if (!word.isEmpty() && BAD_NODE_KEYWORDS.contains(word) && !spaced && after != ':' && after != '[') {
            throw error("`" + word + "` is a keyword and cannot start a node id");
        }
        switch (spaced ? word : "") {
            case "subgraph" -> subgraph();
            case "end" -> end();
            case "direction" -> directionStatement();
            case "classDef" -> classDef();
            case "class" -> classStatement();
            case "style" -> style();
            case "linkStyle" -> linkStyle();
            case "click", "accTitle", "accDescr", "call", "href" -> skipRestOfStatement(word);
            default -> {
                if (word.equals("accTitle") || word.equals("accDescr")) {
                    skipRestOfStatement(word); // "accTitle: text" has no space before the colon
                } else {
                    vertexStatement();
                }
            }
        }
    }

    private void endOfStatement() throws FlowchartSyntaxException {
        skipSpaces();
        if (pos >= src.length()) {
            return;
        }
        char c = src.charAt(pos);
        if (c == ';' || c == '\n' || c == '\r' || src.startsWith("%%", pos)) {
            return;
        }
        if (!lenient) {
            throw error("unexpected `" + tokenAt(pos) + "`; expected a link, `;` or a new line");
        }
        repaired = true;
    }

    private void subgraph() throws FlowchartSyntaxException {
        if (open.size() >= MAX_NESTING) {
            throw error("subgraphs are nested too deeply (more than " + MAX_NESTING + " levels)");
        }
        pos += "subgraph".length();
        skipSpaces();
        String id;
        String title;
        String labelType = "text";
        if (at('"')) {
            Text t = quoted();
            title = t.text;
            labelType = t.labelType;
            id = "subGraph" + subgraphCounter;
        } else {
            id = readId();
            if (id.isEmpty()) {
                throw error("a subgraph needs a name");
            }
            title = id;
            int afterId = pos;
            skipSpaces();
            if (!at('[')) {
                pos = afterId;
            }
            if (at('[')) {
                pos++;
                Text t = shapeText("]");
                title = t.text;
                labelType = t.labelType;
            } else if (!lenient) {
                String rest = restOfLine().strip();
                if (!rest.isEmpty()) {
                    title = id + " " + rest;
                    id = "subGraph" + subgraphCounter;
                }
            }
        }
        subgraphCounter++;
        mention(id);
        open.push(new SubgraphBuilder(id, title, labelType));
    }

    private void end() throws FlowchartSyntaxException {
        if (open.isEmpty()) {
            if (!lenient) {
                throw error("`end` without a subgraph");
            }
            repaired = true;
            pos += 3;
            return;
        }
        pos += 3;
        closeSubgraph();
    }

    private void closeSubgraph() {
        SubgraphBuilder s = open.pop();
        List<String> nodes = new ArrayList<>(s.members);
        java.util.Collections.reverse(nodes);
        subgraphs.add(new Flowchart.Subgraph(s.id, s.title, nodes, s.dir, s.labelType, List.of()));
    }

    private void directionStatement() throws FlowchartSyntaxException {
        pos += "direction".length();
        skipSpaces();
        Matcher m = DIRECTION.matcher(src).region(pos, src.length());
        if (!m.lookingAt()) {
            throw error("expected a direction (TB, TD, BT, LR or RL)");
        }
        pos = m.end();
        if (open.isEmpty()) {
            direction = normaliseDirection(m.group(1));
        } else {
            open.peek().dir = normaliseDirection(m.group(1));
        }
    }

    private void classDef() throws FlowchartSyntaxException {
        pos += "classDef".length();
        skipSpaces();
        String names = readUntilSpace();
        skipSpaces();
        List<String> styles = styles(restOfStatement());
        for (String n : names.split(",")) {
            if (!n.isBlank()) {
                classDefs.put(n.strip(), styles);
            }
        }
    }

    private void classStatement() throws FlowchartSyntaxException {
        pos += "class".length();
        skipSpaces();
        String ids = readUntilSpace();
        skipSpaces();
        String cls = readUntilSpace();
        if (ids.isEmpty() || cls.isEmpty()) {
            throw error("expected `class ids className`");
        }
        for (String id : ids.split(",")) {
            applyClass(id.strip(), cls);
        }
    }

    private void applyClass(String id, String cls) {
        if (id.isEmpty()) {
            return;
        }
        boolean isSubgraph = subgraphs.stream().anyMatch(s -> s.id().equals(id)) || open.stream().anyMatch(s -> s.id.equals(id));
        if (isSubgraph && !vertices.containsKey(id)) {
            subgraphClasses.computeIfAbsent(id, k -> new ArrayList<>()).add(cls);
        } else {
            vertex(id).classes.add(cls);
            if (isSubgraph) {
                subgraphClasses.computeIfAbsent(id, k -> new ArrayList<>()).add(cls);
            }
        }
    }

    private void style() throws FlowchartSyntaxException {
        pos += "style".length();
        skipSpaces();
        String id = readUntilSpace();
        skipSpaces();
        if (id.isEmpty()) {
            throw error("expected `style id styles`");
        }
        vertex(id).styles.addAll(styles(restOfStatement()));
    }

    private void linkStyle() throws FlowchartSyntaxException {
        pos += "linkStyle".length();
        skipSpaces();
        String which = readUntilSpace();
        skipSpaces();
        if (which.isEmpty()) {
            throw error("expected `linkStyle default|n styles`");
        }
        String rest = restOfStatement().strip();
        if (rest.startsWith("interpolate ")) {
            int sp = rest.indexOf(' ', "interpolate ".length());
            rest = sp < 0 ? "" : rest.substring(sp + 1);
        }
        List<String> styles = styles(rest);
        for (String w : which.split(",")) {
            if (!w.equals("default") && !w.matches("\\d+")) {
                throw error("linkStyle takes `default` or link numbers, not `" + w + "`");
            }
            linkStyles.put(w, styles);
        }
    }

    private void skipRestOfStatement(String word) {
        pos += word.length();
        if (word.equals("accDescr")) {
            skipSpaces();
            if (at('{')) {
                int close = src.indexOf('}', pos);
                pos = close < 0 ? src.length() : close + 1;
                return;
            }
        }
        restOfStatement();
    }

    // ---- vertices and links ----

    private void vertexStatement() throws FlowchartSyntaxException {
        List<String> left = nodeGroup();
        while (true) {
            int save = pos;
            skipSpaces();
            FlowchartLink link = link();
            if (link == null) {
                pos = save;
                return;
            }
            skipSpaces();
            List<String> right = nodeGroup();
            for (String a : left) {
                for (String b : right) {
                    edges.add(new Flowchart.Edge(link.id(), a, b, link.type(), link.stroke(), link.text(), link.length(), link.labelType()));
                }
            }
            left = right;
        }
    }

    private List<String> nodeGroup() throws FlowchartSyntaxException {
        List<String> ids = new ArrayList<>();
        ids.add(node());
        while (true) {
            int save = pos;
            skipSpaces();
            if (at('&') && pos + 1 < src.length() && Character.isWhitespace(src.charAt(pos + 1))) {
                pos++;
                skipSpaces();
                ids.add(node());
            } else {
                pos = save;
                return ids;
            }
        }
    }

    private String node() throws FlowchartSyntaxException {
        int start = pos;
        String id = readId();
        if (id.isEmpty()) {
            if (pos < src.length() && "&:*\\-_".indexOf(src.charAt(pos)) >= 0) {
                id = String.valueOf(src.charAt(pos++));
            } else {
                throw errorAt(start, pos >= src.length() ? "unexpected end of diagram; expected a node"
                        : "unexpected `" + tokenAt(pos) + "`; expected a node");
            }
        }
        VertexBuilder v = vertex(id);
        mention(id);
        if (src.startsWith("@{", pos)) {
            shapeData(v);
        } else {
            for (String[] s : SHAPES) {
                if (src.startsWith(s[0], pos)) {
                    pos += s[0].length();
                    shape(v, s);
                    break;
                }
            }
        }
        if (src.startsWith(":::", pos)) {
            pos += 3;
            String cls = readId();
            if (cls.isEmpty()) {
                throw error("expected a class name after `:::`");
            }
            v.classes.add(cls);
        }
        return id;
    }

    private void shape(VertexBuilder v, String[] s) throws FlowchartSyntaxException {
        String type = s[2];
        Text t;
        if (type.equals("lean_right") || type.equals("lean_left")) {
            t = shapeText("/]", "\\]");
            boolean slashEnd = t.closer.equals("/]");
            type = type.equals("lean_right") ? (slashEnd ? "lean_right" : "trapezoid") : (slashEnd ? "inv_trapezoid" : "lean_left");
        } else if (type.equals("rect")) {
            int bar = src.indexOf('|', pos);
            if (bar < 0) {
                throw error("expected `|` closing the border list");
            }
            pos = bar + 1;
            t = shapeText("]");
        } else {
            t = shapeText(s[1]);
        }
        v.text = t.text;
        v.type = type;
        v.labelType = t.labelType;
    }

    /** Reads a label up to one of the closers; quoted strings must be followed by the closer. */
    private Text shapeText(String... closers) throws FlowchartSyntaxException {
        int start = pos;
        skipSpaces();
        if (at('"')) {
            Text q = quoted();
            skipSpaces();
            for (String c : closers) {
                if (src.startsWith(c, pos)) {
                    pos += c.length();
                    return new Text(q.text, q.labelType, c);
                }
            }
            throw error("expected `" + closers[0] + "` after the quoted label");
        }
        pos = start;
        int i = pos;
        while (i < src.length()) {
            for (String c : closers) {
                if (src.startsWith(c, i)) {
                    String text = escapeLoneAngle(src.substring(pos, i).strip());
                    pos = i + c.length();
                    return new Text(text, "text", c);
                }
            }
            char ch = src.charAt(i);
            if (ch == '"') {
                throw errorAt(i, "a quote inside an unquoted label; put the whole label in quotes");
            }
            if (closers[0].equals(")") && ch == '(' || closers[0].equals("]") && ch == '[' && !closers[0].equals("]]")) {
                throw errorAt(i, "unexpected `" + ch + "` inside a label; put the label in quotes");
            }
            i++;
        }
        throw errorAt(start, "label not closed with `" + closers[0] + "`");
    }

    private Text quoted() throws FlowchartSyntaxException {
        int start = pos;
        int close = src.indexOf('"', pos + 1);
        if (close < 0) {
            throw errorAt(start, "string not closed with `\"`");
        }
        String text = src.substring(pos + 1, close);
        pos = close + 1;
        if (text.length() >= 2 && text.startsWith("`") && text.endsWith("`")) {
            return new Text(text.substring(1, text.length() - 1), "markdown", "");
        }
        return new Text(text, "text", "");
    }

    private void shapeData(VertexBuilder v) throws FlowchartSyntaxException {
        int start = pos;
        int depth = 0;
        int i = pos + 1;
        boolean inQuote = false;
        for (; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && c == '{') {
                depth++;
            } else if (!inQuote && c == '}' && --depth == 0) {
                break;
            }
        }
        if (i >= src.length()) {
            throw errorAt(start, "`@{` not closed with `}`");
        }
        String body = src.substring(pos + 2, i);
        pos = i + 1;
        for (String part : body.split("[,\n](?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = part.substring(0, colon).strip();
            String value = part.substring(colon + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (key.equals("shape")) {
                if (!value.matches("[a-z][a-z0-9-]*")) {
                    throw errorAt(start, "No such shape: " + value + ". Shape names should be lowercase.");
                }
                v.type = value;
            } else if (key.equals("label")) {
                v.text = value;
            }
        }
    }

    private FlowchartLink link() throws FlowchartSyntaxException {
        String id = null;
        Matcher idm = EDGE_ID.matcher(src).region(pos, src.length());
        int save = pos;
        if (idm.lookingAt()) {
            id = idm.group(1);
            pos = idm.end();
        }
        Matcher m = LINK.matcher(src).region(pos, src.length());
        FlowchartLink link = null;
        if (m.lookingAt() && !(m.group().length() == 2)) {
            link = FlowchartLink.of(m.group(), "", "text", id);
            pos = m.end();
        } else {
            Matcher t = LINK_WITH_TEXT.matcher(src).region(pos, src.length());
            if (t.lookingAt()) {
                String open = t.group(2);
                Pattern closer = switch (open) {
                    case "--" -> NORMAL_CLOSER;
                    case "==" -> THICK_CLOSER;
                    default -> DOTTED_CLOSER;
                };
                Matcher c = closer.matcher(src).region(t.end(), src.length());
                if (c.find()) {
                    String between = src.substring(t.end(), c.start()).strip();
                    String labelType = "text";
                    if (between.length() >= 2 && between.startsWith("\"") && between.endsWith("\"")) {
                        between = between.substring(1, between.length() - 1);
                        if (between.length() >= 2 && between.startsWith("`") && between.endsWith("`")) {
                            between = between.substring(1, between.length() - 1);
                            labelType = "markdown";
                        }
                    }
                    String token = t.group(1) + (open.equals("-.") ? "-" + c.group() : c.group());
                    link = FlowchartLink.of(token, between, labelType, id);
                    pos = c.end();
                }
            }
        }
        if (link == null) {
            pos = save;
            return null;
        }
        int afterLink = pos;
        skipSpaces();
        if (at('|')) {
            int close = src.indexOf('|', pos + 1);
            if (close < 0) {
                throw error("edge label not closed with `|`");
            }
            String text = src.substring(pos + 1, close).strip();
            String labelType = "text";
            if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
                text = text.substring(1, text.length() - 1);
                if (text.length() >= 2 && text.startsWith("`") && text.endsWith("`")) {
                    text = text.substring(1, text.length() - 1);
                    labelType = "markdown";
                }
            } else if (text.contains("\"")) {
                throw errorAt(pos + 1 + text.indexOf('"'), "a quote inside an unquoted edge label");
            }
            pos = close + 1;
            link = new FlowchartLink(link.id(), link.type(), link.stroke(), text, link.length(), labelType);
        } else {
            pos = afterLink;
        }
        return link;
    }

    // ---- helpers ----

    private VertexBuilder vertex(String id) {
        return vertices.computeIfAbsent(id, VertexBuilder::new);
    }

    private void mention(String id) {
        if (!open.isEmpty() && !open.peek().id.equals(id)) {
            open.peek().members.add(id);
        }
    }

    private static String normaliseDirection(String d) {
        return switch (d) {
            case "TD", "v" -> "TB";
            case "<" -> "RL";
            case ">" -> "LR";
            case "^" -> "BT";
            default -> d;
        };
    }

    private record Text(String text, String labelType, String closer) {
    }

    private static final class VertexBuilder {
        final String id;
        String text;
        String type;
        String labelType = "text";
        final List<String> classes = new ArrayList<>();
        final List<String> styles = new ArrayList<>();

        VertexBuilder(String id) {
            this.id = id;
        }

        Flowchart.Vertex build() {
            return new Flowchart.Vertex(id, text == null ? id : text, type, classes, styles, labelType);
        }
    }

    private static final class SubgraphBuilder {
        final String id;
        final String title;
        final String labelType;
        String dir;
        final Set<String> members = new LinkedHashSet<>();

        SubgraphBuilder(String id, String title, String labelType) {
            this.id = id;
            this.title = title;
            this.labelType = labelType;
        }
    }
}
