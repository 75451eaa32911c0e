package io.deckhand.notes.gate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Kubernetes' quantity grammar (resource.Quantity): a signed decimal number and one suffix, a binary
 * unit (Ki Mi Gi Ti Pi Ei), a decimal unit (m k M G T P E, or none) or a decimal exponent (e3, E-2).
 * Case matters: "8GI" and "500mi" are not quantities.
 */
final class Quantity {
    private static final Pattern GRAMMAR = Pattern.compile(
            "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[KMGTPE]i|[mkMGTPE]|[eE][+-]?\\d+)?");
    private static final String[] UNITS = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "m", "k", "M", "G", "T", "P", "E"};

    private Quantity() {
    }

    static boolean valid(String text) {
        return GRAMMAR.matcher(text).matches();
    }

    /** The quantity meant when only a unit's case is wrong ("8GI" → "8Gi"), or null. */
    static String caseFixed(String text) {
        int i = 0;
        while (i < text.length() && "+-.0123456789".indexOf(text.charAt(i)) >= 0) i++;
        if (i == 0) return null;
        String unit = text.substring(i).toLowerCase(Locale.ROOT);
        // "500mi" reads as mebibytes (memory), not milli-units: a two-letter unit is a binary one.
        for (String u : UNITS) {
            if (u.length() == unit.length() && u.toLowerCase(Locale.ROOT).equals(unit) && u.length() == 2) {
                String fixed = text.substring(0, i) + u;
                return valid(fixed) ? fixed : null;
            }
        }
        return null;
    }
}
