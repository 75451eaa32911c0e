package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final int MAX_STATEMENT_CHARS = 600;
    private static final int MAX_SOLUTION_BLOCKS = 8;
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```+|~~~+)[ \\t]*([\\w+-]*)[^\\n]*\\n([\\s\\S]*?)^[ \\t]*\\1[ \\t]*$");
    /** "Exercise 3:", "**Task:**", "Q4." or "1." in front of an exercise statement. */
    private static final Pattern EXERCISE_PREFIX = Pattern.compile(
            "(?i)^(?:[*_]{0,2}(?:exercise|tasks?|question|problem|scenario|lab|challenge|q)\\s*\\d{0,3}[a-z]?\\s*"
                    + "(?:[:.)\\-–—]\\s*[*_]{0,2}|[*_]{2}\\s*[:.)\\-–—])\\s*|\\d{1,3}[.)]\\s+"
                    // "**Task Summary:**", "**Problem statement:**": a bold label of the exercise word and one more.
                    + "|[*_]{2}(?:exercise|task|question|problem|scenario|lab|challenge)\\s+[a-z]+\\s*:\\s*[*_]{2}\\s*)");
    /**
     * A heading or label that only says "the task follows" ("Task", "Question 3", "**Problem**"): the
     * blocks under it are the statement, and it is no part of the card's context.
     */
    private static final Pattern STATEMENT_LABEL = Pattern.compile(
            "(?i)^[*_]{0,2}(?:the\\s+)?(?:exercise|tasks?|question|problem|scenario|lab|challenge|q)\\s*\\d{0,3}[a-z]?[*_]{0,2}\\s*[:.]?[*_]{0,2}\\s*$");
    /**
     * A section that explains a solution ("Why this works", "Explanation"): what it says belongs to the
     * task card it follows, not to cards of its own (it leans on the task: "this works because ...").
     */
    private static final String EXPLANATION_WORDS =
            "(?:why\\s+(?:this|it|that)\\s+works|explanation|explained|how\\s+(?:this|it)\\s+works|reasoning|why)";
    private static final Pattern EXPLANATION_HEADING = Pattern.compile("(?i)^" + EXPLANATION_WORDS + "\\s*[:?.]?$");
    /** The same label opening a paragraph: "**Why this works:** ..." (a bare "Why" only with a colon). */
    private static final Pattern EXPLANATION_LEAD = Pattern.compile("(?i)^" + EXPLANATION_WORDS + "\\s*[:?]\\s+\\S.*");
    /** A comment between commands that offers another way ("# or", "# alternatively"). */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)#+\\s*(or|alternatively|another way)\\b.*");
    /** A command that reads its file from standard input ("-f -", "--filename=-"). */
    private static final Pattern STDIN_READER = Pattern.compile("(?:^|\\s)(?:-f|--filename)(?:\\s+|=)-(?:\\s|$)");
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

    /** "Verify ...", "Confirm ...", "Make sure ...", or "Check that/whether ...": a statement that only checks. */
    private static final Pattern CHECKS = Pattern.compile(
            "(?i)^(?:verify|confirm|ensure|make\\s+sure|double-check|wait\\s+(?:for|until))\\b.*"
                    + "|^(?:check|test|validate|see|observe|notice)\\s+(?:that|if|whether)\\b.*");
    /**
     * "Try again", "Clean up everything", "Rerun it": a step that only repeats or tidies what steps before
     * did, naming nothing of its own, so like a check it makes sense only after them.
     */
    private static final Pattern IDLE_STEP = Pattern.compile("(?i)^(?:" + alternatives("idle-steps.txt") + ")(?:\\s+(?:"
            + alternatives("idle-step-objects.txt") + "))*\\s*[.!]?$");

    private static String alternatives(String resource) {
        return Vocabulary.load(resource).stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(java.util.stream.Collectors.joining("|"));
    }

    /** "It should print nothing", "You should see two pods": what a step before is expected to have done. */
    private static final Pattern EXPECTS = Pattern.compile(
            "(?i)^(?:it|they|this|that|these|those|there|you|the\\s+(?:output|result|response|command))\\s+"
                    + "(?:should|must|will)\\b.*|^expect(?:ed)?\\b.*");
    /**
     * "Should succeed — DNS is allowed", "It should print nothing": what a check expects, said with "should"
     * or "must". It tells the outcome the exercise's state makes, never what the command does.
     */
    private static final Pattern EXPECTATION = Pattern.compile(
            "(?i)^(?:(?:it|this|that|they|these|those|you|the\\s+[a-z]+)\\s+)?(?:should|must)(?:n't)?\\b.*");

    /** Whether a command's comment only says what a check of it should find ("Should be blocked"). */
    static boolean isExpectation(String comment) {
        return EXPECTATION.matcher(Inline.plain(comment).strip()).matches();
    }

    /** "Is there a response now?", "Does it still run?": a question about the state a step before left. */
    private static final Pattern STATE_QUESTION = Pattern.compile("(?i).*\\b(?:now|still|yet|anymore|any\\s+more)\\b.*\\?$");

    /**
     * Whether a statement only verifies what an earlier step did ("Verify that the claim is bound", "It
     * should print nothing", "Is there a response now?"): a check belongs to the step it checks, and
     * asked alone it depends on state the card does not show.
     */
    static boolean isVerification(String statement) {
        String s = Inline.plain(statement).strip();
        return CHECKS.matcher(s).matches() || IDLE_STEP.matcher(s).matches() || EXPECTS.matcher(s).matches() || STATE_QUESTION.matcher(s).matches();
    }

    /**
     * Whether a heading path lies inside a numbered exercise ("Q4 — Widen the mailer › Validation",
     * "Question 2: Storage"): what is written there is a step of that exercise's solution.
     */
    static boolean inExercise(List<String> path) {
        return path.stream().anyMatch(h -> NUMBERED_EXERCISE.matcher(Inline.plain(h).strip()).lookingAt());
    }

    /** "Scale it to 5", "See its logs": the verb's object is a pronoun, so its noun is in a step before. */
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)\\s*[a-z]+(?:\\s+(?:up|down|out|back|on|off))?\\s+(?:it|its|them|their)\\b");

    // Not "that": far more often a relative pronoun ("a pod that runs nginx") than a pointer back.
    // "the new pod", "the newly created claim": made by a step before, like "this pod".
    private static final Pattern THIS_THING = Pattern.compile(
            "(?i)\\b(?:this|these|the\\s+new|the\\s+newly\\s+[a-z]+)\\s+(?!is\\b|are\\b|was\\b|way\\b)([a-z][\\w-]{2,})");

    /**
     * Whether the statement needs the exercise before it: it says so ("do the same"), or it names
     * "this deployment" when no deployment came up earlier in the statement itself.
     */
    static boolean leansBack(String statement) {
        if (LEANS_BACK.matcher(statement).matches() || PRONOUN_OBJECT.matcher(statement).lookingAt()) return true;
        Matcher m = THIS_THING.matcher(statement);
        while (m.find()) {
            String thing = m.group(1).toLowerCase(Locale.ROOT);
            String stem = thing.endsWith("s") ? thing.substring(0, thing.length() - 1) : thing;
            if (!statement.substring(0, m.start()).toLowerCase(Locale.ROOT).contains(stem)) return true;
        }
        return false;
    }

    static void apply(RuleContext cx) {
        Earlier previous = new Earlier();
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
        String s = SEQUENCE_WORD.matcher(withoutPrefix(Inline.plain(text)).strip()).replaceFirst("");
        if (Inline.words(s) < 3) return false;
        if (s.endsWith("?")) return true;
        String w0 = PlainLines.firstToken(s).toLowerCase(Locale.ROOT);
        return QuestionRules.isTaskVerb(PlainLines.letters(w0)) || PlainLines.isImperative(w0);
    }

    /** "Now scale it ...", "Then, delete ...": the step's verb comes after the word that orders it. */
    private static final Pattern SEQUENCE_WORD = Pattern.compile("(?i)^(?:now|then|next|finally|afterwards)\\b,?\\s*");

    private static String withoutPrefix(String s) {
        Matcher m = EXERCISE_PREFIX.matcher(s);
        return m.lookingAt() && m.end() < s.length() ? s.substring(m.end()) : s;
    }

    private static boolean codeAt(RuleContext cx, int k) {
        return cx.free(k) && cx.at(k) instanceof Block.Code c && !c.lang().equals("output");
    }

    /** Code that follows a numbered exercise statement is its solution. */
    private static void underStatement(RuleContext cx, int k, String statement, List<String> context, Earlier previous) {
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
    private static void revealed(RuleContext cx, int k, Block.Solution s, Earlier previous) {
        // "Short Notes on ConfigMaps": a fold of reading matter answers no task; it is left to the rules after.
        if (isReadingFold(s)) return;
        int end = k;
        List<Part> parts = new ArrayList<>();
        if (!s.body().isBlank()) {
            parts.addAll(partsOfMarkdown(s.body()));
        } else if (s.level() > 0) {
            end = solutionSection(cx, k, s.level(), parts);
            if (end < 0) return;
        } else {
            // A bare "Solution:" label: the solution is the blocks under it, up to where the task ends. A
            // line that leads into more code ("Then expose it:") is a later step of the same solution, so
            // the answer is never cut to its first step (often only "ssh node1" or a context switch).
            int code = 0;
            while (end + 1 < cx.size() && cx.free(end + 1)) {
                Block n = cx.at(end + 1);
                if (n instanceof Block.Code c) {
                    if (++code > MAX_SOLUTION_BLOCKS) return;
                    parts.addAll(partsOf(c));
                } else if (!parts.isEmpty() && isCheckLabel(cx, end + 1) && !stepFollows(cx, end + 1)) {
                    // "3. Verify the change:" checks the solution above: it and its code are used up, none of it.
                    end = checkEnd(cx, end + 1);
                    break;
                } else if ((n instanceof Block.Prose || n instanceof Block.ItemList)
                        && (parts.isEmpty() || leadsIntoStep(cx, end + 1) || linksCode(cx, end + 1))) {
                    parts.add(new Part("prose", stepText(cx, end + 1)));
                } else if (!parts.isEmpty() && isAsideBetweenSteps(cx, end + 1)) {
                    // "> **Tip:** ..." between two steps: the steps after it are still the solution.
                    end++;
                    continue;
                } else break;
                end++;
            }
        }
        if (parts.isEmpty()) return;
        int statementEnd = k;
        // "## Try it yourself first!", "✅ Solution (expand to view)", a fold of short notes: what stands
        // between a scenario's statement and its solution fold says where the solution is, none of the task.
        int at = revealLead(cx, k);
        int from = -1;
        if (at < k) {
            int[] scenario = scenarioStatement(cx, at);
            if (scenario != null) {
                from = scenario[0];
                // "## Verify manually" between the task and its solution checks the solution: none of the front.
                statementEnd = scenario[1];
            }
        }
        if (from < 0) {
            from = statementStart(cx, at);
            // Past such lines, only a block that sets a task is the statement, never a leftover remark above them.
            if (from >= 0 && at < k && !setsTask(cx.at(from))) from = -1;
        }
        String statement;
        List<String> context;
        if (from >= 0) {
            statement = statementText(cx, from, Math.min(at, statementEnd));
            context = cx.at(from) instanceof Block.Heading ? cx.parentPath(from) : cx.path(from);
        } else if (!s.label().isBlank() && !PlainLines.isRevealLabel(s.label()) && PlainLines.solutionLabel(s.label()) == null
                && !namesFoldContent(s.label())) {
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

    private static final Set<String> FOLD_CONTENT = Vocabulary.load("fold-content-nouns.txt");
    private static final Set<String> READING_FOLD = Vocabulary.load("reading-fold-nouns.txt");
    private static final Set<String> PREPOSITIONS = Vocabulary.load("gate-term-prepositions.txt");
    private static final Pattern TRY_FIRST = Pattern.compile("(?i)^(?:" + alternatives("try-first-verbs.txt")
            + ")(?:ing)?\\b.*\\b(?:yourself|your\\s+own|first)\\b.*");
    /** Emoji, marks and bullets before a heading's words ("✅ Solution", "🎯 Objective"). */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}(]+");
    private static final int MAX_REVEAL_LEAD = 4;

    /**
     * Whether a fold holds reading matter, not a solution: no code, and a summary whose head noun (its last
     * word before a preposition) is one of {@code reading-fold-nouns.txt} ("Short Notes on ConfigMaps").
     */
    static boolean isReadingFold(Block.Solution s) {
        if (s.body().isBlank() || s.body().contains("```") || s.body().contains("~~~")) return false;
        String[] words = BRACKETED.matcher(Inline.plain(s.label())).replaceAll(" ").strip().split("[^\\p{L}]+");
        String head = null;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (head != null && PREPOSITIONS.contains(lower)) break;
            if (!w.isEmpty()) head = lower;
        }
        return head != null && READING_FOLD.contains(head);
    }

    /**
     * The first of the blocks right before the fold at {@code k} that only lead to it, or {@code k}: a
     * heading or line that is a bare solution label ("✅ Solution"), asks to open the fold ("Solution
     * (expand to view)") or urges the reader to try first ("Try it yourself first!"), an empty "Solution"
     * section, and a fold of reading matter ("Short Notes on ConfigMaps").
     */
    private static int revealLead(RuleContext cx, int k) {
        int j = k;
        while (j - 1 >= 0 && k - j < MAX_REVEAL_LEAD && cx.free(j - 1) && leadsToReveal(cx.at(j - 1))) j--;
        return j;
    }

    private static boolean leadsToReveal(Block b) {
        String text;
        if (b instanceof Block.Heading h) text = h.text();
        else if (b instanceof Block.Prose p && p.first() == p.last()) text = p.text();
        else if (b instanceof Block.Solution s) return s.body().isBlank() && s.level() > 0 || isReadingFold(s);
        else return false;
        String t = LEADING_MARKS.matcher(Inline.plain(text).strip()).replaceFirst("");
        return "".equals(PlainLines.solutionLabel(t)) || PlainLines.asksToOpen(t) || TRY_FIRST.matcher(t).matches();
    }

    private static boolean setsTask(Block b) {
        return b instanceof Block.Prose p && isExercise(p.text()) || b instanceof Block.Heading h && isExercise(h.text())
                || b instanceof Block.ItemList l && l.items().stream().anyMatch(i -> isExercise(i.text()));
    }

    /**
     * A scenario's statement above the blocks that lead to its solution, as its first block and the block
     * after its last, or null: the sections a "Task"/"Question" heading opens, or those under the labels of
     * its parts ("Objective", "Requirements", {@code task-part-labels.txt}), the topmost label's first block
     * on; the items a list's points are nested under stay in it. A check section between the task and the
     * solution ("## Verify manually") is no part of it. The statement must set a task somewhere.
     */
    private static int[] scenarioStatement(RuleContext cx, int at) {
        int chars = 0;
        int start = -1;
        int end = at;
        boolean opened = false;
        for (int j = at - 1; j >= 0 && at - j <= MAX_SOLUTION_BLOCKS * 2 && cx.free(j); j--) {
            Block b = cx.at(j);
            if (isOutlineHeading(b)) continue;
            if (b instanceof Block.Heading h) {
                String label = LEADING_MARKS.matcher(Inline.plain(h.text()).strip()).replaceFirst("").replaceFirst("\\s*:$", "");
                if (isStatementLabel(label)) {
                    start = j + 1;
                    opened = true;
                    break;
                }
                if (start < 0 && isCheck(label)) {
                    end = j;
                    chars = 0;
                    continue;
                }
                if (!Vocabulary.isTaskPartLabel(label)) break;
                start = j + 1;
                continue;
            }
            if (!(b instanceof Block.Prose || b instanceof Block.ItemList || b instanceof Block.Code)) break;
            chars += Markdown.of(b).length();
            if (chars > MAX_STATEMENT_CHARS * 2) return null;
        }
        if (start < 0 || start >= end) return null;
        // Under "Task"/"Question" the blocks are the statement; under part labels alone one of them sets the task.
        for (int j = start; j < end && !opened; j++) opened = !isOutlineHeading(cx.at(j)) && setsTask(cx.at(j));
        return opened ? new int[] {start, end} : null;
    }
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");


    /**
     * "Imperative commands", "Minimal YAML (optional)", "Short notes on ConfigMaps": a summary whose head
     * noun (its last word, or the word before its first preposition) names what the fold holds labels a
     * part of the solution; asked as the task, its front says nothing to do.
     */
    static boolean namesFoldContent(String summary) {
        String[] words = BRACKETED.matcher(Inline.plain(summary)).replaceAll(" ").strip().split("[^\\p{L}]+");
        if (words.length == 0) return false;
        if (FOLD_CONTENT.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return true;
        for (int i = 1; i < words.length - 1; i++) {
            if (PREPOSITIONS.contains(words[i].toLowerCase(Locale.ROOT))) return FOLD_CONTENT.contains(words[i - 1].toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * Whether the prose or one-item list at {@code j} introduces the code right after it as a step of the
     * solution above ("Create the pod:", "2. Then expose it:"): it ends in a colon and sets no new task
     * of its own ("Question 3:", "Task:").
     */
    private static boolean leadsIntoStep(RuleContext cx, int j) {
        // "2. Check if the agent runs:" is a step of finding the fault when a step that is no check follows it.
        return opensStep(cx, j, true) && (!isCheckLabel(cx, j) || stepFollows(cx, j));
    }

    /** A lead-in of code, a check or not; "3. Update the file:" then "Edit `app.yaml` so that ...:" then its code: the step's two lead-ins. */
    private static boolean opensStep(RuleContext cx, int j, boolean viaAnother) {
        if (!cx.free(j + 1)) return false;
        boolean code = cx.at(j + 1) instanceof Block.Code c && !c.lang().equals("output");
        if (!code && !(viaAnother && opensStep(cx, j + 1, false))) return false;
        Block b = cx.at(j);
        String text;
        if (b instanceof Block.Prose) text = cx.prose(j);
        else if (b instanceof Block.ItemList l && l.items().size() == 1) text = l.items().get(0).text();
        else return false;
        String plain = Inline.plain(text).strip();
        return plain.endsWith(":") && !NUMBERED_EXERCISE.matcher(plain).lookingAt() && !isStatementLabel(plain)
                && !isExplanation(b) && PlainLines.solutionLabel(plain) == null;
    }

    /**
     * The words of a solution's prose block: a numbered step ("2. Edit the job:") is read as its words,
     * since each step stands in a list of its own and would be numbered 1 again.
     */
    private static String stepText(RuleContext cx, int j) {
        Block b = cx.at(j);
        if (b instanceof Block.Prose) return cx.prose(j);
        if (b instanceof Block.ItemList l && l.ordered() && l.items().size() == 1) return l.items().get(0).text();
        return Markdown.of(b);
    }

    /**
     * A note, tip or warning between two steps of a solution ("> **Warning:** load the module first"):
     * an aside the next step does not end the solution at. Only when a step follows it.
     */
    private static boolean isAsideBetweenSteps(RuleContext cx, int j) {
        if (!(cx.at(j) instanceof Block.Prose)) return false;
        String text = cx.prose(j).strip();
        // "Note: ...", "**Critical:** ...": a labelled remark (a check label ends the solution before this is asked).
        boolean remark = NOTE_LEAD.matcher(Inline.plain(text).split("\n", 2)[0]).matches()
                || (text.startsWith("**") || text.startsWith("__")) && LEAD_LABEL.matcher(text).lookingAt() && !isStatementLabel(text);
        if (!remark) return false;
        return cx.free(j + 1) && (cx.at(j + 1) instanceof Block.Code c && !c.lang().equals("output") || leadsIntoStep(cx, j + 1));
    }

    /**
     * Whether a step that is no check comes after the check lead-in at {@code j} ("2. Check if the agent
     * runs:" then "3. Restart it:"): then the check is a step of finding the fault, not the check of the
     * solution. A bare "Verification:" label always ends the solution.
     */
    private static boolean stepFollows(RuleContext cx, int j) {
        if (CHECK_LABEL.matcher(Inline.plain(stepText(cx, j)).strip().replaceFirst("^[^\\p{L}]+", "")).matches()) return false;
        for (int i = j + 1; i < cx.size() && i - j <= MAX_SOLUTION_BLOCKS * 2 && cx.free(i); i++) {
            Block b = cx.at(i);
            // "#### Step 3: Scale" after it, in a solution section: a later step of its own.
            if (b instanceof Block.Heading h) return !isCheck(stepName(h)) && codeAt(cx, i + 1) && !isExplanation(h);
            if (!(b instanceof Block.Code || b instanceof Block.Prose || b instanceof Block.ItemList)) return false;
            if (!(b instanceof Block.Code) && opensStep(cx, i, true) && !isCheckLabel(cx, i)) return true;
        }
        return false;
    }

    private static String stepName(Block.Heading h) {
        return STEP_NUMBER.matcher(Inline.plain(h.text()).strip()).replaceFirst("");
    }

    private static boolean isCheck(String text) {
        String plain = text.strip().replaceFirst("^[^\\p{L}]+", "");
        // A label or a lead-in ("Verify", "3. Verify the change:"), not a remark on what a step shows ("You will see ...").
        return CHECK_LABEL.matcher(plain).matches()
                || (plain.endsWith(":") || Inline.words(plain) <= MAX_LINK_WORDS) && isVerification(plain.replaceFirst(":$", ""));
    }

    /** Whether a step heading that is no check comes later in the solution section of {@code level}. */
    private static boolean stepHeadingFollows(RuleContext cx, int j, int level) {
        for (int i = j + 1; i < cx.size() && cx.free(i); i++) {
            if (cx.at(i) instanceof Block.Heading h) {
                if (h.level() <= level) return false;
                if (!isCheck(stepName(h))) return true;
            }
            if (cx.at(i) instanceof Block.Solution) return false;
        }
        return false;
    }

    /** The last block of the solution section of {@code level} that {@code j} lies in. */
    private static int sectionEnd(RuleContext cx, int j, int level) {
        int end = j;
        while (cx.free(end + 1) && !(cx.at(end + 1) instanceof Block.Heading h && h.level() <= level)
                && !(cx.at(end + 1) instanceof Block.Solution)) end++;
        return end;
    }

    /** The last block of the check whose label is at {@code j}: the label and the code right under it. */
    private static int checkEnd(RuleContext cx, int j) {
        while (cx.free(j + 1) && cx.at(j + 1) instanceof Block.Code) j++;
        return j;
    }

    private static final int MAX_LINK_WORDS = 4;

    /**
     * Whether the short line at {@code j} joins the code before it to the code after it ("Change" ...
     * "to", "and replace it with"): the word that says which block is old and which is new, so the
     * solution keeps it between its steps. A sentence (it ends in a stop) or a label is no link.
     */
    private static boolean linksCode(RuleContext cx, int j) {
        if (!(cx.at(j) instanceof Block.Prose) || !cx.free(j - 1) || !(cx.at(j - 1) instanceof Block.Code)
                || !cx.free(j + 1) || !(cx.at(j + 1) instanceof Block.Code c) || c.lang().equals("output")) {
            return false;
        }
        String plain = Inline.plain(cx.prose(j)).strip();
        return !plain.isEmpty() && Inline.words(plain) <= MAX_LINK_WORDS && !plain.matches("(?s).*[.!?]$")
                && !isStatementLabel(plain) && PlainLines.solutionLabel(plain) == null && !isCheckLabel(cx, j);
    }

    /** "**Verification:**", "Validate the result:", "✅ Check:": what follows checks the solution, and is none of it. */
    private static final Pattern CHECK_LABEL = Pattern.compile(
            "(?i)^(?:verification|validation|verifying|checking|checks?|testing|tests?|expected(?:\\s+\\w+)?)\\s*:?$");

    private static boolean isCheckLabel(RuleContext cx, int j) {
        Block b = cx.at(j);
        String text = b instanceof Block.Prose ? cx.prose(j)
                : b instanceof Block.ItemList l && l.items().size() == 1 ? l.items().get(0).text() : null;
        if (text == null) return false;
        String plain = Inline.plain(text).strip().replaceFirst("^[^\\p{L}]+", "");
        // A label or a lead-in ("3. Verify the change:"), not a remark on what a step shows ("You will see ...").
        return isCheck(plain);
    }

    /**
     * The blocks of a "### Solution" section: its code, steps under sub-headings ("#### Step 2")
     * included, up to the next heading of its level. Returns the last block used, or -1 when the
     * section holds more code than one card should (its steps are then read on their own).
     */
    private static int solutionSection(RuleContext cx, int k, int level, List<Part> parts) {
        int end = k;
        int code = 0;
        for (int j = k + 1; j < cx.size() && cx.free(j); j++) {
            Block n = cx.at(j);
            if (n instanceof Block.Heading h && h.level() <= level || n instanceof Block.Solution) break;
            if (n instanceof Block.Heading h && isExplanation(h)) break;
            // "Try it yourself first, then expand below:": it leads to the fold after it, no step of the solution.
            if (n instanceof Block.Prose && parts.isEmpty() && leadsToReveal(n)) continue;
            if (n instanceof Block.Code c && !c.lang().equals("output")) {
                if (++code > MAX_SOLUTION_BLOCKS) {
                    parts.clear();
                    return -1;
                }
                parts.addAll(partsOf(c));
            } else if (!parts.isEmpty() && isCheckLabel(cx, j) && !stepFollows(cx, j)) {
                end = checkEnd(cx, j);
                break;
            } else if ((n instanceof Block.Prose || n instanceof Block.ItemList)
                    && (parts.isEmpty() || leadsIntoStep(cx, j) || linksCode(cx, j))) {
                // "Replace the rules with:" between two steps says what the code after it is for.
                parts.add(new Part("prose", stepText(cx, j)));
            } else if (n instanceof Block.Heading h && !parts.isEmpty() && isCheck(stepName(h)) && !stepHeadingFollows(cx, j, level)) {
                // "#### Step 4 — Verify": the check of the solution, the last of its steps, is none of it.
                end = sectionEnd(cx, j, level);
                break;
            } else if (n instanceof Block.Heading h && !parts.isEmpty() && codeAt(cx, j + 1)) {
                // "#### Step 2 — Option B: Declarative YAML": what the step's code is, without its number.
                String step = stepName(h);
                if (!step.isBlank()) parts.add(new Part("prose", step));
            }
            end = j;
        }
        return end;
    }

    /**
     * Where the statement a solution at {@code k} answers starts, or -1: the heading, paragraph or
     * numbered item right before it, with a lead-in paragraph ("Create a pod with:") over a list or
     * code that spells the task out.
     */
    private static int statementStart(RuleContext cx, int k) {
        int j = k - 1;
        if (!cx.free(j)) return -1;
        int labelled = underStatementLabel(cx, k);
        if (labelled >= 0) return labelled;
        int led = labelledTask(cx, k);
        if (led >= 0) return led;
        Block b = cx.at(j);
        // "### Create a map from a file" / "Create the file with" / its command: the heading sets the task,
        // the line and its code are what the exercise gives to start from; all three are the statement.
        if (b instanceof Block.Code && cx.free(j - 1) && cx.at(j - 1) instanceof Block.Prose p && isStatement(p.text())
                && cx.free(j - 2) && cx.at(j - 2) instanceof Block.Heading h && isStatement(h.text())
                && !isStatementLabel(h.text())) {
            return j - 2;
        }
        if ((b instanceof Block.ItemList || b instanceof Block.Code) && cx.free(j - 1)
                && cx.at(j - 1) instanceof Block.Prose p && p.text().strip().endsWith(":")) {
            return j - 1;
        }
        return ownStatementAt(cx, j);
    }

    /**
     * The block at or before {@code j} whose text sets the task, or -1. A leftover line ("On port 80",
     * "Note: ...", "a → b → c") continues the statement above it, so the search goes on past it; it is
     * never a task of its own.
     */
    private static int ownStatementAt(RuleContext cx, int j) {
        for (int steps = 0; j >= 0 && cx.free(j) && steps < 3; j--, steps++) {
            Block b = cx.at(j);
            // A heading opens a section of its own: it continues nothing, whatever its wording. One that
            // asks to open a fold ("Hints (expand)") labels the reveal under it and sets no task.
            if (b instanceof Block.Heading h) return isStatement(h.text()) && !PlainLines.asksToOpen(Inline.plain(h.text())) ? j : -1;
            if (b instanceof Block.Ask) return j;
            if (b instanceof Block.Prose p && PlainLines.asksToOpen(Inline.plain(p.text()))) return -1;
            if (b instanceof Block.Prose p) {
                if (!isStatement(p.text()) && !isLeftover(p.text())) return -1;
                if (!isLeftover(p.text())) return j;
            } else if (b instanceof Block.ItemList l) {
                if (isGlossary(l)) return -1;
                if (statementItem(l) >= 0) return j;
                if (!isLeftover(l.items().get(l.items().size() - 1).text())) return -1;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "- **Operator:** a controller that extends ..." in every item: terms and what they are, facts the
     * definition rules card, never what a task asks. A labelled detail ("**Image:** `nginx`") is no gloss.
     */
    /** "**CRD (Custom Resource Definition):**": a bold term, brackets and all, and the colon after it. */
    private static final Pattern GLOSSED_TERM = Pattern.compile("^(?:\\*\\*|__)([^*_\\n]{1,80}?)(?::(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:)");

    private static boolean isGlossary(Block.ItemList l) {
        if (l.items().size() < 2) return false;
        for (Block.Item it : l.items()) {
            String t = it.text().strip();
            Matcher m = GLOSSED_TERM.matcher(t);
            if (!m.lookingAt()) return false;
            String label = m.group(1).strip();
            if (isStatementLabel(label) || Vocabulary.isTaskPartLabel(label)) return false;
            String gloss = Inline.plain(t.substring(m.end())).replaceAll("`[^`]*`", "").strip();
            if (Inline.words(gloss) < 3) return false;
        }
        return true;
    }

    /** The item of a list that sets the task: its last one, or the one above the leftover lines closing it; -1 if none. */
    private static int statementItem(Block.ItemList l) {
        for (int i = l.items().size() - 1; i >= 0; i--) {
            String t = l.items().get(i).text();
            if (!isLeftover(t)) return isStatement(t) ? i : -1;
        }
        return -1;
    }

    private static final Pattern NOTE_LEAD = Pattern.compile(
            "(?i)^(?:note|notes|hint|tip|nb|n\\.b\\.|remember|important|caution|warning)\\s*[:!\\-–]\\s*\\S.*");
    /**
     * "**Solve this on:** `ssh node7`", "Namespace: `shop`": a label whose value is only code says where or
     * with what the task is done, a detail of the statement above it, never the task itself.
     */
    private static final Pattern LABELLED_CODE = Pattern.compile(
            "^(?:\\*\\*|__)?[^:`*_]{2,60}:(?:\\*\\*|__)?:?\\s*(?:`[^`]+`[\\s,]*)+\\.?$");
    private static final Pattern ARROW = Pattern.compile("\\s*(?:→|->|=>|⟶|⇒)\\s*");
    private static final int MAX_ARROW_PART_WORDS = 3;
    // Grammar words a sentence-fragment starts with; an imperative later in the line ("Using X, create ...") still makes it a task.
    private static final java.util.Set<String> CONTINUING_WORDS = java.util.Set.of("on", "in", "at", "with", "without",
            "for", "from", "to", "into", "onto", "using", "via", "under", "inside", "within", "through", "and", "but",
            "or", "plus", "as", "by", "over", "per", "except", "also", "then");

    /**
     * A line that cannot set a task alone and continues the statement before it: a note or hint
     * ("Note: change only ..."), an arrow chain of names, or a fragment starting with a preposition or
     * conjunction that has no verb of its own ("On port 80", "with two replicas").
     */
    static boolean isLeftover(String text) {
        String s = withoutPrefix(Inline.plain(text)).strip();
        if (s.isEmpty()) return false;
        if (NOTE_LEAD.matcher(s).matches() || isConstraint(s)) return true;
        if (LABELLED_CODE.matcher(Inline.readable(withoutPrefix(text.strip())).strip()).matches()) return true;
        String[] parts = ARROW.split(s, -1);
        if (parts.length > 1 && java.util.Arrays.stream(parts)
                .allMatch(p -> !p.isBlank() && Inline.words(p) <= MAX_ARROW_PART_WORDS)) {
            return true;
        }
        if (s.endsWith("?")) return false;
        String[] words = WHITESPACE_RUN.split(s);
        if (!CONTINUING_WORDS.contains(PlainLines.letters(words[0]).toLowerCase(Locale.ROOT))) return false;
        for (String w : words) {
            String l = PlainLines.letters(w).toLowerCase(Locale.ROOT);
            if (!l.isEmpty() && PlainLines.isImperative(l)) return false;
        }
        return true;
    }

    /**
     * Whether a line is a rule the task sets on its solution ("Do not rename resources", "Keep the
     * labels unchanged"): it limits the task above it and sets none of its own, so it goes with it.
     * The gate's definition, so the rules and the gate never disagree on what a rule line is.
     */
    static boolean isConstraint(String plain) {
        return io.deckhand.notes.gate.TaskFragments.isConstraint(plain);
    }

    /**
     * The first block under a "Task" / "Question 2" label heading when only statement blocks (prose,
     * lists, code) lie between it and the solution at {@code k}, or -1: all of them are the task.
     */
    private static int underStatementLabel(RuleContext cx, int k) {
        int chars = 0;
        for (int j = k - 1; j >= 0 && k - j <= MAX_SOLUTION_BLOCKS && cx.free(j); j--) {
            Block b = cx.at(j);
            if (b instanceof Block.Heading h) {
                return isStatementLabel(h.text()) && j + 1 < k ? j + 1 : -1;
            }
            if (!(b instanceof Block.Prose || b instanceof Block.ItemList || b instanceof Block.Code)) return -1;
            chars += Markdown.of(b).length();
            if (chars > MAX_STATEMENT_CHARS * 2) return -1;
        }
        return -1;
    }

    /** "Problem: ...", "**Tasks:**": a paragraph that the word for the task opens. */
    private static final Pattern TASK_LEAD = Pattern.compile(
            "(?i)^(?:exercise|tasks?|question|problem|scenario|challenge)(?:\\s+[a-z]+)?\\s*\\d{0,3}[a-z]?\\s*[:\\-–—](?:\\s|$).*", Pattern.DOTALL);

    /**
     * The paragraph a "Problem:" / "Task:" label opens above the solution at {@code k}, or -1, when only
     * blocks of the statement lie between (its lists, code, reference links and notes): the task starts
     * there, not at the line right above the solution (often "Reference: https://..." alone).
     */
    private static int labelledTask(RuleContext cx, int k) {
        int chars = 0;
        int found = -1;
        for (int j = k - 1; j >= 0 && k - j <= MAX_SOLUTION_BLOCKS * 2 && cx.free(j); j--) {
            Block b = cx.at(j);
            if (isOutlineHeading(b)) continue;
            if (!(b instanceof Block.Prose || b instanceof Block.ItemList || b instanceof Block.Code)) break;
            chars += Markdown.of(b).length();
            if (chars > MAX_STATEMENT_CHARS * 3) break;
            if (b instanceof Block.Prose p && TASK_LEAD.matcher(Inline.plain(p.text()).strip()).matches()) found = j;
        }
        return found;
    }

    static boolean isStatementLabel(String heading) {
        return STATEMENT_LABEL.matcher(Inline.plain(heading).strip()).matches();
    }

    /** A heading or paragraph that explains the solution above it ("Why this works", "**Explanation:** ..."). */
    static boolean isExplanation(Block b) {
        if (b instanceof Block.Heading h) return EXPLANATION_HEADING.matcher(Inline.plain(h.text()).strip()).matches();
        return b instanceof Block.Prose p && EXPLANATION_LEAD.matcher(Inline.plain(p.text()).strip()).matches();
    }

    /**
     * The explanation right after a task's solution (a "Why this works" section or paragraph) is used up
     * with the task: on its own it leans on the task ("this works because ...").
     */
    private static void claimExplanation(RuleContext cx, int after) {
        int j = after + 1;
        if (!cx.free(j) || !isExplanation(cx.at(j))) return;
        if (cx.at(j) instanceof Block.Heading h) {
            cx.claim(j);
            for (j++; j < cx.size() && !(cx.at(j) instanceof Block.Heading n && n.level() <= h.level()); j++) {
                if (cx.at(j) instanceof Block.Solution || cx.at(j) instanceof Block.Heading) break;
                cx.claim(j);
            }
        } else {
            cx.claim(j);
            while (cx.free(j + 1) && cx.at(j + 1) instanceof Block.ItemList) cx.claim(++j);
        }
    }

    /**
     * The heading path of a task without the headings that name no topic: "Task" / "Question 3" labels,
     * "Solution", and parts of a document ("Summary", "Overview"). When the statement carries its own
     * number ("Q2. Create ..."), an exercise title in the path ("Q1 — Autoscaling") is another
     * exercise's, the one whose heading the later exercises happen to sit under.
     */
    static List<String> withoutLabels(List<String> context, String statement) {
        boolean numbered = NUMBERED_EXERCISE.matcher(Inline.plain(statement).strip()).lookingAt();
        return context.stream().filter(h -> {
            String t = Inline.plain(h).strip();
            return !isStatementLabel(t) && PlainLines.solutionLabel(t) == null && !Vocabulary.isSectionLabel(t)
                    && !(numbered && NUMBERED_EXERCISE.matcher(t).lookingAt());
        }).toList();
    }

    /** "Q2.", "Exercise 4:", "**Question 3**": an exercise that says its own number. */
    private static final Pattern NUMBERED_EXERCISE = Pattern.compile(
            "(?i)^[*_]{0,2}(?:exercise|task|question|problem|scenario|lab|challenge|q)\\s*\\d{1,3}[a-z]?\\b");

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
                int first = Math.max(0, statementItem(l));
                t = String.join("\n\n", l.items().subList(first, l.items().size()).stream()
                        .map(Block.Item::text).toList());
            } else if (b instanceof Block.ItemList l && j + 1 < solutionAt && isOutlineHeading(cx.at(j + 1))) {
                // "- Create a claim with the spec:" and its nested points: each point stays under its item.
                int last = j;
                while (last + 1 < solutionAt && isOutlineHeading(cx.at(last + 1)) || last + 1 < solutionAt
                        && cx.at(last + 1) instanceof Block.ItemList && isOutlineHeading(cx.at(last))) last++;
                t = nested(cx, l, j + 1, last);
                j = last;
            } else if (b instanceof Block.Heading h) {
                t = h.text();
            } else if (b instanceof Block.Ask a) {
                t = a.question();
            } else if (b instanceof Block.ItemList l && l.items().stream().anyMatch(TaskRules::leadsIntoCode)) {
                // "- Command:" over its nested code: the front cannot show the code, so the item would dangle;
                // left off, the value it leads into is stated with the others (ManifestFront) or asked for.
                List<Block.Item> kept = l.items().stream().filter(i -> !leadsIntoCode(i)).toList();
                if (kept.isEmpty()) continue;
                t = Markdown.of(new Block.ItemList(kept, l.ordered(), l.first(), l.last()));
            } else {
                t = b instanceof Block.Prose ? cx.prose(j) : Markdown.of(b);
            }
            // "NAME READY STATUS ...": what a command printed in the question is the lab's state, not the task.
            if (j > from && b instanceof Block.Code c && c.lang().equals("output")) continue;
            // "**Solve this on:** `ssh node7`": where the task is done is setup, no part of what it asks.
            // It says so above the task as well as below it ("**Context:** `kubectl config use-context c2`", then the task).
            if (b instanceof Block.Prose && namesOnlySetup(t) && (j > from || j + 1 < solutionAt)) continue;
            // "**Reference Doc:** https://...": where to read up, no part of what the task asks.
            if (j > from && (b instanceof Block.Prose && pointsOnlyAt(t)
                    || b instanceof Block.ItemList l && l.items().stream().allMatch(i -> pointsOnlyAt(i.text())))) continue;
            // "**Root cause:** ...", "**Key decision:** ...": the writer's analysis after the task gives the answer away.
            if (j > from && b instanceof Block.Prose && isAnalysis(t)) break;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(t);
        }
        return sb.toString();
    }

    private static boolean leadsIntoCode(Block.Item item) {
        return item.holdsCode() && Inline.plain(item.text()).strip().endsWith(":");
    }

    /** A list item with points nested under it, made a heading of its own (its lines span the points). */
    private static boolean isOutlineHeading(Block b) {
        return b instanceof Block.Heading h && h.last() > h.first();
    }

    /** A list with the points nested under its items (the outline headings and lists {@code from..to}) put back under them. */
    private static String nested(RuleContext cx, Block.ItemList l, int from, int to) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (Block.Item it : l.items()) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(l.ordered() ? (n++) + ". " : "- ").append(it.text());
            for (int j = from; j < to; j++) {
                if (cx.at(j) instanceof Block.Heading h && h.first() == it.first() && cx.at(j + 1) instanceof Block.ItemList sub) {
                    sb.append('\n').append(Markdown.of(sub).indent(l.ordered() ? 3 : 2).stripTrailing());
                }
            }
        }
        return sb.toString();
    }

    private static final Pattern URL_OR_LINK = Pattern.compile("<?https?://[^\\s>]+>?|\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LEAD_LABEL = Pattern.compile("^(?:\\*\\*|__)?([^:*_\\n\\[\\]()/]{1,60}?)(?::(?:\\*\\*|__)|(?:\\*\\*|__):?|:)");

    /** A line that only points at reading ("Docs: https://...", "- [Pods](https://...)"), after any label. */
    static boolean pointsOnlyAt(String text) {
        String t = text.strip();
        if (!URL_OR_LINK.matcher(t).find()) return false;
        Matcher m = LEAD_LABEL.matcher(t);
        String rest = m.lookingAt() ? t.substring(m.end()) : t;
        return URL_OR_LINK.matcher(rest).replaceAll("").replaceAll("[\\s,;·|.()-]", "").isEmpty();
    }

    /**
     * A paragraph under a bold label of its own that is no part of a task's statement ("**Root cause:**
     * ...", "**Key decision:** ..."): not the task's word, a part of it ("**Requirements:**"), a detail
     * ("**Namespace:** `shop`", "Note: ...") or the state the task starts from ("**Existing pod** (already
     * running)").
     */
    static boolean isAnalysis(String text) {
        String t = text.strip();
        if (!t.startsWith("**") && !t.startsWith("__")) return false;
        Matcher m = LEAD_LABEL.matcher(t);
        if (!m.lookingAt()) return false;
        String label = m.group(1).strip();
        String plain = Inline.plain(t);
        return !isStatementLabel(label) && !TASK_LEAD.matcher(plain.strip()).matches() && !Vocabulary.isTaskPartLabel(label)
                && !isLeftover(t) && !GIVEN_STATE.matcher(plain.split("\n", 2)[0]).matches();
    }

    private static void emit(RuleContext cx, String statement, List<Part> parts, int from, int to, List<String> context,
                             Earlier previous) {
        String written = Inline.readable(withoutPrefix(statement.strip()));
        // "Now scale it": the word that orders the step leans on the step before, and is no part of the task.
        String own = Inline.capitalise(SEQUENCE_WORD.matcher(written).replaceFirst(""));
        if (own.isBlank()) return;
        if (isVerification(own)) {
            // "Confirm that the pods are running": it checks what a step before did, and is no task of its own.
            for (int j = from; j <= to; j++) cx.claim(j);
            claimExplanation(cx, to);
            return;
        }
        boolean leans = leansBack(written);
        // Keyed by the path with its labels: "Question 2" leans on nothing "Question 1" made.
        List<String> earlier = previous.before(context);
        previous.add(context, own);
        context = withoutLabels(context, statement);
        String answer = answerText(parts);
        String given = namesItsOwn(own) || quotesWhatItUses(own, answer) ? null : givenFromBefore(own, answer, earlier);
        boolean repeats = REPEATS.matcher(own).find();
        // "Follow the logs for the pod" answered on "web-7bf7478b77-gjzp8": the statement names nothing, and
        // the answer works on what the cluster made for an earlier step, so the front must say which step.
        List<String> shell = parts.stream().filter(p -> p.lang().equals("shell")).map(Part::text).toList();
        if (given == null && !namesItsOwn(own) && !quotesWhatItUses(own, answer) && NamedTargets.actsOnGenerated(shell)) {
            leans = true;
            repeats = repeats || !earlier.isEmpty() && !leansBack(earlier.get(earlier.size() - 1));
        }
        String front = own;
        if (given != null && !repeats) {
            front = "Given " + given + ":\n\n" + own;
        } else if ((leans || repeats) && !namesItsOwn(own)) {
            String last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            boolean oneManifest = parts.stream().filter(p -> p.lang().equals("yaml")).count() == 1;
            if (repeats && !oneManifest && last != null && !leansBack(last)) {
                // "Do the same, but ...": the task is the one before, changed; it is shown as what the step
                // builds on, not as a second task the answer would have to do.
                front = "Earlier step: " + Inline.withoutFinalStop(last) + ".\n\n" + own;
            } else if (!oneManifest) {
                // It names what an earlier step made, and the answer does not show which: no card.
                for (int j = from; j <= to; j++) cx.claim(j);
                claimExplanation(cx, to);
                return;
            }
        }
        if (!shell.isEmpty() && shell.stream().allMatch(TaskRules::isSetup)
                && parts.stream().allMatch(p -> List.of("shell", "comment", "prose").contains(p.lang()))) {
            // "ssh node1" alone says where the task is done, not how: the rest of the solution is missing.
            for (int j = from; j <= to; j++) cx.claim(j);
            claimExplanation(cx, to);
            return;
        }
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
        // "kubectl config set-context --current --namespace=shop" before the step (in its answer or an earlier
        // step of the exercise): its commands run in that namespace, which the front then states.
        String ownSwitch = NamedTargets.switchedNamespace(commands);
        String switched = ownSwitch != null ? null : switchedNamespace(cx, from);
        for (int j = from; j <= to; j++) cx.claim(j);
        claimExplanation(cx, to);
        if (manifests.size() == 1 && !ManifestRepair.isMultiDocument(manifests.get(0))) {
            ManifestRepair.Repaired y = ManifestRepair.repair(manifests.get(0));
            // The solution in the notes' order: the command that writes the file and the edit come before
            // the manifest they make, and the apply after it; a back led by the manifest would apply first.
            boolean steps = parts.stream().anyMatch(p -> !List.of("yaml", "text", "prose", "comment").contains(p.lang()));
            String back = steps ? asWritten(parts) : Markdown.fence("yaml", y.yaml());
            // "3. Create the HTTPRoute:" introduces its manifest as a step of a longer solution: it says
            // nothing of what the manifest needs, so the front describes the manifest itself.
            String manifestFront = RuleContext.dangles(own) ? ManifestFront.of(y.yaml()) : withRequirements(front, y.yaml());
            if (manifestFront == null) return;
            List<String> applied = commands.stream().filter(c -> !isSetup(c)).toList();
            manifestFront = NamedTargets.withNames(manifestFront, applied, ownSwitch);
            manifestFront = anchored(manifestFront, toldInExercise(cx, from, earlier));
            if (manifestFront == null) return;
            manifestFront = withSwitchedNamespace(manifestFront, applied, switched);
            cx.card(CardKind.MANIFEST, manifestFront, back, from, to, context);
            return;
        }
        // The host or context a solution switches to first is where the exam runs it, not a name the task
        // works on: it is kept on the back but never asked for on the front.
        List<String> work = commands.stream().filter(c -> !isSetup(c)).toList();
        if (RuleContext.dangles(own) && !namesAnyTarget(front + "\n" + String.join("\n", context), work)) {
            // "Scale down to 0 replicas:" opens one step's code inside a longer solution. Neither it nor the
            // headings above name what its commands act on: only the task it belongs to does, so asked
            // alone the step leans on that task (which deployment? why?), and it is no card.
            for (int j = from; j <= to; j++) cx.claim(j);
            claimExplanation(cx, to);
            return;
        }
        // "Delete the job" answered with "kubectl delete job busybox": the name cannot be guessed, so the front gives it.
        front = NamedTargets.withNames(front, work, ownSwitch);
        // "Scale it up:" answered with "--replicas=5": the count is what the task asks for, so the front
        // carries the lines of the exercise that state it, or there is no card (the value is not guessed).
        // The headings count, without an exercise's own number ("Q4 — Scale up" states no 4).
        List<String> headings = context.stream()
                .map(h -> NUMBERED_EXERCISE.matcher(Inline.plain(h).strip()).replaceFirst("")).toList();
        List<String> unstated = NamedTargets.unstatedValues(front + "\n" + String.join("\n", headings), work);
        if (!unstated.isEmpty()) {
            String stated = statedAround(cx, from, unstated);
            if (stated == null) return;
            front = "Given: " + stated + "\n\n" + front;
        }
        front = anchored(front, toldInExercise(cx, from, earlier));
        if (front == null) return;
        front = withSwitchedNamespace(front, work, switched);
        if (manifests.isEmpty() && commands.size() == 1 && other == 0 && !alternatives) {
            cx.card(CardKind.COMMAND, front, Markdown.fence("shell", commands.get(0)), from, to, context);
        } else {
            cx.card(CardKind.BASIC, front, asWritten(parts), from, to, context);
        }
    }

    /**
     * The front with the name of each thing it calls "the X" that an earlier step of the exercise brought in
     * ("Add the repo" after "a repo called `bitnami`" → "Add the repo `bitnami`"); null when the earlier text
     * does not name one such thing alone, since asked alone the task would not say which.
     */
    static String anchored(String front, String before) {
        // A front that names what it works on ("for pod `web1`", "the secret 'db'") says which thing it means.
        if (namesSomething(front)) return front;
        String out = front;
        int from = 0;
        for (Anaphora.Reference r; (r = Anaphora.unnamedReference(out, before, from)) != null; ) {
            String name = Anaphora.nameGivenBefore(before, r.noun());
            if (name == null) return null;
            if (NamedTargets.mentions(Inline.plain(out), name.toLowerCase(Locale.ROOT))) {
                from = r.end();
                continue;
            }
            out = out.substring(0, r.end()) + " `" + name + "`" + out.substring(r.end());
            from = r.end();
        }
        return out;
    }

    /** A name on the front: in code or quotes, after "called"/"named", or a word with a digit ("nginx1"). */
    private static boolean namesSomething(String front) {
        return namesItsOwn(front) || QUOTED.matcher(front).find() || NAME_WITH_DIGIT.matcher(front).find();
    }

    private static final Pattern NAME_WITH_DIGIT = Pattern.compile("\\b(?=[a-z-]*\\d)(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*\\b");

    /** What the exercise said before a step: the statements of the steps before it and the text since its heading. */
    private static String toldInExercise(RuleContext cx, int from, List<String> earlier) {
        return String.join("\n", earlier) + "\n" + cx.toldBefore(from);
    }

    private static final int MAX_CARRIED_SENTENCES = 2;
    private static final int MAX_CARRIED_CHARS = 300;
    private static final int MAX_LOOK_BACK = 30;
    /** "Step 2 — ", "Step 3: ": the number a solution's step heading gives itself. */
    private static final Pattern STEP_NUMBER = Pattern.compile("(?i)^step\\s*\\d{1,3}[a-z]?\\s*[:.)\\-–—]?\\s*");
    /** "Step 2", "Step 3 — Apply it", "Option B": a heading that orders the parts of one solution. */
    private static final Pattern STEP_HEADING = Pattern.compile("(?i)^(?:step|option|part|phase)\\s*\\d{0,3}[a-z]?\\b.*");

    /**
     * The sentences of the exercise around a step that state {@code values} (the problem statement, the
     * steps before it), nearest first; null when they do not state them all. The exercise ends, going
     * back, at a heading that is not one of its own labels ("Task", "Solution", "Step 2").
     */
    private static String statedAround(RuleContext cx, int from, List<String> values) {
        List<String> left = new ArrayList<>(values);
        List<String> carried = new ArrayList<>();
        for (int j = from - 1; j >= 0 && from - j <= MAX_LOOK_BACK && !left.isEmpty(); j--) {
            Block b = cx.at(j);
            if (b instanceof Block.Heading h) {
                String t = Inline.plain(h.text()).strip();
                if (isStatementLabel(t) || PlainLines.solutionLabel(t) != null || STEP_HEADING.matcher(t).matches()) continue;
                break;
            }
            List<String> texts = new ArrayList<>();
            if (b instanceof Block.Prose) texts.add(cx.prose(j));
            else if (b instanceof Block.ItemList l) for (Block.Item i : l.items()) texts.add(0, i.text());
            for (String text : texts) {
                List<String> sentences = new ArrayList<>(Sentences.of(Inline.plain(text)));
                java.util.Collections.reverse(sentences);
                for (String sentence : sentences) {
                    // "Problem: The app must ...": the label is no part of what the task states.
                    String st = withoutPrefix(sentence.strip());
                    if (st.length() > MAX_CARRIED_CHARS || carried.contains(st)) continue;
                    if (!left.removeIf(v -> NamedTargets.states(st, v))) continue;
                    carried.add(0, st);
                    if (carried.size() > MAX_CARRIED_SENTENCES) return null;
                }
            }
        }
        return left.isEmpty() ? String.join(" ", carried) : null;
    }

    /**
     * The front of a step whose commands name no namespace and run where a context switch left the shell
     * ({@code ns}): it says so, "Given: the current namespace is `shop`.", since the answer does not (the
     * card never adds a "-n" the notes do not have). As it was when no switch applies or it names the namespace.
     */
    static String withSwitchedNamespace(String front, List<String> commands, String ns) {
        if (ns == null || NamedTargets.isDefaultNamespace(ns) || !NamedTargets.anyRunsWithoutNamespace(commands)
                || NamedTargets.mentions(Inline.plain(front), ns)) {
            return front;
        }
        String given = "the current namespace is `" + ns + "`.";
        return front.startsWith("Given: ") ? "Given: " + given + " " + front.substring("Given: ".length())
                : "Given: " + given + "\n\n" + front;
    }

    /**
     * The namespace a context switch earlier in a step's exercise sets for its commands, or null: the nearest
     * switch (the blocks back to a heading that is none of
     * the exercise's own labels, "Task", "Solution", "Step 2"). A step of a solution runs in the shell
     * session its earlier steps left, and asked alone it must say where that is.
     */
    private static String switchedNamespace(RuleContext cx, int from) {
        for (int j = from - 1; j >= 0 && from - j <= MAX_LOOK_BACK; j--) {
            Block b = cx.at(j);
            if (b instanceof Block.Heading h) {
                String t = Inline.plain(h.text()).strip();
                if (isStatementLabel(t) || PlainLines.solutionLabel(t) != null || STEP_HEADING.matcher(t).matches()) continue;
                return null;
            }
            List<String> code = new ArrayList<>();
            if (b instanceof Block.Code c && !c.lang().equals("output")) {
                for (Part p : partsOf(c)) if (p.lang().equals("shell")) code.add(p.text());
            } else if (b instanceof Block.Solution s) {
                for (Part p : partsOfMarkdown(s.body())) if (p.lang().equals("shell")) code.add(p.text());
            }
            String ns = NamedTargets.switchedNamespace(code);
            if (ns != null) return ns;
        }
        return null;
    }

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    /** A label whose only values are setup commands ("Run on: `ssh node7`", "Context: `kubectl config use-context c2`"). */
    static boolean namesOnlySetup(String line) {
        String t = Inline.readable(line.strip()).replaceFirst("^>\\s*(?:\\[![a-z]+\\]\\s*)?", "").strip();
        if (!LABELLED_CODE.matcher(t).matches()) return false;
        Matcher m = CODE_SPAN.matcher(t);
        boolean any = false;
        while (m.find()) {
            if (!isSetup(m.group(1))) return false;
            any = true;
        }
        return any;
    }

    /**
     * "ssh node01", "kubectl config use-context prod", "sudo -i", "exit": a line that moves to where a
     * task is done (another host, cluster, namespace or user); it sets up the task and does none of it.
     * The gate's list of session setup ({@code gate-setup-programs.txt}) says which lines those are.
     */
    static boolean isSetup(String command) {
        return io.deckhand.notes.gate.SessionSetup.movesSession(command);
    }

    /**
     * "(already exists in the cluster)", "The existing ingress:", "pre-existing": a line that shows what
     * an exercise starts from, not what it asks to write.
     */
    private static final Pattern GIVEN_STATE = Pattern.compile(
            "(?i).*\\b(?:already\\s+(?:exists?|deployed|running|created|installed|applied|present|in\\s+place)"
                    + "|pre-?existing|existing)\\b.*");

    /**
     * Whether a block under the lead-in {@code leadIn}, inside the exercise {@code path}, is the state the
     * exercise starts from (the broken deployment it then fixes): scenario detail, not a fact to card.
     */
    static boolean isGivenState(String leadIn, List<String> path) {
        return inExercise(path) && GIVEN_STATE.matcher(Inline.plain(leadIn).strip()).matches();
    }

    /** Whether {@code text} names any object the commands act on; true when they act on none. */
    static boolean namesAnyTarget(String text, List<String> commands) {
        NamedTargets.Targets t = NamedTargets.of(commands);
        if (t.names().isEmpty()) return true;
        String plain = Inline.plain(text);
        return t.names().stream().anyMatch(n -> NamedTargets.mentions(plain, n));
    }

    /** "Do the same, but ...", "Create the same job ...": the earlier task again, changed. */
    private static final Pattern REPEATS = Pattern.compile("(?i)^(?:do|repeat)\\s+the\\s+same\\b|\\bthe\\s+same\\s+\\w+\\s*(?:again|but|,)|^same\\s+as\\b");

    /** The statements of the tasks so far, per heading path (a task leans only on its own section). */
    private static final class Earlier {
        private static final int KEPT = 12;
        private List<String> context = List.of();
        private final List<String> statements = new ArrayList<>();

        List<String> before(List<String> at) {
            return at.equals(context) ? List.copyOf(statements) : List.of();
        }

        void add(List<String> at, String statement) {
            if (!at.equals(context)) {
                context = at;
                statements.clear();
            }
            statements.add(statement);
            if (statements.size() <= KEPT) return;
            // What a section made first ("a deployment called web") is worked on to its end: a statement
            // that names something outlives the ones that name nothing.
            int unnamed = 0;
            while (unnamed < statements.size() - 1 && namesItsOwn(statements.get(unnamed))) unnamed++;
            statements.remove(unnamed);
        }
    }

    // Compiled once (words() and givenFromBefore() run for every step of every task).
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;()'\"`]+");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^a-z0-9]+|[^a-z0-9]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
    private static final Pattern ANSWER_TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]");
    /**
     * Where a statement gives a name: after "called", "named" or "names", bare or in quotes or code
     * ("a deployment called `api`", "pods with names web1,web2"). A quoted word alone is as often a
     * value ("runs the command 'env'") as a name, so it marks none.
     */
    private static final Pattern MARKED_NAME = Pattern.compile(
            "(?i:\\b(?:called|named|names?)\\s+)[`'\"]?([A-Za-z0-9][\\w.-]*(?:,[A-Za-z0-9][\\w.-]*)*)[`'\"]?");

    /** A statement that names what it makes ("a deployment called web ... in this pod") leans on nothing before it. */
    static boolean namesItsOwn(String statement) {
        return MARKED_NAME.matcher(statement).find();
    }
    private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(?:a|an|the)\\s");
    private static final int MAX_GIVEN_WORDS = 9;

    /** The code of a solution without its comments (a comment's words are no names the answer uses). */
    private static String answerText(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p.lang().equals("prose") || p.lang().equals("comment")) continue;
            sb.append(TRAILING_COMMENT.matcher(p.text()).replaceAll("")).append('\n');
        }
        return sb.toString();
    }

    private static final Pattern TRAILING_COMMENT = Pattern.compile("(?m)(?:^|\\s)#.*$");
    /** A name the statement gives in quotes or code ("a configMap 'options'", "pod `web`"). */
    private static final Pattern QUOTED = Pattern.compile("[`'\"]([A-Za-z0-9][\\w.-]{1,60})[`'\"]");

    /** Whether the statement itself names, in quotes or code, something its answer works on. */
    private static boolean quotesWhatItUses(String own, String answer) {
        java.util.Set<String> used = tokens(answer);
        Matcher q = QUOTED.matcher(own);
        while (q.find()) if (used.contains(q.group(1).toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * The words a statement says on their own: "image nginx:1.91" says the value "nginx:1.91", not the
     * name "nginx" that an earlier step gave a deployment.
     */
    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            String bare = WORD_EDGES.matcher(w).replaceAll("");
            if (!bare.isEmpty()) out.add(bare);
        }
        return out;
    }

    private static java.util.Set<String> tokens(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = ANSWER_TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * What an earlier task made that this one's answer works on but its statement does not name: the
     * answer uses a name ("kubectl scale deployment api ...") that only an earlier statement gives
     * ("Create a deployment called `api` ..."). Returned as the earlier statement's words for it ("a
     * deployment called `api`"), or null when the answer borrows no name.
     */
    static String givenFromBefore(String own, String answer, List<String> earlier) {
        java.util.Set<String> used = tokens(answer);
        java.util.Set<String> stated = words(Inline.plain(own));

        List<String> phrases = new ArrayList<>();
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (int i = earlier.size() - 1; i >= 0 && phrases.size() < 2; i--) {
            String e = earlier.get(i);
            Matcher m = MARKED_NAME.matcher(e);
            while (m.find() && phrases.size() < 2) {
                String names = m.group(1);
                boolean borrowed = false;
                for (String n : names.split(",")) {
                    String name = TRAILING_PUNCTUATION.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("");
                    if (name.length() < 2 || name.chars().allMatch(Character::isDigit) || covered.contains(name)) continue;
                    if (used.contains(name) && !stated.contains(name)) borrowed = true;
                }
                if (!borrowed) continue;
                for (String n : names.split(",")) covered.add(n.toLowerCase(Locale.ROOT));
                phrases.add(phraseAround(e, m.start(), m.end()));
            }
        }
        return phrases.isEmpty() ? null : String.join(" and ", phrases);
    }

    /** The words of {@code statement} that name what ends at {@code end}: from the article before it, or the verb. */
    private static String phraseAround(String statement, int start, int end) {
        String before = statement.substring(0, start);
        int from = -1;
        Matcher a = ARTICLE.matcher(before);
        while (a.find()) from = a.start();
        if (from < 0 || Inline.words(before.substring(from)) > MAX_GIVEN_WORDS) {
            // No article close by: the words after the statement's verb.
            String[] words = WHITESPACE_RUN.split(before.strip());
            int keep = Math.min(words.length - 1, MAX_GIVEN_WORDS);
            from = before.length();
            for (int w = 0; w < keep; w++) from = before.lastIndexOf(words[words.length - 1 - w], from - 1);
        }
        String phrase = statement.substring(Math.max(0, from), end).strip().replaceAll("[,;:.]+$", "");
        return phrase.replaceFirst("(?i)^the\\s", "the ").replaceFirst("^A\\s", "a ").replaceFirst("^An\\s", "an ");
    }

    /**
     * The front of a task answered by a manifest: the statement, and what the manifest sets that the
     * statement leaves out ("Create the pod just described using YAML" gives no name or image), so the
     * manifest can be written from the front alone.
     */
    private static String withRequirements(String statement, String yaml) {
        List<String> missing = ManifestFront.unstated(yaml, statement);
        if (missing.isEmpty()) return statement;
        // More than a front can carry: the first are said, and the gate unticks the card for the rest.
        List<String> said = missing.subList(0, Math.min(missing.size(), ManifestFront.MAX_STATED));
        return statement + "\n\n" + ManifestFront.REQUIREMENTS + String.join(", ", said) + ".";
    }

    /** The solution as written: prose as is, consecutive commands in one shell block, manifests repaired. */
    private static String asWritten(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        List<String> run = new ArrayList<>();
        // What the commands printed buries them (digests, listings): the commands are the answer.
        boolean commands = parts.stream().anyMatch(p -> p.lang().equals("shell"));
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (commands && p.lang().equals("text")) continue;
            // "Expected error message:" leads into the output left out above: alone it announces nothing.
            if (commands && p.lang().equals("prose") && i + 1 < parts.size() && parts.get(i + 1).lang().equals("text")
                    && Inline.plain(p.text()).strip().endsWith(":")) continue;
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
            case "yaml" -> codeParts("yaml", c.text());
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
        if (lang.equals("yaml") || lang.equals("yml")) {
            if (readsAsYaml(text)) return List.of(new Part("yaml", text));
            // A fence labelled yaml around commands ("cat <<EOF ...") or prose is read as what it holds.
            boolean commands = text.lines().anyMatch(l -> PlainLines.command(l.strip()) != null);
            return commands ? codeParts("sh", text) : List.of(new Part("prose", text));
        }
        if (PlainLines.isManifestStart(firstLine)) return List.of(new Part("yaml", text));
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
                    && (!PlainLines.looksTechnical(withoutComment(l)) || callsWithPaths(l)) && Character.isLowerCase(l.charAt(0));
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
                    String reader = cmd.replace(here.group(), "").replaceAll("\\s+", " ").strip()
                            .replaceFirst("^cat\\s*\\|\\s*", "");
                    // "kubectl apply -f -" reads the manifest the heredoc fed it: shown after the manifest
                    // it points at nothing, so the manifest alone is the answer.
                    if (!STDIN_READER.matcher(reader).find()) parts.add(new Part("shell", reader));
                } else {
                    parts.add(new Part("bash", cmd + "\n" + doc + here.group(1)));
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

    private static final Pattern PROGRAM_WITH_PATHS = Pattern.compile("[a-z][a-z0-9_-]{0,15}(?: (?:[~.]?/|-{1,2}[a-z])\\S*){1,4}");

    /**
     * "cd /etc/app", "vi ./pod.yaml": a bare program name and only paths or flags after it is a step of
     * the solution, though its slashes read like output; what a program prints rarely opens with a bare
     * lowercase word followed by paths alone.
     */
    static boolean callsWithPaths(String line) {
        return PROGRAM_WITH_PATHS.matcher(withoutComment(line)).matches();
    }

    /** A line without its trailing comment: "sysctl a.b   # prints 1" is judged by its command, not its note. */
    private static String withoutComment(String line) {
        String bare = TRAILING_COMMENT.matcher(line).replaceAll("").strip();
        return bare.isEmpty() ? line : bare;
    }

    /**
     * Whether code is YAML: it opens with no command, and at least half its lines (comments and "..."
     * elisions aside) are keys, list items or document marks.
     */
    static boolean readsAsYaml(String code) {
        int lines = 0;
        int yaml = 0;
        for (String raw : code.split("\n")) {
            String l = raw.strip();
            if (l.isEmpty() || l.equals("...") || l.startsWith("#") && PlainLines.command(l) == null) continue;
            if (lines == 0 && PlainLines.command(l) != null) return false;
            lines++;
            if (PlainLines.isYamlLine(l)) yaml++;
        }
        return yaml * 2 >= lines;
    }

    /** A command continued over lines with trailing backslashes, as one line. */
    private static String oneLine(String cmd) {
        if (!cmd.contains("\n")) return cmd;
        return cmd.replaceAll("\\s*\\\\\\s*\n\\s*", " ").replaceAll("\\s*\n\\s*", " ").strip();
    }
}
