package io.deckhand.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command fed a document inline ("cat <<EOF | kubectl apply -f -" ... "EOF"): the lines up to the
 * delimiter are the command's input, never commands of their own, and the command is incomplete without
 * them. A manifest fed to a command that only hands it to the API server ("apply -f -") is the thing to
 * learn: it is read as a manifest (repaired like any other), the feeding command as none of it.
 */
final class Heredocs {
    private Heredocs() {
    }

    /** "<<EOF", "<< 'END'", "<<-EOF": opens a document that ends at a line holding only the word. */
    private static final Pattern OPENER = Pattern.compile("<<-?\\s*(['\"]?)([A-Za-z_]\\w*)\\1");
    /** "-f -", "--filename=-": the command reads its objects from standard input. */
    private static final Pattern STDIN_READER = Pattern.compile("(?:^|\\s)(?:-f|--filename)(?:\\s+|=)-(?:\\s|$)");

    /** The word the document the command opens ends at, or null when it opens none. */
    static String delimiter(String command) {
        Matcher m = OPENER.matcher(command);
        return m.find() ? m.group(2) : null;
    }

    /** The index of the line after {@code from} that closes the document (the delimiter alone), or -1. */
    static int end(String[] lines, int from, String delimiter) {
        // "cat <<EOF | kubectl apply -f - apiVersion: v1 ... EOF": the document ran onto the command's own line.
        Matcher opener = OPENER.matcher(lines[from]);
        if (opener.find() && lines[from].substring(opener.end()).strip().endsWith(" " + delimiter)) return -1;
        for (int k = from + 1; k < lines.length; k++) {
            if (lines[k].strip().equals(delimiter)) return k;
        }
        return -1;
    }

    /**
     * Whether the command's only work is to hand the document to the API server: "cat <<EOF | kubectl
     * apply -f -", "kubectl create -f - <<EOF". Once the manifest is a card of its own, it says nothing more.
     */
    static boolean onlyFeeds(String command) {
        String reader = OPENER.matcher(command).replaceAll(" ").replaceAll("\\s+", " ").strip()
                .replaceFirst("^cat\\s*\\|\\s*", "");
        return STDIN_READER.matcher(reader).find() && reader.startsWith("kubectl ") && !reader.contains("|");
    }

    /** "apiVersion:" or "kind:" standing as a word: where a manifest run onto a line begins. */
    private static final Pattern MANIFEST_KEY = Pattern.compile("(?:^|\\s)(apiVersion|kind):\\s");

    /**
     * The manifest of a heredoc that ran onto its command's line ("cat <<EOF | kubectl apply -f -
     * apiVersion: v1 kind: Secret ... EOF", the line breaks lost), without the delimiter; null when the line
     * holds no such document or its command does more than hand it to the API server.
     */
    static String runOnManifest(String line) {
        Matcher opener = OPENER.matcher(line);
        if (!opener.find()) return null;
        String delimiter = opener.group(2);
        Matcher key = MANIFEST_KEY.matcher(line);
        if (!key.find(opener.end())) return null;
        String doc = line.substring(key.start(1)).strip();
        if (!doc.endsWith(" " + delimiter)) return null;
        String command = line.substring(0, key.start(1)).strip();
        return onlyFeeds(command) ? doc.substring(0, doc.length() - delimiter.length()).strip() : null;
    }

    /** Whether the document is a manifest: its first line that says anything is a manifest's key. */
    static boolean holdsManifest(List<String> body) {
        for (String l : body) {
            String t = l.strip();
            if (t.isEmpty() || t.equals("---")) continue;
            return PlainLines.isManifestStart(t);
        }
        return false;
    }

    /** The documents of a manifest body, split at "---" lines; each as written, its common indent removed. */
    static List<String> documents(List<String> body) {
        List<String> docs = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (String l : body) {
            if (l.strip().equals("---")) {
                if (!doc.toString().isBlank()) docs.add(doc.toString().stripIndent().strip());
                doc.setLength(0);
                continue;
            }
            doc.append(l).append('\n');
        }
        if (!doc.toString().isBlank()) docs.add(doc.toString().stripIndent().strip());
        return docs;
    }
}
