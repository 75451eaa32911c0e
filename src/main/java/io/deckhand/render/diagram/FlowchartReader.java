package io.deckhand.render.diagram;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a flowchart text (strict, or lenient about statement boundaries): the header and
 * the statement loop, handing each statement to the reader of its kind. Not thread-safe.
 */
final class FlowchartReader {
    private static final Pattern DIRECTION = Pattern.compile("(TB|TD|BT|LR|RL|<|>|\\^|v)(?=[\\s;]|$)");
    private static final Set<String> BAD_NODE_KEYWORDS = Set.of("graph", "flowchart", "flowchart-elk", "style",
            "interpolate", "class", "classDef", "linkStyle", "subgraph", "end", "_blank", "_top", "_self", "_parent");

    private final FlowchartCursor in;
    private final FlowchartRepair repair;
    private final FlowchartBuilder chart = new FlowchartBuilder();
    private final FlowchartNodeReader nodes;
    private final FlowchartLinkReader links;
    private final FlowchartSubgraphStatements subgraphs;
    private final FlowchartStyleStatements styling;
    private String direction = "TB";

    FlowchartReader(String src, boolean lenient) {
        this.in = new FlowchartCursor(src);
        this.repair = new FlowchartRepair(lenient);
        FlowchartLabelReader labels = new FlowchartLabelReader(in);
        this.nodes = new FlowchartNodeReader(in, labels, chart);
        this.links = new FlowchartLinkReader(in);
        this.subgraphs = new FlowchartSubgraphStatements(in, labels, chart, repair);
        this.styling = new FlowchartStyleStatements(in, chart);
    }

    Flowchart read() throws FlowchartSyntaxException {
        in.skipSeparators();
        header();
        while (true) {
            in.skipSeparators();
            if (in.pos >= in.src.length()) {
                break;
            }
            statement();
            endOfStatement();
        }
        subgraphs.closeAllAtEnd();
        return chart.build(direction, repair.repaired());
    }

    private void header() throws FlowchartSyntaxException {
        String word = in.peekWord();
        if (!word.equals("graph") && !word.equals("flowchart") && !word.equals("flowchart-elk")) {
            throw in.error("a flowchart starts with `graph` or `flowchart`");
        }
        in.pos += word.length();
        in.skipSpaces();
        Matcher m = DIRECTION.matcher(in.src).region(in.pos, in.src.length());
        if (m.lookingAt()) {
            direction = normaliseDirection(m.group(1));
            in.pos = m.end();
        }
    }

    private void statement() throws FlowchartSyntaxException {
        String word = in.peekWord();
        char after = in.pos + word.length() < in.src.length() ? in.src.charAt(in.pos + word.length()) : ' ';
        boolean spaced = Character.isWhitespace(after) || after == ';';
        if (!word.isEmpty() && BAD_NODE_KEYWORDS.contains(word) && !spaced && after != ':' && after != '[') {
            throw in.error("`" + word + "` is a keyword and cannot start a node id");
        }
        switch (spaced ? word : "") {
            case "subgraph" -> subgraphs.subgraph();
            case "end" -> subgraphs.end();
            case "direction" -> directionStatement();
            case "classDef" -> styling.classDef();
            case "class" -> styling.classStatement();
            case "style" -> styling.style();
            case "linkStyle" -> styling.linkStyle();
            case "click", "accTitle", "accDescr", "call", "href" -> skipRestOfStatement(word);
            default -> {
                if (word.equals("accTitle") || word.equals("accDescr")) {
                    skipRestOfStatement(word); // "accTitle: text" has no space before the colon
                } else {
                    chain();
                }
            }
        }
    }

    private void endOfStatement() throws FlowchartSyntaxException {
        in.skipSpaces();
        if (in.pos >= in.src.length()) {
            return;
        }
        char c = in.src.charAt(in.pos);
        if (c == ';' || c == '\n' || c == '\r' || in.src.startsWith("%%", in.pos)) {
            return;
        }
        repair.readPast(() -> in.error("unexpected `" + in.tokenAt(in.pos) + "`; expected a link, `;` or a new line"));
    }

    /** `a --> b & c -.-> d`: every node of a group is linked to every node of the next. */
    private void chain() throws FlowchartSyntaxException {
        List<String> left = nodes.group();
        while (true) {
            int save = in.pos;
            in.skipSpaces();
            FlowchartLink link = links.read();
            if (link == null) {
                in.pos = save;
                return;
            }
            in.skipSpaces();
            List<String> right = nodes.group();
            for (String a : left) {
                for (String b : right) {
                    chart.edge(link, a, b);
                }
            }
            left = right;
        }
    }

    private void directionStatement() throws FlowchartSyntaxException {
        in.pos += "direction".length();
        in.skipSpaces();
        Matcher m = DIRECTION.matcher(in.src).region(in.pos, in.src.length());
        if (!m.lookingAt()) {
            throw in.error("expected a direction (TB, TD, BT, LR or RL)");
        }
        in.pos = m.end();
        String d = normaliseDirection(m.group(1));
        if (!chart.setSubgraphDirection(d)) {
            direction = d;
        }
    }

    private void skipRestOfStatement(String word) {
        in.pos += word.length();
        if (word.equals("accDescr")) {
            in.skipSpaces();
            if (in.at('{')) {
                int close = in.src.indexOf('}', in.pos);
                in.pos = close < 0 ? in.src.length() : close + 1;
                return;
            }
        }
        in.restOfStatement();
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
}
