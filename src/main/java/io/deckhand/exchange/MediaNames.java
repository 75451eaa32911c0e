package io.deckhand.exchange;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Media names are plain file names: no folders, no way out of the media folder. */
public final class MediaNames {
    private static final Pattern IMG_SRC = Pattern.compile("(?i)<img\\b[^<>]*?\\ssrc\\s*=\\s*(?:\"([^\"<>]*)\"|'([^'<>]*)'|([^\\s>\"'<]+))");
    private static final Pattern SOUND = Pattern.compile("\\[sound:([^\\]\\[<>]+)\\]");

    private MediaNames() {
    }

    /**
     * Adds to {@code names} the media a card's HTML refers to as Anki does: {@code <img src>} and
     * {@code [sound:...]}, entities decoded. Only plain names count (an image on the web or in
     * a folder is not a media file); the caller still checks {@link #isSafe}.
     */
    public static void referencedIn(String html, Set<String> names) {
        if (html.indexOf("<img") < 0 && html.indexOf("<IMG") < 0 && html.indexOf("[sound:") < 0) return;
        Matcher img = IMG_SRC.matcher(html);
        while (img.find()) {
            String src = img.group(1) != null ? img.group(1) : img.group(2) != null ? img.group(2) : img.group(3);
            add(Parser.unescapeEntities(src, true), names);
        }
        Matcher sound = SOUND.matcher(html);
        while (sound.find()) add(Parser.unescapeEntities(sound.group(1), false), names);
    }

    private static void add(String name, Set<String> names) {
        String n = name.strip();
        // a scheme (http:, data:) or a folder means it is not a file in the media folder
        if (!n.isEmpty() && n.indexOf(':') < 0 && n.indexOf('/') < 0) names.add(n);
    }

    /** True if {@code name} is a plain file name that can safely be written into a media folder. */
    public static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) return false;
        if (name.equals(".") || name.equals("..")) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) return false;
        }
        return true;
    }

    static String requireSafe(String name) {
        if (!isSafe(name)) throw new IllegalArgumentException("unsafe media file name: " + name);
        return name;
    }
}
