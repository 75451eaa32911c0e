package io.deckhand.notes.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the subject has removed ({@code gate-removed-apis.txt}): an API version of a kind, a kubectl
 * sub-command or flag (or a flag renamed, whose old name is on its way out), a retired add-on. A card that
 * uses one teaches something that no longer works, or soon will not. Thread-safe.
 */
final class RemovedApis {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern DOCUMENT_BREAK = Pattern.compile("(?m)^---\\s*$|^```");
    private static final Pattern COMMAND_LINE = Pattern.compile("(?m)^.*\\bkubectl\\b.*$");

    /** {@code versionText} and {@code kindText}: what a text must contain before the patterns are tried. */
    private record Api(String versionText, Pattern version, String kindText, Pattern kind, String says) {
    }

    private record Command(String token, Pattern use, String says) {
    }

    /** A retired add-on, and what took its place: naming both is the migration, still worth knowing. */
    private record Addon(String lowerName, Pattern name, Pattern successor, String says) {
    }

    private final List<Api> apis;
    private final List<Command> commands;
    private final List<Addon> addons;

    private RemovedApis(List<Api> apis, List<Command> commands, List<Addon> addons) {
        this.apis = apis;
        this.commands = commands;
        this.addons = addons;
    }

    static RemovedApis parse(List<String> lines) {
        List<Api> apis = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        List<Addon> addons = new ArrayList<>();
        for (String line : lines) {
            String[] f = WHITESPACE_RUN.split(line.strip());
            if (f.length == 4 && f[0].equals("api")) {
                apis.add(new Api(f[1], apiVersion(f[1]), f[2], kindField(f[2]), f[1] + " " + f[2] + ", removed in Kubernetes " + f[3]));
            } else if (f.length == 3 && f[0].equals("kubectl")) {
                String what = f[1].startsWith("--") ? "kubectl's " + f[1] + " flag" : "kubectl " + f[1];
                commands.add(new Command(f[1], word(f[1]), what + ", removed in Kubernetes " + f[2]));
            } else if (f.length == 4 && f[0].equals("kubectl") && f[1].startsWith("--") && f[3].startsWith("--")) {
                commands.add(new Command(f[1], word(f[1]), "kubectl's " + f[1] + " flag, renamed " + f[3] + " in Kubernetes " + f[2]));
            } else if (f.length == 4 && f[0].equals("addon")) {
                addons.add(new Addon(f[1].toLowerCase(Locale.ROOT), Pattern.compile("(?i)\\b" + Pattern.quote(f[1]) + "\\b"),
                        Pattern.compile("(?i)\\b" + Pattern.quote(f[3]) + "\\b"),
                        f[1] + ", an add-on retired in Kubernetes " + f[2] + " (replaced by " + f[3] + ")"));
            } else {
                throw new IllegalStateException("gate-removed-apis.txt: cannot read \u201c" + line + "\u201d");
            }
        }
        return new RemovedApis(List.copyOf(apis), List.copyOf(commands), List.copyOf(addons));
    }

    static RemovedApis load() {
        try (InputStream in = RemovedApis.class.getResourceAsStream("/io/deckhand/notes/gate-removed-apis.txt")) {
            if (in == null) throw new IllegalStateException("missing resource gate-removed-apis.txt");
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) lines.add(line);
            }
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Set in a manifest ("apiVersion: extensions/v1beta1"): prose naming the old version is often
     * the migration away from it, which is still worth knowing.
     */
    private static Pattern apiVersion(String version) {
        return Pattern.compile("(?m)\\bapiVersion\\s*:\\s*[\"']?" + Pattern.quote(version) + "[\"']?\\s*$");
    }

    private static Pattern kindField(String kind) {
        return Pattern.compile("(?m)\\bkind\\s*:\\s*[\"']?" + Pattern.quote(kind) + "[\"']?\\s*$");
    }

    /** The token standing alone: "apps/v1beta1" is not "apps/v1beta10", "--export" not "--exporter". */
    private static Pattern word(String token) {
        return Pattern.compile("(?<![\\w./-])" + Pattern.quote(token) + "(?![\\w/-])");
    }

    /**
     * What the text uses that was removed ("extensions/v1beta1 Deployment, removed in Kubernetes 1.16"), or null.
     * Each pattern is tried only on a text that holds its literal words: a plain search is far cheaper
     * than a regex tried at every position, and a text without the words cannot match.
     */
    String usedIn(String text) {
        if (text.contains("v1beta") || text.contains("v2beta") || text.contains("v2alpha")) {
            // Version and kind in one manifest: a kind elsewhere may be another version's.
            for (String part : DOCUMENT_BREAK.split(text)) {
                for (Api a : apis) {
                    if (part.contains(a.versionText()) && part.contains(a.kindText())
                            && a.version().matcher(part).find() && a.kind().matcher(part).find()) return a.says();
                }
            }
        }
        if (text.contains("kubectl")) {
            var lines = COMMAND_LINE.matcher(text);
            while (lines.find()) {
                String line = lines.group();
                for (Command c : commands) if (line.contains(c.token()) && c.use().matcher(line).find()) return c.says();
            }
        }
        String lower = addons.isEmpty() ? "" : text.toLowerCase(Locale.ROOT);
        for (Addon a : addons) {
            // (?i) folds ASCII letters only, so a match is always in the lower-cased text.
            if (lower.contains(a.lowerName()) && a.name().matcher(text).find() && !a.successor().matcher(text).find()) return a.says();
        }
        return null;
    }
}
