package io.deckhand.render.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Mermaid style declarations ({@code fill:#326ce5,stroke:#fff,color:#fff}) reduced to the few SVG
 * properties Deckhand draws, with text colours corrected to at least 4.5:1 against their fill.
 */
final class DiagramStyles {
    private static final Pattern SAFE = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\\([0-9., %]+\\)|[0-9.]+(px)?|[0-9., ]+");

    private DiagramStyles() {
    }

    /** Properties from class definitions (in order) then inline styles; unsafe values are dropped. */
    static Map<String, String> resolve(List<String> classes, List<String> styles, Map<String, List<String>> classDefs) {
        Map<String, String> props = new LinkedHashMap<>();
        List<String> def = classDefs.get("default");
        if (def != null) {
            add(props, def);
        }
        for (String c : classes) {
            add(props, classDefs.getOrDefault(c, List.of()));
        }
        add(props, styles);
        return props;
    }

    static void add(Map<String, String> props, List<String> declarations) {
        for (String d : declarations) {
            int colon = d.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = d.substring(0, colon).strip().toLowerCase();
            String value = d.substring(colon + 1).replace("!important", "").strip();
            if (SAFE.matcher(value).matches()) {
                props.put(key, value);
            }
        }
    }

    /** A text colour readable on {@code fill}: the requested one if it has 4.5:1, else black or white. */
    static String readableOn(String fill, String requested) {
        double[] bg = rgb(fill);
        if (bg == null) {
            return requested;
        }
        if (requested != null) {
            double[] fg = rgb(requested);
            if (fg != null && contrast(fg, bg) >= 4.5) {
                return requested;
            }
        }
        return contrast(new double[] {0, 0, 0}, bg) >= contrast(new double[] {1, 1, 1}, bg) ? "#000000" : "#ffffff";
    }

    /** Whether a colour is readable on both themes' node backgrounds (for text without its own fill). */
    static boolean readableOnThemes(String color, String lightBg, String darkBg) {
        double[] c = rgb(color);
        return c != null && contrast(c, rgb(lightBg)) >= 4.5 && contrast(c, rgb(darkBg)) >= 4.5;
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] c) {
        return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
    }

    private static double lin(double s) {
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** Channels 0..1 of a #rgb / #rrggbb colour or a basic name; null if unknown. */
    static double[] rgb(String color) {
        if (color == null) {
            return null;
        }
        String c = color.strip().toLowerCase();
        c = switch (c) {
            case "white" -> "#ffffff";
            case "black" -> "#000000";
            case "red" -> "#ff0000";
            case "green" -> "#008000";
            case "blue" -> "#0000ff";
            case "yellow" -> "#ffff00";
            case "orange" -> "#ffa500";
            case "gray", "grey" -> "#808080";
            case "lightgray", "lightgrey" -> "#d3d3d3";
            case "purple" -> "#800080";
            case "pink" -> "#ffc0cb";
            default -> c;
        };
        if (c.matches("#[0-9a-f]{3}")) {
            c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        if (!c.matches("#[0-9a-f]{6}([0-9a-f]{2})?")) {
            return null;
        }
        int v = Integer.parseInt(c.substring(1, 7), 16);
        return new double[] {(v >> 16 & 0xff) / 255.0, (v >> 8 & 0xff) / 255.0, (v & 0xff) / 255.0};
    }
}
