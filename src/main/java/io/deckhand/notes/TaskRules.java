package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercises and their solutions become task cards: the exercise statement is the front, the solution
 * the back. A solution is what a note reveals under a label ({@code <details>} with any summary,
 * "Solution:", "Answer:"), or the code right under a numbered exercise ("1. Create a pod ...").
 * A solution that is one manifest gives a manifest card, one command a command card (both are asked
 * as typed answers in quizzes); anything else a basic card with the solution as written.
 */
final class TaskRules {
    private static final int MAX_STATEMENT_CHARS = 600;
    private static final int MAX_SOLUTION_BLOCKS = 8;
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```+|~~~+)[ \\t]*([\\w+-]*)[^\\n]*\\n([\\s\\S]*?)^[ \\t]*\\1[ \\t]*$");
    /** "Exercise 3:", "Task 2 -", "Q4." or "1." in front of an exercise statement. */
    private static final Pattern EXERCISE_PREFIX = Pattern.compile(
            "(?i)^(?:(?:exercise|task|question|lab|challenge|q)\\s*\\d{0,3}[a-z]?\\s*[:.)\\-–—]\\s*|\\d{1,3}[.)]\\s+)");
    /** A comment between commands that offers another way ("# or", "# alternatively"). */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)#+\\s*(or|alternatively|another way)\\b.*");
    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*['\"]?(\\w+)['\"]?");

    private TaskRules() {
    }

    /** One piece of a solution: {@code shell} (one command), {@code yaml}, {@code prose} or code in another language. */
    private record Part(String lang, String text) {
    }

    /**
     * "Do the same, but ...", "the pod you just created": a statement that builds on the exercise
     * before it, which the card then shows first.
     */
    private static final Pattern LEANS_BACK = Pattern.compile(
            "(?i)^(do the same|same as|now|then|again)\\b.*|.*\\b(the same|just created|just described|"
                    + "created (before|earlier|above|previously)|previous (step|exercise|one|task)|from above)\\b.*");

    // Not "that": far more often a relative pronoun ("a pod that runs nginx") than a pointer back.
    private static final Pattern THIS_THING = Pattern.compile("(?i)\\b(?:this|these)\\s+(?!is\\b|are\\b|was\\b|way\\b)([a-z][\\w-]{2,})");

    /**
     * Whether the statement needs the exercise before it: it says so ("do the same"), or it names
     * "this deployment" when no deployment came up earlier in the statement itself.
     */
    static boolean leansBack(String statement) {
        if (LEANS_BACK.matcher(statement).matches()) return true;
        Matcher m = THIS_THING.matcher(statement);
        while (m.find()) {
            String thing = m.group(1).toLowerCase(Locale.ROOT);
            String stem = thing.endsWith("s") ? thing.substring(0, thing.length() - 1) : thing;
            if (!statement.substring(0, m.start()).toLowerCase(Locale.ROOT).contains(stem)) return true;
        }
        return false;
    }

    static void apply(RuleContext cx) {
        String[] previous = {null};
        for (int k = 0; k < cx.size(); k++) {
            if (!cx.free(k)) continue;
            Block b = cx.at(k);
            if (b instanceof Block.Solution s) {
                revealed(cx, k, s, previous);
            } else if (b instanceof Block.ItemList l && l.ordered() && l.items().size() == 1
                    && isExercise(l.items().get(0).text()) && codeAt(cx, k + 1)) {
                underStatement(cx, k, l.items().get(0).text(), cx.path(k), previous);
            } else if (b instanceof Block.Heading h && EXERCISE_PREFIX.matcher(Inline.plain(h.text())).lookingAt()
                    && isExercise(h.text()) && codeAt(cx, k + 1)) {
                underStatement(cx, k, h.text(), cx.parentPath(k), previous);
            }
        }
    }

    /** A statement that sets a task: an imperative ("Create a pod ...") or a question, of a few words. */
    static boolean isExercise(String text) {
        String s = withoutPrefix(Inline.plain(text)).strip();
        if (Inline.words(s) < 3) return false;
        if (s.endsWith("?")) return true;
        String w0 = PlainLines.firstToken(s).toLowerCase(Locale.ROOT);
        return QuestionRules.isTaskVerb(PlainLines.letters(w0)) || PlainLines.isImperative(w0);
    }

    private static String withoutPrefix(String s) {
        Matcher m = EXERCISE_PREFIX.matcher(s);
        return m.lookingAt() && m.end() < s.length() ? s.substring(m.end()) : s;
    }

    private static boolean codeAt(RuleContext cx, int k) {
        return cx.free(k) && cx.at(k) instanceof Block.Code c && !c.lang().equals("output");
    }

    /** Code that follows a numbered exercise statement is its solution. */
    private static void underStatement(RuleContext cx, int k, String statement, List<String> context, String[] previous) {
        int end = k;
        List<Part> parts = new ArrayList<>();
        while (end + 1 < cx.size() && end - k < MAX_SOLUTION_BLOCKS && cx.free(end + 1)
                && cx.at(end + 1) instanceof Block.Code c) {
            parts.addAll(partsOf(c));
            end++;
        }
        if (parts.isEmpty()) return;
        emit(cx, statement, parts, k, end, context, previous);
    }

    /** A revealed solution answers the statement right before it. */
    private static void revealed(RuleContext cx, int k, Block.Solution s, String[] previous) {
        int end = k;
        List<Part> parts = new ArrayList<>();
        if (!s.body().isBlank()) {
            parts.addAll(partsOfMarkdown(s.body()));
        } else {
            // A bare "Solution:" label: the solution is the blocks under it.
            while (end + 1 < cx.size() && end - k < MAX_SOLUTION_BLOCKS && cx.free(end + 1)) {
                Block n = cx.at(end + 1);
                if (n instanceof Block.Code c) parts.addAll(partsOf(c));
                else if (parts.isEmpty() && (n instanceof Block.Prose || n instanceof Block.ItemList)) {
                    parts.add(new Part("prose", n instanceof Block.Prose ? cx.prose(end + 1) : Markdown.of(n)));
                } else break;
                end++;
            }
        }
        if (parts.isEmpty()) return;
        int from = statementStart(cx, k);
        String statement;
        List<String> context;
        if (from >= 0) {
            statement = statementText(cx, from, k);
            context = cx.at(from) instanceof Block.Heading ? cx.parentPath(from) : cx.path(from);
        } else if (!s.label().isBlank() && !PlainLines.isRevealLabel(s.label()) && PlainLines.solutionLabel(s.label()) == null) {
            // A summary that names its topic ("kubectl drain") is the question after all.
            statement = s.label();
            context = cx.path(k);
            from = k;
        } else {
            return;
        }
        for (int j = from; j <= end; j++) cx.claim(j);
        emit(cx, statement, parts, from, end, context, previous);
    }

    /**
     * Where the statement a solution at {@code k} answers starts, or -1: the heading, paragraph or
     * numbered item right before it, with a lead-in paragraph ("Create a pod with:") over a list or
     * code that spells the task out.
     */
    private static int statementStart(RuleContext cx, int k) {
        int j = k - 1;
        if (!cx.free(j)) return -1;
        Block b = cx.at(j);
        if ((b instanceof Block.ItemList || b instanceof Block.Code) && cx.free(j - 1)
                && cx.at(j - 1) instanceof Block.Prose p && p.text().strip().endsWith(":")) {
            return j - 1;
        }
        if (b instanceof Block.Heading h) return isStatement(h.text()) ? j : -1;
        if (b instanceof Block.Prose p) return isStatement(p.text()) ? j : -1;
        if (b instanceof Block.ItemList l) return isStatement(l.items().get(l.items().size() - 1).text()) ? j : -1;
        if (b instanceof Block.Ask) return j;
        return -1;
    }

    private static boolean isStatement(String text) {
        String s = withoutPrefix(Inline.plain(text)).strip();
        return Inline.words(s) >= 3 && s.length() <= MAX_STATEMENT_CHARS && !s.startsWith("http");
    }

    private static String statementText(RuleContext cx, int from, int solutionAt) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < solutionAt; j++) {
            Block b = cx.at(j);
            String t;
            if (b instanceof Block.ItemList l && j == from) {
                t = l.items().get(l.items().size() - 1).text();
            } else if (b instanceof Block.Heading h) {
                t = h.text();
            } else if (b instanceof Block.Ask a) {
                t = a.question();
            } else {
                t = b instanceof Block.Prose ? cx.prose(j) : Markdown.of(b);
            }
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(t);
        }
        return sb.toString();
    }

    private static void emit(RuleContext cx, String statement, List<Part> parts, int from, int to, List<String> context,
                             String[] previous) {
        String own = Inline.capitalise(Inline.readable(withoutPrefix(statement.strip())));
        if (own.isBlank()) return;
        String front = previous[0] != null && leansBack(own) ? previous[0] + "\n\n" + own : own;
        previous[0] = own;
        List<String> manifests = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        int other = 0;
        boolean alternatives = false;
        for (Part p : parts) {
            if (p.lang().equals("yaml")) manifests.add(p.text());
            else if (p.lang().equals("shell")) commands.add(p.text());
            else if (p.lang().equals("comment")) alternatives |= ALTERNATIVE.matcher(p.text()).matches();
            else other++;
        }
        for (int j = from; j <= to; j++) cx.claim(j);
        if (manifests.size() == 1 && !ManifestRepair.isMultiDocument(manifests.get(0))) {
            ManifestRepair.Repaired y = ManifestRepair.repair(manifests.get(0));
            StringBuilder back = new StringBuilder(Markdown.fence("yaml", y.yaml()));
            if (!commands.isEmpty()) back.append("\n\n").append(Markdown.fence("shell", String.join("\n", commands)));
            cx.card(CardKind.MANIFEST, withRequirements(front, y.yaml()), back.toString(), from, to, context);
        } else if (manifests.isEmpty() && commands.size() == 1 && other == 0 && !alternatives) {
            cx.card(CardKind.COMMAND, front, Markdown.fence("shell", commands.get(0)), from, to, context);
        } else {
            cx.card(CardKind.BASIC, front, asWritten(parts), from, to, context);
        }
    }

    private static final Pattern NAME = Pattern.compile("(?m)^ {0,4}name:\\s*['\"]?([\\w.\\-]+)");

    /**
     * An exercise that leans on an earlier one ("Create the pod just described using YAML") states
     * no requirements of its own: the manifest's own description is added when the statement does
     * not even name the object.
     */
    private static String withRequirements(String statement, String yaml) {
        Matcher m = NAME.matcher(yaml);
        if (m.find() && statement.contains(m.group(1))) return statement;
        String described = ManifestFront.of(yaml);
        if (described == null) return statement;
        return statement + "\n\n" + described.replaceFirst("^Write ", "The manifest: ");
    }

    /** The solution as written: prose as is, consecutive commands in one shell block, manifests repaired. */
    private static String asWritten(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        List<String> run = new ArrayList<>();
        for (Part p : parts) {
            if (p.lang().equals("shell") || p.lang().equals("comment")) {
                run.add(p.text());
                continue;
            }
            flushCommands(sb, run);
            if (sb.length() > 0) sb.append("\n\n");
            if (p.lang().equals("yaml")) {
                ManifestRepair.Repaired y = ManifestRepair.repair(p.text());
                sb.append(Markdown.fence("yaml", y.yaml()));
            } else if (p.lang().equals("prose")) {
                sb.append(Inline.readable(p.text()));
            } else {
                sb.append(Markdown.fence(p.lang(), p.text()));
            }
        }
        flushCommands(sb, run);
        return sb.toString();
    }

    private static void flushCommands(StringBuilder sb, List<String> run) {
        // Comments after the last command ("# or") say nothing on their own.
        while (!run.isEmpty() && run.get(run.size() - 1).startsWith("#")) run.remove(run.size() - 1);
        if (run.isEmpty()) return;
        if (sb.length() > 0) sb.append("\n\n");
        sb.append(Markdown.fence("shell", String.join("\n", run)));
        run.clear();
    }

    private static List<Part> partsOf(Block.Code c) {
        return switch (c.lang()) {
            case "shell" -> List.of(new Part("shell", oneLine(c.text())));
            case "yaml" -> List.of(new Part("yaml", c.text()));
            case "output" -> List.of(new Part("text", c.text()));
            default -> codeParts(c.lang(), c.text());
        };
    }

    /** The parts of a Markdown solution: its fenced blocks, and command or prose lines between them. */
    static List<Part> partsOfMarkdown(String body) {
        List<Part> parts = new ArrayList<>();
        Matcher m = FENCE.matcher(body);
        int at = 0;
        while (m.find()) {
            looseLines(body.substring(at, m.start()), parts);
            parts.addAll(codeParts(m.group(2).toLowerCase(Locale.ROOT), m.group(3)));
            at = m.end();
        }
        looseLines(body.substring(at), parts);
        return parts;
    }

    private static void looseLines(String text, List<Part> parts) {
        StringBuilder prose = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            String cmd = line.startsWith("`") && line.endsWith("`") && line.length() > 2
                    ? PlainLines.command(line.replace("`", "").strip()) : PlainLines.command(line);
            if (cmd != null) {
                if (prose.length() > 0) parts.add(new Part("prose", prose.toString()));
                prose.setLength(0);
                parts.add(new Part("shell", cmd));
            } else {
                if (prose.length() > 0) prose.append('\n');
                prose.append(line);
            }
        }
        if (prose.length() > 0) parts.add(new Part("prose", prose.toString()));
    }

    /**
     * A code block of a solution: a manifest (whatever the fence says), one part per command of a
     * shell block (continued lines joined, a heredoc's manifest kept as a manifest), or code as is.
     */
    private static List<Part> codeParts(String lang, String code) {
        String text = code.strip();
        if (text.isEmpty()) return List.of();
        String firstLine = text.split("\n", 2)[0].strip();
        if (lang.equals("yaml") || lang.equals("yml") || PlainLines.isManifestStart(firstLine)) {
            return List.of(new Part("yaml", text));
        }
        boolean shell = lang.isEmpty() || lang.equals("bash") || lang.equals("sh") || lang.equals("shell")
                || lang.equals("console") || lang.equals("zsh") || lang.equals("text") && PlainLines.command(firstLine) != null;
        if (!shell) return List.of(new Part(lang, text));
        List<Part> parts = new ArrayList<>();
        String[] lines = text.split("\n");
        StringBuilder output = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            String l = lines[k].strip();
            if (l.isEmpty()) continue;
            if (l.startsWith("#") && !PlainLines.hasPrompt(l)) {
                // "# or", "# then": kept where the solution is shown as written, never a command.
                parts.add(new Part("comment", l));
                continue;
            }
            String cmd = PlainLines.hasPrompt(l) ? PlainLines.command(l) : l;
            boolean command = PlainLines.command(l) != null || !PlainLines.looksLikeProse(l)
                    && !PlainLines.looksTechnical(l) && Character.isLowerCase(l.charAt(0));
            if (!command || cmd == null) {
                output.append(l).append('\n');
                continue;
            }
            if (output.length() > 0) {
                parts.add(new Part("text", output.toString().strip()));
                output.setLength(0);
            }
            Matcher here = HEREDOC.matcher(cmd);
            if (here.find()) {
                StringBuilder doc = new StringBuilder();
                while (k + 1 < lines.length && !lines[k + 1].strip().equals(here.group(1))) doc.append(lines[++k]).append('\n');
                k++;
                String body = doc.toString().strip();
                if (PlainLines.isManifestStart(body.split("\n", 2)[0].strip())) {
                    parts.add(new Part("yaml", body));
                    parts.add(new Part("shell", cmd.replace(here.group(), "").replaceAll("\\s+", " ").strip()
                            .replaceFirst("^cat\\s*\\|\\s*", "")));
                } else {
                    parts.add(new Part("code", cmd + "\n" + doc + here.group(1)));
                }
                continue;
            }
            while ((cmd.endsWith("\\") || k + 1 < lines.length && PlainLines.continuesCommand(lines[k + 1].strip()))
                    && k + 1 < lines.length && !lines[k + 1].isBlank()) {
                String base = cmd.endsWith("\\") ? cmd.substring(0, cmd.length() - 1).stripTrailing() : cmd;
                cmd = base + " " + lines[++k].strip();
            }
            parts.add(new Part("shell", cmd));
        }
        if (output.length() > 0) parts.add(new Part("text", output.toString().strip()));
        return parts;
    }

    /** A command continued over lines with trailing backslashes, as one line. */
    private static String oneLine(String cmd) {
        if (!cmd.contains("\n")) return cmd;
        return cmd.replaceAll("\\s*\\\\\\s*\n\\s*", " ").replaceAll("\\s*\n\\s*", " ").strip();
    }
}
