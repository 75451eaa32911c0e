package io.deckhand.render.diagram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one link between nodes: its optional `id@`, the arrow, and a label inside the arrow or in `|...|`. */
final class FlowchartLinkReader {
    private static final Pattern LINK = Pattern.compile("[<xo]?(?:-{2,}[->xo]|={2,}[=>xo]|-\\.+-[>xo]?|~{3,})");
    private static final Pattern LINK_WITH_TEXT = Pattern.compile("([<xo]?)(--|==|-\\.)(?=[^-=.>])");
    private static final Pattern NORMAL_CLOSER = Pattern.compile("-{2,}[->xo]");
    private static final Pattern THICK_CLOSER = Pattern.compile("={2,}[=>xo]");
    private static final Pattern DOTTED_CLOSER = Pattern.compile("\\.+-[>xo]?");
    private static final Pattern EDGE_ID = Pattern.compile("([A-Za-z0-9_]+)@(?=[-=~<xo.])");

    private final FlowchartCursor in;

    FlowchartLinkReader(FlowchartCursor in) {
        this.in = in;
    }

    /** The link at the cursor, or null (cursor unmoved) when there is none. */
    FlowchartLink read() throws FlowchartSyntaxException {
        String id = null;
        Matcher idm = EDGE_ID.matcher(in.src).region(in.pos, in.src.length());
        int save = in.pos;
        if (idm.lookingAt()) {
            id = idm.group(1);
            in.pos = idm.end();
        }
        FlowchartLink link = arrow(id);
        if (link == null) {
            in.pos = save;
            return null;
        }
        return withPipeLabel(link);
    }

    private FlowchartLink arrow(String id) {
        Matcher m = LINK.matcher(in.src).region(in.pos, in.src.length());
        if (m.lookingAt() && m.group().length() != 2) {
            in.pos = m.end();
            return FlowchartLink.of(m.group(), "", "text", id);
        }
        Matcher t = LINK_WITH_TEXT.matcher(in.src).region(in.pos, in.src.length());
        if (!t.lookingAt()) {
            return null;
        }
        String open = t.group(2);
        Pattern closer = switch (open) {
            case "--" -> NORMAL_CLOSER;
            case "==" -> THICK_CLOSER;
            default -> DOTTED_CLOSER;
        };
        Matcher c = closer.matcher(in.src).region(t.end(), in.src.length());
        if (!c.find()) {
            return null;
        }
        FlowchartLabelReader.Label label = FlowchartLabelReader.edgeLabel(in.src.substring(t.end(), c.start()).strip());
        String token = t.group(1) + (open.equals("-.") ? "-" + c.group() : c.group());
        in.pos = c.end();
        return FlowchartLink.of(token, label.text(), label.labelType(), id);
    }

    /** A `|label|` after the arrow replaces any text inside it. */
    private FlowchartLink withPipeLabel(FlowchartLink link) throws FlowchartSyntaxException {
        int afterLink = in.pos;
        in.skipSpaces();
        if (!in.at('|')) {
            in.pos = afterLink;
            return link;
        }
        int close = in.src.indexOf('|', in.pos + 1);
        if (close < 0) {
            throw in.error("edge label not closed with `|`");
        }
        String text = in.src.substring(in.pos + 1, close).strip();
        if (!FlowchartLabelReader.isQuoted(text) && text.contains("\"")) {
            throw in.errorAt(in.pos + 1 + text.indexOf('"'), "a quote inside an unquoted edge label");
        }
        FlowchartLabelReader.Label label = FlowchartLabelReader.edgeLabel(text);
        in.pos = close + 1;
        return new FlowchartLink(link.id(), link.type(), link.stroke(), label.text(), link.length(), label.labelType());
    }
}
