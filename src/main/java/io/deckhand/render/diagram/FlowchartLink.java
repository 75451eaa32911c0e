package io.deckhand.render.diagram;

/** One link token: Mermaid edge type, stroke, length and label. */
record FlowchartLink(String id, String type, String stroke, String text, int length, String labelType) {
    static FlowchartLink of(String token, String text, String labelType, String id) {
        char first = token.charAt(0);
        char last = token.charAt(token.length() - 1);
        boolean hasStart = first == '<' || first == 'x' || first == 'o';
        String body = hasStart ? token.substring(1) : token;
        String head = switch (last) {
            case '>' -> "point";
            case 'x' -> "cross";
            case 'o' -> "circle";
            default -> "open";
        };
        String type = hasStart && !head.equals("open") ? "double_arrow_" + head : "arrow_" + head;
        String stroke = body.contains("=") ? "thick" : body.contains(".") ? "dotted" : body.contains("~") ? "invisible" : "normal";
        int length;
        if (stroke.equals("dotted")) {
            length = (int) body.chars().filter(ch -> ch == '.').count();
        } else {
            char ch = stroke.equals("thick") ? '=' : stroke.equals("invisible") ? '~' : '-';
            int n = (int) body.chars().filter(c -> c == ch).count();
            length = Math.max(1, head.equals("open") ? n - 2 : n - 1);
        }
        return new FlowchartLink(id, type, stroke, text, Math.max(1, length), labelType);
    }
}
