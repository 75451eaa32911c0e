package io.deckhand.exchange.apkg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A note's sort field ({@code sfld}) and first-field checksum ({@code csum}) as Anki computes them:
 * media tags become their file name with a space either side, comments and tags go, entities are
 * decoded and no-break spaces become spaces; nothing is trimmed. {@code csum} is the first four
 * bytes of the SHA-1 of that text, big-endian, always of the first field.
 */
public final class AnkiText {
    private static final Pattern MEDIA_TAG = Pattern.compile(
            "(?is)<img[^>]*?\\ssrc=\\s*(?:\"([^\"]+)\"|'([^']+)'|([^ >]+))[^>]*>"
                    + "|<object[^>]*?\\sdata=\\s*(?:\"([^\"]+)\"|'([^']+)'|([^ >]+))[^>]*>");
    private static final Pattern TAG_OR_COMMENT = Pattern.compile("(?s)<!--.*?-->|<.*?>");

    private AnkiText() {
    }

    public static String stripHtmlPreservingMedia(String html) {
        Matcher m = MEDIA_TAG.matcher(html);
        StringBuilder withNames = new StringBuilder(html.length());
        while (m.find()) {
            String name = null;
            for (int g = 1; g <= m.groupCount() && name == null; g++) name = m.group(g);
            m.appendReplacement(withNames, Matcher.quoteReplacement(" " + name + " "));
        }
        m.appendTail(withNames);
        String text = TAG_OR_COMMENT.matcher(withNames).replaceAll("");
        if (text.indexOf('&') >= 0) text = Parser.unescapeEntities(text, false);
        return text.replace('\u00a0', ' ');
    }

    /** Anki's checksum of an already stripped field. */
    public static long checksum(String stripped) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(stripped.getBytes(StandardCharsets.UTF_8));
            return ((long) (d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
