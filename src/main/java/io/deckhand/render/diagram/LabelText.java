package io.deckhand.render.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Label lines (split at {@code <br>} and new lines, markdown markers removed) and their estimated size. */
final class LabelText {
    static final double FONT_SIZE = 14;
    static final double LINE_HEIGHT = 18;

    // Compiled once: labels are measured and drawn for every node of every diagram.
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC_STAR = Pattern.compile("(?<![\\w*])\\*(.+?)\\*(?![\\w*])");
    private static final Pattern ITALIC_UNDERSCORE = Pattern.compile("(?<!\\w)_(.+?)_(?!\\w)");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|\\n");

    private LabelText() {
    }

    static List<String> lines(String text, String labelType) {
        String t = text == null ? "" : text;
        if ("markdown".equals(labelType)) {
            t = BOLD.matcher(t).replaceAll("$1");
            t = ITALIC_STAR.matcher(t).replaceAll("$1");
            t = ITALIC_UNDERSCORE.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('&') >= 0) t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        List<String> out = new ArrayList<>();
        boolean plain = t.indexOf('\n') < 0 && t.indexOf('<') < 0;
        for (String line : plain ? new String[] {t} : LINE_BREAK.split(t)) {
            out.add(line.strip());
        }
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Estimated width in px of one line at {@link #FONT_SIZE} in a common sans-serif font. */
    static double width(String line) {
        double em = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("iljtfr.,:;'|!()[] ".indexOf(c) >= 0) {
                em += 0.33;
            } else if ("mwMW@%".indexOf(c) >= 0) {
                em += 0.9;
            } else if (Character.isUpperCase(c)) {
                em += 0.68;
            } else if (Character.isIdeographic(c)) {
                em += 1.0;
            } else {
                em += 0.56;
            }
        }
        return em * FONT_SIZE;
    }

    static double width(List<String> lines) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, width(l));
        }
        return w;
    }

    static double height(List<String> lines) {
        return lines.size() * LINE_HEIGHT;
    }
}
