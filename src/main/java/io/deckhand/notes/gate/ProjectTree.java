package io.deckhand.notes.gate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a list answer walks the notes' own project rather than the subject: most of its points open
 * with a path of the notes' repository ("`guides/single-node` (2 hours): ...", "site/app.js: ship").
 * A path is the notes' own when it names folders or files the way a repository tree does: relative,
 * a file with a project extension ({@code gate-project-file-extensions.txt}), or a lower-case folder
 * path written like a repository's (a hyphen, underscore or digit in a name, three levels, or a closing
 * slash). Kubernetes' own paths are not: system paths ("/etc/kubernetes", "~/.kube"), API groups and
 * versions ("apps/v1"), kind/name references ("deploy/web", "pods/log": {@code named-targets.txt}'s and
 * {@code gate-api-kinds.txt}'s kinds), domains ("registry.k8s.io/pause"), manifests and configuration
 * files (".yaml", ".conf") and the folders of its tools' layouts ({@code gate-subject-folders.txt}).
 */
final class ProjectTree {
    /** A list point and the word it opens with (after a checkbox, bold or a backtick). */
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)(?:[-*+]|\\d{1,3}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?"
            + "(?:\\*\\*|__)?`?([^\\s`*:,()\\[\\]]*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    /** "v1", "v2beta1": an API version, as in "apps/v1" or "autoscaling/v2". */
    private static final Pattern VERSION = Pattern.compile("v\\d+(?:(?:alpha|beta)\\d+)?");
    private static final Pattern REPOSITORY_NAME = Pattern.compile(".*[-_\\d].*");

    private final Set<String> fileExtensions;
    private final Set<String> kinds;
    private final Set<String> subjectFolders;
    private final double share;

    ProjectTree(Set<String> fileExtensions, Set<String> kinds, Set<String> subjectFolders, double share) {
        this.fileExtensions = Set.copyOf(fileExtensions);
        this.kinds = Set.copyOf(kinds);
        this.subjectFolders = Set.copyOf(subjectFolders);
        this.share = share;
    }

    static ProjectTree load(double share) {
        Set<String> kinds = new HashSet<>();
        for (String line : GateConfig.linesOf("gate-api-kinds.txt")) {
            String kind = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            kinds.add(kind);
            kinds.add(kind + "s");
            kinds.add(kind + "es");
        }
        for (String line : GateConfig.linesOf("named-targets.txt")) {
            String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
            if (words[0].equals("kind")) for (int i = 1; i < words.length; i++) kinds.add(words[i]);
        }
        return new ProjectTree(GateConfig.wordsOf("gate-project-file-extensions.txt"), kinds,
                GateConfig.wordsOf("gate-subject-folders.txt"), share);
    }

    /**
     * The first path of the notes' own project a list answer's points open with, when at least two of
     * its top-level points and {@code share} of them do; else null.
     */
    String mostlyPaths(String back) {
        if (back.indexOf('/') < 0 && back.indexOf('.') < 0) return null;
        String prose = Markup.withoutFences(back);
        if (prose == null) prose = back;
        String[] lines = prose.split("\n");
        int top = Integer.MAX_VALUE;
        for (String line : lines) {
            Matcher m = ITEM.matcher(line);
            if (m.lookingAt()) top = Math.min(top, m.group(1).replace("\t", "    ").length());
        }
        if (top == Integer.MAX_VALUE) return null;
        int items = 0;
        int paths = 0;
        String first = null;
        for (String line : lines) {
            Matcher m = ITEM.matcher(line);
            if (!m.lookingAt() || m.group(1).replace("\t", "    ").length() != top) continue;
            items++;
            String head = m.group(2);
            if (isProjectPath(head)) {
                paths++;
                if (first == null) first = trimmed(head);
            }
        }
        return paths >= 2 && paths >= share * items ? first : null;
    }

    private static String trimmed(String token) {
        String t = token.startsWith("./") ? token.substring(2) : token;
        int end = t.length();
        while (end > 0 && ".;".indexOf(t.charAt(end - 1)) >= 0) end--;
        return t.substring(0, end);
    }

    /** Whether a word names a folder or file of the notes' own project (see the class comment). */
    boolean isProjectPath(String token) {
        String t = trimmed(token);
        if (t.isEmpty() || t.startsWith("/") || t.startsWith("~") || t.startsWith(".") || t.startsWith("-")) return false;
        boolean closing = t.endsWith("/");
        String[] names = (closing ? t.substring(0, t.length() - 1) : t).split("/", -1);
        for (String name : names) {
            if (!NAME.matcher(name).matches() || !hasLetter(name)) return false;
            String lower = name.toLowerCase(Locale.ROOT);
            if (VERSION.matcher(lower).matches() || subjectFolders.contains(lower)) return false;
        }
        String last = names[names.length - 1];
        int dot = last.lastIndexOf('.');
        if (!closing && dot > 0) {
            for (int i = 0; i < names.length - 1; i++) if (names[i].indexOf('.') >= 0) return false;
            return fileExtensions.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT)) && !isKind(names[0], names.length);
        }
        if (names.length == 1 && !closing) return false;
        // A folder path: lower case, no dots (a domain, "registry.k8s.io/pause"), not a kind/name reference.
        if (!t.equals(t.toLowerCase(Locale.ROOT)) || t.indexOf('.') >= 0 || isKind(names[0], names.length)) return false;
        if (closing || names.length >= 3) return true;
        for (String name : names) if (REPOSITORY_NAME.matcher(name).matches()) return true;
        return false;
    }

    private boolean isKind(String first, int levels) {
        return levels > 1 && kinds.contains(first.toLowerCase(Locale.ROOT));
    }

    private static boolean hasLetter(String name) {
        for (int i = 0; i < name.length(); i++) if (Character.isLetter(name.charAt(i))) return true;
        return false;
    }
}
