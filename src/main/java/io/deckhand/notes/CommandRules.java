package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A command with the line that explains it becomes two cards: "What does `cmd` do?" and "Which
 * command ...?". The explanation is a shell comment, the lowercase line right after (the notes'
 * habit: command, then "shows ..."), or the lead-in line right before ("Rollback a failed deployment").
 */
final class CommandRules {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final java.util.regex.Pattern WHITESPACE_RUN = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^\\w+:.*");

    private CommandRules() {
    }

    private static final java.util.regex.Pattern THIS_COMMAND = java.util.regex.Pattern.compile(
            "(?i)(?:the\\s+)?(?:following|this|next|below|above)\\s+(?:command|one|line)\\s+(?:will|would|can|should|does)?\\s*");
    private static final java.util.regex.Pattern CODE_ITEM = java.util.regex.Pattern.compile(
            "^`([^`]{3,160})`\\s*(?:[-–—:]|\\s)\\s*(.{8,})$");

    static void apply(RuleContext cx) {
        for (int k = 0; k < cx.size(); k++) {
            if (cx.free(k) && cx.at(k) instanceof Block.ItemList l) {
                commandItems(cx, k, l);
                continue;
            }
            if (!cx.free(k) || !(cx.at(k) instanceof Block.Code c) || !c.lang().equals("shell")) continue;
            if (c.text().contains("\n") || c.text().length() > 160) continue;
            String explanation = c.comment();
            // "# Should be Running": what to look for in the output, not what the command does.
            if (statesExpectedResult(explanation)) explanation = "";
            int used = -1;
            if (explanation.isBlank() && run(cx, k)) continue;
            if (explanation.isBlank()) {
                used = explanationIndex(cx, k);
                if (used < 0) continue;
                explanation = cx.at(used) instanceof Block.Prose ? cx.prose(used) : textOf(cx.at(used));
            }
            String cmd = Markdown.code(c.text());
            int from = used >= 0 ? Math.min(used, k) : k;
            int to = used >= 0 ? Math.max(used, k) : k;
            // What a command printed is told after it; the paragraph above tells what to run.
            if ((used < 0 || used > k) && outputFacts(cx, cmd, Inline.readable(explanation), from, to, k)) {
                cx.claim(k);
                if (used >= 0) cx.claim(used);
                continue;
            }
            // "To restore the store. First stop the server": the goal is the section's, the command is the step.
            String[] goalAndStep = goalThenStep(Inline.readable(explanation));
            boolean above = used >= 0 && used < k;
            if (goalAndStep != null) {
                explanation = goalAndStep[1];
            } else if (above) {
                // A block belongs to the prose right before it: the sentence of that paragraph that speaks of it.
                explanation = describingSentence(explanation);
                if (explanation == null) continue;
            } else {
                // A comment's "..., here's how:" points at its command too: no part of what it does.
                explanation = withoutPointers(thisCommandDoes(Inline.readable(Inline.withoutFinalStop(Inline.withoutLeadIn(firstSentence(explanation))))));
            }
            if (!usable(goalAndStep != null ? explanation + " " + goalAndStep[0] : explanation)) continue;
            // "# Should be blocked" anywhere: the outcome the state set up before makes, not what the command does
            // (an aside to the reader, ShellComments.isAside): the check it sits on gives no card.
            boolean expectation = TaskRules.isExpectation(explanation);
            if (!expectation && !describes(explanation, c.text())) continue;
            if (expectation || TaskRules.isVerification(explanation) && TaskRules.inExercise(cx.path(k))) {
                // "# Verify the claim is bound" in an exercise's solution checks a step before it: no card.
                cx.claim(k);
                if (used >= 0) cx.claim(used);
                continue;
            }
            cx.claim(k);
            if (used >= 0) cx.claim(used);
            String front = "What does " + cmd + " do?";
            boolean leansBack = refersBack(explanation);
            if (leansBack && cx.free(from - 1) && cx.at(from - 1) instanceof Block.Prose before
                    && before.text().length() <= 200 && !before.text().startsWith("http")) {
                // "can highlight problems ... during this initial step": the step is the line before.
                cx.claim(from - 1);
                front = Inline.readable(before.text()) + "\n\n" + front;
                from--;
            }
            String answer = explanation.regionMatches(true, 0, "use to ", 0, 7) ? "Used to " + explanation.substring(7)
                    : Inline.capitalise(explanation);
            if (goalAndStep != null) {
                // Asked only one way: "What does `stop` do?" would answer the step without the goal it serves.
                String step = whichCommand(explanation, false);
                if (step != null && !leansBack && !givesAway(step, c.text().strip())) {
                    cx.card(CardKind.COMMAND, step.substring(0, step.length() - 1) + " (" + goalAndStep[2] + " step to "
                            + goalAndStep[0] + ")?", withCaveat(cmd, ShellComments.caveatSentence(c.caveat())), from, to, cx.path(k));
                }
                continue;
            }
            pair(cx, c.text().strip(), cmd, explanation, saysWhatItDoes(explanation), front, answer + ".", leansBack,
                    from, to, cx.path(k), ShellComments.caveatSentence(c.caveat()));
        }
    }

    /**
     * The cards of one command and what it does: "Which command ...?" with the command as written,
     * when the explanation can be asked that way and the question does not give the command away;
     * "What does `cmd` do?" when that is the only way to ask, or the command is short enough that
     * knowing what it does is worth learning in its own right.
     */
    private static void pair(RuleContext cx, String command, String cmd, String explanation, boolean askable,
                             String whatFront, String whatBack, boolean leansBack, int from, int to, List<String> context,
                             String caveat) {
        String whichFront = askable && !leansBack ? whichCommand(explanation, false) : null;
        boolean which = whichFront != null;
        if (which && givesAway(whichFront, command)) which = false;
        // "Partially update a node" over a patch of '{"spec":{"unschedulable":true}}': the field is not asked,
        // so the command cannot be written from the question; shown the command, its purpose can be told.
        if (which && !ShellComments.namesPayload(whichFront, command)) which = false;
        boolean what = !which || teachesBothWays(command) && !givesAway(cmd, whatBack);
        boolean askWhich = which;
        boolean askWhat = what && !givesAway(whatFront, Inline.withoutFinalStop(whatBack));
        if (TaskRules.inExercise(context)) {
            // In an exercise's solution a comment says what the step does there ("SSH and place it"), not
            // what the command does anywhere; and "which command ...?" names what the step acts on.
            askWhat = false;
            askWhich = askWhich && !command.contains("<") && NamedTargets.namesAll(whichFront, List.of(command))
                    && NamedTargets.unstatedValues(whichFront, List.of(command)).isEmpty();
        }
        boolean finalWhich = askWhich;
        boolean finalWhat = askWhat;
        cx.together(() -> {
            if (finalWhich) cx.card(CardKind.COMMAND, whichFront, withCaveat(cmd, caveat), from, to, context);
            if (finalWhat) cx.card(CardKind.COMMAND, whatFront, withCaveat(whatBack, caveat), from, to, context);
        });
    }

    /** What running the command causes ("It will restart the service.") goes with the answer, after it. */
    private static String withCaveat(String back, String caveat) {
        return caveat.isEmpty() ? back : back + "\n\n" + caveat;
    }

    /** A short command without placeholders ("kubectl cordon", "kubectl label pod/x key-"): both ways teach. */
    static boolean teachesBothWays(String command) {
        String[] tokens = WHITESPACE_RUN.split(command.strip());
        long flags = java.util.Arrays.stream(tokens).filter(t -> t.startsWith("-")).count();
        return tokens.length <= 4 && flags <= 1 && !command.contains("<") && !command.contains("|") && !command.contains(";");
    }

    // Compiled once: givesAway runs for every command card.
    private static final java.util.regex.Pattern NOT_COMMAND_WORD = java.util.regex.Pattern.compile("[^a-z0-9\\-./=]+");
    private static final java.util.regex.Pattern LEADING_DASHES = java.util.regex.Pattern.compile("^-+");
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[a-z]+");

    /**
     * Whether the question holds the answer: every word of the answer past the program's name (flags
     * and placeholders aside) appears in the question as written.
     */
    static boolean givesAway(String question, String answer) {
        String q = " " + NOT_COMMAND_WORD.matcher(Inline.plain(question).toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        // The answer's words as NOT_COMMAND_WORD.split gives them, read one at a time: the first word the
        // question lacks ends the test, so a long answer is rarely split to its end.
        String a = Inline.plain(answer).replace("`", "").toLowerCase(Locale.ROOT);
        java.util.regex.Matcher separator = NOT_COMMAND_WORD.matcher(a);
        int counted = 0;
        int from = 0;
        for (int i = 0; ; i++) {
            boolean more = separator.find();
            String w = a.substring(from, more ? separator.start() : a.length());
            w = LEADING_DASHES.matcher(w).replaceFirst("");
            if (!(w.isEmpty() || w.length() < 3 && !LETTERS.matcher(w).matches())
                    && !(i == 0 && PlainLines.command(answer.replace("`", "").strip()) != null)) {
                counted++;
                if (!q.contains(" " + w + " ")) return false;
            }
            if (!more) break;
            from = separator.end();
        }
        return counted > 0;
    }

    /**
     * A list of "`kubectl cordon node1` – mark the node unschedulable" items: each a command with what
     * it does, asked both ways. The list is used up when most of its items are such commands.
     */
    private static void commandItems(RuleContext cx, int k, Block.ItemList l) {
        List<String[]> found = new ArrayList<>();
        for (Block.Item it : l.items()) {
            java.util.regex.Matcher m = CODE_ITEM.matcher(it.text().strip());
            if (!m.matches() || PlainLines.command(m.group(1).strip()) == null) continue;
            String e = Inline.readable(Inline.withoutFinalStop(Inline.withoutLeadIn(m.group(2).strip())));
            if (!describes(e, m.group(1))) continue;
            if (Inline.words(e) >= 2 && e.length() <= 300 && !e.contains("`") || Inline.words(e) >= 2 && e.length() <= 300) {
                found.add(new String[] {m.group(1).strip(), e});
            }
        }
        if (found.isEmpty() || found.size() * 2 < l.items().size()) return;
        cx.claim(k);
        for (String[] f : found) {
            String cmd = Markdown.code(f[0]);
            boolean asked = saysWhatItDoes(f[1]) || QuestionRules.isTaskVerb(PlainLines.firstToken(f[1]));
            pair(cx, f[0], cmd, f[1], asked, "What does " + cmd + " do?", Inline.capitalise(f[1]) + ".",
                    refersBack(f[1]), k, k, cx.path(k), "");
        }
    }

    private static final java.util.regex.Pattern SHOW_VERB = java.util.regex.Pattern.compile(
            "^(.{2,60}?)\\s+(shows|show|displays|lists|contains|tells|gives|prints|reports|includes)\\s+(.+)$");
    private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile(",\\s+and\\s+|;\\s+|\\.\\s+(?=[A-Z])");
    private static final java.util.regex.Pattern PREPOSITION_START = java.util.regex.Pattern.compile(
            "(?i)(on|in|at|for|with|from|by|to|of|if|when|after|before|then|and|or|but|so|as)\\b");
    private static final java.util.regex.Pattern MODAL = java.util.regex.Pattern.compile("(?i)\\b(will|can|would|should|must|may)\\b");
    private static final java.util.regex.Pattern ARTICLE_START = java.util.regex.Pattern.compile("(The|A|An) ");
    private static final java.util.regex.Pattern THIRD_PERSON = java.util.regex.Pattern.compile("[a-z]+s");
    private static final java.util.regex.Pattern SUBJECT_PRONOUN = java.util.regex.Pattern.compile(
            "(?i)^(it|this|that|which|the command|this command|command|kubectl|you|we|i|output|the output)$");

    /**
     * "Containers[].State shows the current state of containers": the line describes what the command
     * printed, not what it does, so the card asks about that part of the output. One card per clause.
     */
    private static boolean outputFacts(RuleContext cx, String cmd, String explanation, int from, int to, int k) {
        String w0 = PlainLines.firstToken(explanation);
        if (PlainLines.isImperative(w0) || PlainLines.isDescribingVerb(w0) || w0.equalsIgnoreCase("to")) return false;
        List<String[]> facts = new ArrayList<>();
        for (String clause : CLAUSES.split(explanation)) {
            java.util.regex.Matcher m = SHOW_VERB.matcher(Inline.withoutFinalStop(clause.strip()));
            if (!m.matches()) continue;
            String subject = m.group(1).strip();
            if (SUBJECT_PRONOUN.matcher(subject).matches() || subject.contains(",") || Inline.words(subject) > 7
                    || PREPOSITION_START.matcher(subject).lookingAt() || MODAL.matcher(subject).find()
                    || Inline.words(m.group(3)) < 2) {
                continue;
            }
            String verb = m.group(2).endsWith("s") ? m.group(2).substring(0, m.group(2).length() - 1) : m.group(2);
            if (verb.equals("display") || verb.equals("list") || verb.equals("print") || verb.equals("report")) {
                verb = "show";
            } else if (verb.equals("contain") || verb.equals("include")) {
                verb = "contain";
            } else {
                verb = "show";
            }
            facts.add(new String[] {ARTICLE_START.matcher(subject).lookingAt() ? lowerFirst(subject) : subject, verb, Inline.capitalise(Inline.withoutFinalStop(m.group(3))) + "."});
        }
        if (facts.isEmpty()) return false;
        for (String[] f : facts) {
            cx.card(CardKind.COMMAND, "In the output of " + cmd + ", what does " + f[0] + " " + f[1] + "?", f[2],
                    from, to, cx.path(k));
        }
        return true;
    }

    private static final java.util.regex.Pattern BACK_REFERENCE = java.util.regex.Pattern.compile(
            "(?i)\\bth(?:is|ese|ose)\\s+\\w|\\b(?:above|below|aforementioned)\\b|^(?:\\S+\\s+){0,2}(?:it|them)\\b");

    private static final java.util.regex.Pattern SIDE_REMARK = java.util.regex.Pattern.compile(
            "(?i),\\s+(can|may|could|also|see|use|e\\.g\\.?|ex\\b|for example|i\\.e\\.?|helpful|useful|note)\\b");
    private static final java.util.regex.Pattern DEMONSTRATIVE_SUBJECT = java.util.regex.Pattern.compile(
            "(?i)\\b(this|these|those)\\s+(is|are|was|were|will|won't|can|does|doesn't|one|ones)\\b");

    /** Leans on something said before ("this initial step", "bind it to ..."). */
    static boolean refersBack(String explanation) {
        return BACK_REFERENCE.matcher(explanation).find() && !DEMONSTRATIVE_SUBJECT.matcher(explanation).find();
    }

    /** "Which command shows ...?" / "Which command do you use to ...?" from what the command does. */
    static String whichCommand(String explanation, boolean plural) {
        String e = explanation.strip();
        // "mark node(s) unschedulable, can use selector": the side remark is no part of the question, nor is
        // "to list pods elsewhere, use the --namespace flag": the how is the answer.
        java.util.regex.Matcher aside = SIDE_REMARK.matcher(e);
        if (aside.find() && Inline.words(e.substring(0, aside.start())) >= 3) e = e.substring(0, aside.start());
        String l = e.toLowerCase(Locale.ROOT);
        String which = plural ? "Which commands" : "Which command";
        for (String use : new String[] {"use to ", "used to ", "to "}) {
            if (l.startsWith(use)) return toPhrase(which, lowerFirst(e.substring(use.length())));
        }
        String w0 = PlainLines.firstToken(e);
        if (w0.equalsIgnoreCase("use") && Inline.words(e) > 2) return which + " uses " + e.substring(4).strip() + "?";
        String lw = w0.toLowerCase(Locale.ROOT);
        // "this gate opens", "if it fails": no verb opens the line, so no question can be made of it.
        if (!lw.equals("can") && NOT_A_VERB.contains(lw.replaceAll("[^a-z']", ""))) return null;
        // "GKE's equivalent binds ...", "coreDNS also has ...": a possessive or a capital inside a word makes a name, not a verb.
        String word = w0.replaceAll("[^\\p{L}'’]", "");
        if (word.contains("'") || word.contains("’") || word.length() > 1 && !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        boolean thirdPerson = PlainLines.isDescribingVerb(w0) && (lw.endsWith("s") || lw.equals("can"))
                || lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss") && Character.isLetter(lw.charAt(0));
        if (!thirdPerson) return toPhrase(which, lowerFirst(e));
        String verb = lowerFirst(e);
        if (plural && PlainLines.isDescribingVerb(w0) && w0.endsWith("s") && !w0.endsWith("ss")) {
            verb = w0.toLowerCase(Locale.ROOT).substring(0, w0.length() - 1) + e.substring(w0.length());
        }
        return which + " " + verb + "?";
    }

    /**
     * "... do you use to X?" reads only when X is an instruction, i.e. opens with a verb in its base
     * form; prose such as "should an update fail" or "then when we create it" gives no question (null).
     */
    private static String toPhrase(String which, String x) {
        return opensWithBaseVerb(x) ? which + " do you use to " + x + "?" : null;
    }

    /**
     * Words of closed classes (modals and auxiliaries, conjunctions, subordinators, pronouns,
     * determiners, sentence adverbs, prepositions): none of them is a verb in its base form.
     */
    private static final java.util.Set<String> NOT_A_VERB = java.util.Set.of(
            "can", "could", "may", "might", "must", "shall", "should", "will", "would", "is", "are", "was",
            "were", "be", "been", "being", "am", "does", "did", "has", "have", "had", "and", "or", "but", "nor",
            "so", "yet", "if", "when", "whenever", "while", "because", "since", "although", "though", "unless",
            "until", "once", "after", "before", "where", "whereas", "whether", "that", "which", "who", "whom",
            "whose", "what", "how", "why", "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us",
            "them", "this", "these", "those", "there", "here", "its", "their", "our", "your", "my", "his",
            "the", "a", "an", "some", "any", "each", "every", "all", "no", "not", "then", "now", "also", "just",
            "still", "already", "first", "next", "finally", "only", "even", "of", "in", "on", "at", "by",
            "for", "with", "without", "from", "into", "onto", "about", "over", "under", "up", "down", "out",
            "off", "through", "via", "per", "as", "than", "to", "many", "most", "several", "few", "both", "either",
            "neither", "other", "such", "more", "much");

    /** Whether X opens with a verb that can follow "to": a word, not a closed-class one nor a participle. */
    static boolean opensWithBaseVerb(String x) {
        String w = PlainLines.firstToken(x.strip()).toLowerCase(Locale.ROOT).replaceAll("[^a-z'\\-]", "");
        if (w.isEmpty() || w.contains("'") || NOT_A_VERB.contains(w)) return false;
        // "running", "created": a participle, not an instruction.
        if (w.length() > 5 && w.endsWith("ing")) return false;
        if (w.length() > 5 && w.endsWith("ed") && !w.endsWith("eed")) return false;
        return PlainLines.isImperative(w) || !subjectOfCopula(x);
    }

    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "are", "was", "were");
    private static final int MAX_SUBJECT_WORDS = 4;

    /**
     * "Helm CLI commands are the imperative approach": a few words and then "is"/"are" make the opening
     * words the subject of a statement, not a verb and its object. An instruction whose object is a
     * clause ("make sure the pod is ready") has a closed-class word before the copula.
     */
    static boolean subjectOfCopula(String x) {
        String[] w = WHITESPACE_RUN.split(Inline.plain(x).strip().toLowerCase(Locale.ROOT));
        for (int i = 1; i < w.length && i <= MAX_SUBJECT_WORDS; i++) {
            String word = w[i].replaceAll("[^a-z']", "");
            if (COPULAS.contains(word)) return true;
            // "ensure the service is up": the copula's subject comes after a determiner, inside the object.
            if (NOT_A_VERB.contains(word)) return false;
        }
        return false;
    }

    /**
     * A lead-in line over several commands in a row ("Find namespace scoped APIs or cluster wide APIs"
     * then two commands) is one card with all of them as the answer.
     */
    private static boolean run(RuleContext cx, int k) {
        if (!(cx.free(k - 1) && cx.at(k - 1) instanceof Block.Prose p && leadsIn(p.text()))) return false;
        if (startsLower(cx.at(k + 1))) return false;
        int end = k;
        // A blank line ends the run: the commands after it are no longer what the lead-in speaks of.
        while (cx.free(end + 1) && cx.at(end + 1) instanceof Block.Code n && n.lang().equals("shell")
                && n.comment().isBlank() && !n.text().contains("\n") && !startsLower(cx.at(end + 2))
                && n.first() <= cx.at(end).last() + 1) {
            end++;
        }
        if (end == k) return false;
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
        for (int j = k; j <= end; j++) distinct.add(((Block.Code) cx.at(j)).text().strip());
        if (distinct.size() < 2) return false;
        String lead = describingSentence(p.text());
        if (lead == null || !usable(lead)) return false;
        String front = whichCommand(lead, true);
        if (front == null) return false;
        StringBuilder code = new StringBuilder();
        for (String d : distinct) code.append(d).append('\n');
        StringBuilder caveats = new StringBuilder();
        for (int j = k; j <= end; j++) {
            cx.claim(j);
            String caveat = ShellComments.caveatSentence(((Block.Code) cx.at(j)).caveat());
            if (!caveat.isEmpty()) caveats.append(caveats.isEmpty() ? "" : " ").append(caveat);
        }
        cx.claim(k - 1);
        cx.card(CardKind.COMMAND, front, withCaveat(Markdown.fence("shell", code.toString()), caveats.toString()),
                k - 1, end, cx.path(k));
        return true;
    }

    /**
     * "Should be active (running)", "You will see 2/3 ready", "Expected output: ...": a line after a
     * command that says what it should print is its expected result, not what the command does.
     */
    private static final java.util.regex.Pattern EXPECTED_RESULT = java.util.regex.Pattern.compile(
            "(?i)^(?:expected|output|result)\\b.*|^(?:\\S+\\s+){0,4}?(?:should|will|must)\\s+(?:now\\s+)?"
                    + "(?:be|show|see|return|print|list|display|contain|have|appear|report)\\b.*|^you(?:'ll|\\s+will|\\s+should)\\s+see\\b.*");

    static boolean statesExpectedResult(String line) {
        return EXPECTED_RESULT.matcher(Inline.plain(line).strip()).matches();
    }

    private static int explanationIndex(RuleContext cx, int k) {
        int found = explanationCandidate(cx, k);
        // What the command should print is no answer to what it does.
        if (found == k + 1 && statesExpectedResult(textOf(cx.at(found)) == null ? "" : textOf(cx.at(found)))) return -1;
        return found;
    }

    private static int explanationCandidate(RuleContext cx, int k) {
        // "3. Update the file to use the claim:", "Second way is `kubectl scale`" then its command: the line
        // after this command introduces the next one, it does not explain this one.
        if (introducesNext(cx, k + 1)) {
            Block before = cx.at(k - 1);
            return cx.free(k - 1) && before instanceof Block.Prose p && leadsIn(p.text()) && !introducesNext(cx, k - 1) ? k - 1 : -1;
        }
        Block after = cx.at(k + 1);
        if (cx.free(k + 1) && startsLower(after)) return k + 1;
        // "kubectl drain" then "- Prepare node for maintenance ...": a dash line under a command explains it.
        if (cx.free(k + 1) && after instanceof Block.ItemList l && l.items().size() == 1) return k + 1;
        Block before = cx.at(k - 1);
        if (cx.free(k - 1) && before instanceof Block.Prose p && leadsIn(p.text())
                && !(cx.at(k - 2) instanceof Block.Code prev && prev.lang().equals("shell") && !p.text().endsWith(":")
                        && speaksOf(p.text(), prev.text()) && !speaksOf(p.text(), ((Block.Code) cx.at(k)).text()))) {
            return k - 1;
        }
        // "kubectl logs web --previous" / "Show the logs of the previous container" / "kubectl delete ...": a line
        // between two commands that speaks of the one above and not of the one below describes the one above.
        if (cx.free(k + 1) && after instanceof Block.Prose between && !between.text().endsWith(":")
                && cx.at(k + 2) instanceof Block.Code next && next.lang().equals("shell")
                && speaksOf(between.text(), ((Block.Code) cx.at(k)).text()) && !speaksOf(between.text(), next.text())) {
            return k + 1;
        }
        // "Shows the logs of the last crashed container": says what the command above does.
        if (cx.free(k + 1) && after instanceof Block.Prose p0 && PlainLines.isDescribingVerb(PlainLines.firstToken(p0.text()))
                && PlainLines.firstToken(p0.text()).endsWith("s") && !p0.text().endsWith("?") && !p0.text().endsWith(":")) {
            return k + 1;
        }
        // "The Events section at the bottom shows ...": a line about the output just printed.
        if (cx.free(k + 1) && after instanceof Block.Prose p1 && !p1.text().endsWith(":")
                && SHOW_VERB.matcher(p1.text()).matches() && !PlainLines.isImperative(PlainLines.firstToken(p1.text()))) {
            return k + 1;
        }
        // A capitalised line after, when it is not the lead-in of the next command.
        boolean inRun = cx.at(k - 1) instanceof Block.Code prev && prev.lang().equals("shell");
        if (!inRun && cx.free(k + 1) && after instanceof Block.Prose p && !(cx.at(k + 2) instanceof Block.Code)
                && PlainLines.isTitleCase(p.text()) == false && Inline.words(p.text()) <= 12
                && !p.text().endsWith("?")) {
            return k + 1;
        }
        return -1;
    }

    private static final java.util.regex.Pattern COMMAND_WORD = java.util.regex.Pattern.compile("[a-z][a-z-]{3,}");

    /**
     * Whether the line says one of the command's own words past its program ("logs", "previous" of
     * "kubectl logs web --previous"; four letters or more, so a short name or switch counts for nothing).
     */
    static boolean speaksOf(String line, String command) {
        String l = " " + Inline.plain(line).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ") + " ";
        String[] tokens = command.strip().split("\\s+", 2);
        if (tokens.length < 2) return false;
        java.util.regex.Matcher w = COMMAND_WORD.matcher(tokens[1].toLowerCase(Locale.ROOT));
        while (w.find()) {
            String word = w.group().replaceAll("^-+|-+$", "");
            if (word.length() >= 4 && l.contains(" " + word)) return true;
        }
        return false;
    }

    /**
     * The line at {@code j} introduces what follows it: a line of its own that ends in a colon, or a command follows it that
     * it names ("the second way is `kubectl scale`" over {@code kubectl scale --replicas=6 ...}).
     */
    static boolean introducesNext(RuleContext cx, int j) {
        String t = textOf(cx.at(j));
        if (t == null) return false;
        // "another way of getting ... the fields to watch:" goes on from the command's line; a new line does not.
        if (t.strip().endsWith(":") && !startsLower(cx.at(j))) return true;
        if (!(cx.at(j + 1) instanceof Block.Code next) || !next.lang().equals("shell")) return false;
        String[] following = commandWords(next.text());
        java.util.regex.Matcher m = CODE_SPAN.matcher(t);
        while (m.find()) {
            // Named in prose a command needs no flags to be one: it is the program and sub-command that follows.
            String[] named = WHITESPACE_RUN.split(m.group(1).strip());
            if (named.length >= 2 && following.length >= 2 && named[0].equals(following[0]) && named[1].equals(following[1])) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern CODE_SPAN = java.util.regex.Pattern.compile("`([^`]+)`");

    /** The program and its sub-command ("kubectl", "scale"), when the text is a command; else none. */
    private static String[] commandWords(String text) {
        String line = text.strip().split("\n", 2)[0].strip();
        if (line.startsWith("$ ")) line = line.substring(2).strip();
        if (PlainLines.command(line) == null) return new String[0];
        String[] w = WHITESPACE_RUN.split(line);
        return w.length >= 2 ? new String[] {w[0], w[1]} : new String[] {w[0]};
    }

    private static boolean startsLower(Block b) {
        String t = textOf(b);
        return t != null && !t.isEmpty() && Character.isLowerCase(t.charAt(0))
                && (b instanceof Block.Prose || b instanceof Block.ItemList l && l.items().size() == 1);
    }

    /** The line before a command says what it does: an imperative or a lead-in ending in "use"/"-"/":". */
    private static boolean leadsIn(String t) {
        String l = t.toLowerCase(Locale.ROOT).strip();
        if (l.startsWith("note") || l.startsWith("ps:") || l.endsWith("?") || l.contains("following")) return false;
        if (l.endsWith(" use") || l.endsWith(", use") || l.endsWith(" -") || l.endsWith(":")) return true;
        return PlainLines.isImperative(PlainLines.firstToken(l));
    }

    private static String textOf(Block b) {
        if (b instanceof Block.Prose p) return p.text();
        if (b instanceof Block.ItemList l && l.items().size() == 1) return l.items().get(0).text();
        return null;
    }

    private static boolean usable(String e) {
        String l = e.toLowerCase(Locale.ROOT);
        if (Inline.words(e) < 4 || e.length() > 300 || l.startsWith("example") || l.startsWith("i ")) return false;
        if (l.startsWith("or ") || l.startsWith("or,") || l.startsWith("and ") || l.startsWith("but ")) return false;
        if (l.contains(" i ") || l.contains("?") || l.contains(" --") || LABEL.matcher(e).matches()) return false;
        int numbers = 0;
        for (String tok : PlainLines.words(e)) if (tok.chars().anyMatch(Character::isDigit)) numbers++;
        return numbers <= 2;
    }

    /** Starts with what the command does ("shows ...", "to delete ...", "Rollback ..."), so it can be asked back. */
    private static boolean saysWhatItDoes(String e) {
        String w0 = PlainLines.firstToken(e);
        return PlainLines.isImperative(w0) || PlainLines.isDescribingVerb(w0) || w0.equalsIgnoreCase("to")
                || THIRD_PERSON.matcher(w0).matches() && Character.isLowerCase(e.charAt(0));
    }

    /** "When you deploy you'll add a flag", "If it fails, ...": the clause sets a scene, it says nothing the command does. */
    private static final java.util.regex.Pattern SCENE_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)^(?:when|whenever|if|once|after|before|while|because|since|although|though|unless|until|whether)\\b");
    /** The words that only say to run a command ("run `x` to ..."), not what it does. */
    private static final java.util.Set<String> RUN_WORDS = java.util.Set.of("run", "use", "execute", "type", "enter",
            "the", "a", "this", "command", "to", "and", "then", "with", "now", "just", "simply", "you", "can");

    /**
     * Whether the line says what the command does: not a clause that sets the scene ("When you deploy
     * ..."), and not the command itself with a word or two around it ("Run 'kubectl get nodes' to verify").
     */
    static boolean describes(String explanation, String command) {
        String e = Inline.plain(explanation).strip();
        if (SCENE_CLAUSE.matcher(e).lookingAt()) return false;
        String c = command.strip();
        if (c.startsWith("$ ")) c = c.substring(2).strip();
        // "(run as a normal user)", "Test if it works": a note to the reader beside the command, not what it does.
        if (ShellComments.isAside(explanation, c)) return false;
        // "`tool 1 flags` is the most useful one here": a line whose subject is another command speaks of that one.
        java.util.regex.Matcher subject = LEADING_SPAN.matcher(explanation.strip());
        if (subject.lookingAt() && namesAnotherCommand(subject.group(1).strip(), c)) return false;
        // "kubectl get cs #deprecated": a word opening with # starts a shell comment, no part of the command.
        c = SHELL_COMMENT.matcher(c).replaceFirst("").strip();
        String flatE = SPACE_RUN.matcher(QUOTE_MARKS.matcher(e).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
        String flatC = SPACE_RUN.matcher(QUOTE_MARKS.matcher(c).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
        int at = flatC.isEmpty() ? -1 : flatE.indexOf(flatC);
        if (at < 0) return true;
        String rest = flatE.substring(0, at) + " " + flatE.substring(at + flatC.length());
        int said = 0;
        for (String w : rest.split("[^a-z0-9]+")) if (!w.isEmpty() && !RUN_WORDS.contains(w)) said++;
        return said >= 2;
    }

    private static final java.util.regex.Pattern LEADING_SPAN = java.util.regex.Pattern.compile("`([^`]+)`");

    /** The span is a command of the same program whose words are not the opening words of this one. */
    static boolean namesAnotherCommand(String span, String command) {
        String[] named = WHITESPACE_RUN.split(span);
        String[] own = WHITESPACE_RUN.split(command);
        if (named.length < 2 || !named[0].equals(own[0])) return false;
        for (int i = 1; i < named.length && i < own.length; i++) {
            if (!named[i].equals(own[i])) return true;
        }
        return named.length > own.length;
    }

    private static final java.util.regex.Pattern SHELL_COMMENT = java.util.regex.Pattern.compile("(?:^|\\s)#.*$");
    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[`'\"]");
    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile("(?i)^to\\s+(.+?)\\.?$");
    private static final java.util.regex.Pattern FIRST_STEP = java.util.regex.Pattern.compile(
            "(?i)^(first(?:ly)?|then|next|now|finally|after that),?\\s+(.+?)\\.?$");

    /**
     * "To restore the store from a backup. First stop the server": a goal in a sentence of its own, then
     * the step the command takes towards it. Returns {goal, step, "first"/"a"}, or null when the line is
     * not written that way.
     */
    static String[] goalThenStep(String text) {
        List<String> sentences = Sentences.of(Inline.plain(text).strip());
        if (sentences.size() != 2) return null;
        java.util.regex.Matcher goal = PURPOSE.matcher(sentences.get(0).strip());
        java.util.regex.Matcher step = FIRST_STEP.matcher(sentences.get(1).strip());
        if (!goal.matches() || !step.matches() || !opensWithBaseVerb(step.group(2))) return null;
        if (Inline.words(goal.group(1)) < 2) return null;
        boolean first = step.group(1).toLowerCase(Locale.ROOT).startsWith("first");
        return new String[] {Inline.withoutFinalStop(goal.group(1).strip()), step.group(2).strip(), first ? "first" : "a"};
    }

    /**
     * "Ingress controllers are deployed as a workload", "values can be declared with --set": a subject and then
     * its verb, a statement about something rather than an instruction or what a command does.
     */
    static boolean statesAFact(String sentence) {
        String e = FRAME.matcher(Inline.plain(sentence).strip()).replaceFirst("");
        if (e.isEmpty() || PlainLines.isImperative(PlainLines.firstToken(e)) || PlainLines.isDescribingVerb(PlainLines.firstToken(e))
                || e.regionMatches(true, 0, "to ", 0, 3)) {
            return false;
        }
        String[] w = WHITESPACE_RUN.split(e.toLowerCase(Locale.ROOT));
        // "It has two modes:", "These contain symlinks:": a pronoun that is not the reader is a statement's subject.
        if (w.length > 1 && THIRD_PERSON_SUBJECTS.contains(w[0].replaceAll("[^a-z]", ""))) return true;
        if (NOT_A_VERB.contains(w[0].replaceAll("[^a-z']", "")) && !w[0].startsWith("the") && !w[0].equals("a")
                && !w[0].equals("an")) {
            return false;
        }
        for (int i = 1; i < w.length && i <= MAX_SUBJECT_WORDS; i++) {
            String word = w[i].replaceAll("[^a-z']", "");
            if (COPULAS.contains(word) || MODALS.contains(word) || HAVE_DO.contains(word)) return true;
            // "CoreDNS also has": an adverb between a subject and its verb.
            if (ADVERBS.contains(word)) continue;
            if (NOT_A_VERB.contains(word)) return false;
        }
        return false;
    }

    private static final java.util.Set<String> HAVE_DO = java.util.Set.of("has", "have", "had", "does", "did");
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("also", "still", "already", "only", "just", "now", "then");

    /**
     * What the paragraph right above a command says it does, or null when it does not say: the sentence
     * next to the command when it leads in to it ("... Check it with:"), the instruction before that lead-in
     * when the lead-in leans on it ("Install kubeadm 1.19. This sets the version:"), else the sentence the
     * paragraph opens with ("List labels. By default they are hidden"). A statement about something else
     * ("Controllers are deployed as a workload:", "values can be set with --set, such as:") leads in to an
     * example of what it states, not to what the command does; of several sentences, only an instruction
     * or a purpose speaks of the command.
     */
    static String describingSentence(String paragraph) {
        List<String> all = Sentences.of(paragraph.strip());
        if (all.isEmpty()) return null;
        List<String> candidates = new ArrayList<>();
        String last = all.get(all.size() - 1).strip();
        if (all.size() == 1 || leadsInToNext(last)) candidates.add(last);
        // "Install kubeadm 1.19. This sets the version it deploys:": the lead-in leans on the instruction before it.
        if (all.size() >= 2 && (candidates.isEmpty() || refersBack(last) || statesAFact(last))) {
            candidates.add(all.get(candidates.isEmpty() ? 0 : all.size() - 2));
        }
        for (String candidate : candidates) {
            String e = thisCommandDoes(Inline.readable(Inline.withoutFinalStop(Inline.withoutLeadIn(candidate))));
            // "... apply them by executing (from the base folder):": the words that point at the block are no part of it.
            e = withoutPointers(e);
            e = Inline.capitalise(FRAME.matcher(e).replaceFirst(""));
            if (!statesAFact(e) && !refersBack(e) && instructs(e)) return e;
        }
        return null;
    }

    private static final String POINTERS = String.join("|", Vocabulary.load("block-pointers.txt"));
    private static final java.util.regex.Pattern POINTER = java.util.regex.Pattern.compile(
            "(?i)[,\\s]+(?:" + POINTERS + ")(?:\\s*\\([^)]*\\))?[\\s:.]*$");
    /** The sentence without the words that point at the block ("... by running", "Here's how to ..."). */
    private static String withoutPointers(String sentence) {
        String e = POINTER_OPENER.matcher(POINTER.matcher(sentence).replaceFirst("")).replaceFirst("");
        return e.isEmpty() || e.equals(sentence) ? sentence : Inline.capitalise(e);
    }

    /** "Here's how to roll back": the pointer frames the purpose after it, "to roll back". */
    private static final java.util.regex.Pattern POINTER_OPENER = java.util.regex.Pattern.compile(
            "(?i)^(?:" + POINTERS + "),?\\s+(?=to\\s)");

    /** "The following command will get the numbers": what it does starts at "get". */
    private static String thisCommandDoes(String explanation) {
        java.util.regex.Matcher self = THIS_COMMAND.matcher(explanation);
        if (self.lookingAt() && Inline.words(explanation.substring(self.end())) >= 2) return explanation.substring(self.end());
        return explanation;
    }

    private static boolean leadsInToNext(String sentence) {
        String l = sentence.toLowerCase(Locale.ROOT);
        return l.endsWith(":") || l.endsWith(" use") || l.endsWith(" using") || l.endsWith(" with") || l.endsWith(" -");
    }

    /** "Create the pod", "To scale it", "You can list them": an instruction or a purpose, not a statement. */
    static boolean instructs(String sentence) {
        String e = FRAME.matcher(Inline.plain(sentence).strip()).replaceFirst("");
        String w0 = PlainLines.firstToken(e);
        if (PlainLines.isImperative(w0) || Vocabulary.isCommandVerb(w0) || e.regionMatches(true, 0, "to ", 0, 3)) return true;
        if (PlainLines.isDescribingVerb(w0) && !COPULAS.contains(w0.toLowerCase(Locale.ROOT)) && !MODALS.contains(w0.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "Initialise the master node", "Match the archive to ...": a verb and then its object's determiner.
        String[] w = WHITESPACE_RUN.split(e.toLowerCase(Locale.ROOT));
        if (w.length >= 2 && VERB_SHAPE.matcher(w0).matches() && !NOT_A_VERB.contains(w[0]) && OBJECT_OPENERS.contains(w[1])) {
            return true;
        }
        return YOU_CAN.matcher(e).lookingAt() && opensWithBaseVerb(e.substring(YOU_CAN.matcher(e).results().findFirst().get().end()));
    }

    private static final java.util.regex.Pattern YOU_CAN = java.util.regex.Pattern.compile(
            "(?i)(?:you|we)\\s+(?:can|could|should|may|might|must|need\\s+to|have\\s+to)\\s+(?:also\\s+)?");
    /** "First, ", "To begin, ", "Alternatively, ": a word or two set off by a comma frames the clause after it. */
    private static final java.util.regex.Pattern FRAME = java.util.regex.Pattern.compile("^(?:[A-Za-z]+|[Tt]o [a-z]+),\\s+");

    /** One lowercase word, not a participle nor a third person: the shape of an instruction's verb. */
    private static final java.util.regex.Pattern VERB_SHAPE = java.util.regex.Pattern.compile(
            "(?i)[a-z]+(?<!ing)(?<![^e]ed)(?<![^s]s)");
    private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of("the", "a", "an", "all", "every", "each",
            "your", "its", "their", "any", "some", "our", "my", "one", "both");
    private static final java.util.Set<String> THIRD_PERSON_SUBJECTS = java.util.Set.of("it", "this", "these", "those",
            "they", "there", "that", "he", "she");
    private static final java.util.Set<String> MODALS = java.util.Set.of("can", "could", "will", "would", "should", "may",
            "might", "must");

    private static String firstSentence(String s) {
        int stop = s.indexOf(". ");
        while (stop > 0 && Sentences.abbreviationBefore(s, stop)) stop = s.indexOf(". ", stop + 2);
        return stop > 0 ? s.substring(0, stop + 1) : s;
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
