package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists: a card to name the items (or recall the statements, or the steps in order) and a definition
 * for each item that defines its term.
 */
final class ListRules {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final int MAX_NAMED_ITEMS = 8;
    private static final int MAX_ITEM_CHARS = 70;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.\\-–—]+$");

    private ListRules() {
    }

    /**
     * "Reclaim policies:" over lines "Retain - keep the volume ..." (a list whose markers were lost, or
     * never written): the lines are a list introduced by the line, with a definition for each.
     */
    static boolean definitionRun(RuleContext cx, int k, String text) {
        if (!(text.endsWith(":") || text.endsWith(" -")) || Inline.words(text) > 10) return false;
        List<Block.Item> items = new ArrayList<>();
        int end = k;
        while (cx.free(end + 1) && cx.at(end + 1) instanceof Block.Prose p && FactRules.definition(p.text()) != null) {
            end++;
            items.add(new Block.Item(p.text(), p.first(), p.last()));
        }
        if (items.size() < 2) return false;
        cx.claim(k);
        list(cx, k + 1, end, k, new Block.ItemList(items, false, items.get(0).first(), items.get(items.size() - 1).last()));
        return true;
    }

    private static final Pattern IS_DEF = Pattern.compile(
            "^(`[^`]{1,40}`|\\*\\*[^*]{1,40}\\*\\*|[A-Za-z][\\w\\-./]*(?:\\s[A-Za-z][\\w\\-./]*){0,2})\\s+(is|are)\\s+"
                    + "((?:a|an|the|what|one|where|how)\\s.+)$");
    /** "`port`: the port ...", "Dynamic webhooks: call out to ..." (a label of up to three words before a colon). */
    private static final Pattern COLON_DEF = Pattern.compile(
            "^(`[^`]{1,60}`|[A-Za-z][\\w\\-.]{2,60}(?:\\s[A-Za-z][\\w\\-.]*){0,2})\\s*:\\s+(.+)$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(the|a|an)\\s+(?=\\S)");
    private static final Pattern WHOLLY_BOLD = Pattern.compile("^\\*\\*([^*]+)\\*\\*$");
    private static final Pattern SAME_AS_BEFORE = Pattern.compile("(?i)^(the same|same|same as above|likewise)\\b[,;]?\\s*(.*)$");
    private static final int MAX_STATEMENT_CHARS = 300;
    /** "a piece of storage ...", "the smallest unit ...", "used to ...": a point that says what its heading is. */
    private static final Pattern DESCRIBING_POINT = Pattern.compile("(a|an|the|one|used (to|for)|way to|set of|kind of)\\s");

    /**
     * A list item that defines its term: the usual forms, and in lists also "`port` is the port ..."
     * and "requiredDuringScheduling...: a hard rule" (one token or code before the colon).
     */
    static String[] itemDefinition(String text) {
        String[] def = FactRules.definition(text);
        if (def != null) {
            // "**Define:** a ledger is the file ...": the text defines a term of its own; the label only says so.
            String[] inner = ownDefinition(def[1]);
            return inner != null && !Names.same(inner[0], def[0]) ? inner : def;
        }
        String t = text.strip();
        Matcher m = IS_DEF.matcher(t);
        if (m.matches()) {
            // "The CNI is a specification ...": the article is not part of the name.
            String term = LEADING_ARTICLE.matcher(Inline.plain(m.group(1)).strip()).replaceFirst("");
            if (!term.isEmpty() && !FactRules.NOT_A_TERM.matcher(term).lookingAt() && !Vocabulary.isSectionLabel(term) && !term.equalsIgnoreCase("it") && !term.equalsIgnoreCase("this")
                    && !term.equalsIgnoreCase("there")) {
                return new String[] {term, Inline.capitalise(m.group(3))};
            }
        }
        m = COLON_DEF.matcher(t);
        if (m.matches() && Inline.words(m.group(2)) >= 3 && !PlainLines.isDataLine(t.replace("`", ""))
                || m.matches() && m.group(1).startsWith("`") && Inline.words(m.group(2)) >= 2) {
            String term = Inline.plain(m.group(1)).strip();
            if (!FactRules.NOT_A_TERM.matcher(term).lookingAt() && !PlainLines.isImperative(term) && !Vocabulary.isSectionLabel(term)) {
                return new String[] {term, m.group(2).strip()};
            }
        }
        return null;
    }

    /** "a ledger is the file ...", "`kubeadm` is a tool ...": {term, what it is} when the text says it of a name. */
    private static String[] ownDefinition(String text) {
        Matcher m = IS_DEF.matcher(text.strip());
        if (!m.matches()) return null;
        String term = LEADING_ARTICLE.matcher(Inline.plain(m.group(1)).strip()).replaceFirst("");
        if (term.isEmpty() || FactRules.NOT_A_TERM.matcher(term).lookingAt() || Vocabulary.isSectionLabel(term)
                || PRONOUN_TERM.matcher(term).matches() || !FactRules.looksLikeTerm(term)) {
            return null;
        }
        return new String[] {term, Inline.capitalise(m.group(3))};
    }

    private static final Pattern PRONOUN_TERM = Pattern.compile("(?i)(it|this|that|there|these|those|they|he|she|we|you)");

    private static final Pattern BOLD_LABEL = Pattern.compile("^\\*\\*([^*`]+?)\\*\\*\\s*[:\\-–—]");
    private static final Pattern READS_AS_DEFINITION = Pattern.compile("(?i)^(?:a|an|the|is|are|one)\\s");
    private static final Pattern ORDINARY_WORD = Pattern.compile("\\p{Lu}?\\p{Ll}+");

    /**
     * "**Focus**: speed over safety" under a heading: the bold label names a part of the heading's
     * topic, not a term, when it is ordinary words (no code, no acronym or inner capitals, not written
     * capitalised as a name in its own text) and its text does not define it ("a ...", "is ...", "restarts ...").
     * Asked as a term ("What is Focus?") the card has no answer, so no definition card is made of it.
     */
    static boolean isGenericLabel(String itemText, String term, String text) {
        Matcher m = BOLD_LABEL.matcher(itemText.strip());
        if (!m.find() || !Inline.plain(m.group(1)).strip().equals(term.strip())) return false;
        String[] words = SPACES.split(term.strip());
        // "**default**:", "**min**:": a label written all in lower case is a key or field name, not a part's title.
        if (!Character.isUpperCase(words[0].charAt(0))) return false;
        for (String w : words) {
            if (!ORDINARY_WORD.matcher(w).matches()) return false;
        }
        String body = Inline.plain(text).strip();
        if (READS_AS_DEFINITION.matcher(body).lookingAt()) return false;
        // "restarts the container ...": says what the labelled thing does, which defines it too.
        String w0 = PlainLines.letters(PlainLines.firstToken(body));
        if (FactRules.question(term, text).startsWith("What do")
                || w0.length() > 3 && w0.endsWith("s") && !w0.endsWith("ss") && w0.equals(w0.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // Written with its capitals inside its own sentence ("... uses Istio ..."): a name.
        return body.indexOf(term.strip(), 1) < 0;
    }

    /**
     * "**Secure Setup**: the server listens only on ...": a label of several ordinary words that the note
     * uses nowhere but as this label, over a clause about something else ("the server listens ...", "each
     * replica gets ...", "changes don't ..."), is a part of its topic, not a name. Asked "What is Secure
     * Setup?" that claim about the topic has no answer; a text that glosses the label ("a ...", "the
     * signals you collect ...") or says what it does ("restarts ...") keeps it.
     */
    static boolean unnamedLabel(RuleContext cx, String term, String text) {
        String t = Names.bare(term);
        if (Inline.words(t) < 2 || Names.byItsSpelling(t) || cx.isName(t, 2)) return false;
        String body = Inline.plain(text).strip();
        // "The control plane is ...": a text that says the label again is about it.
        return isClause(body) && !Names.says(body, t);
    }

    /**
     * Whether the text opens with a clause of its own rather than a noun phrase glossing a label: a
     * pronoun or quantifier subject ("it ...", "each replica ..."), or a verb such as "is" or "don't" among
     * its first words before any relative word or comma ("The course is ...", "Changes don't ..."), or an
     * instruction to the reader ("give yourself ...").
     */
    static boolean isClause(String body) {
        if (PRONOUN_SUBJECT.matcher(body).lookingAt() || IMPERATIVE.matcher(body).lookingAt()) return true;
        // "A common pattern is ...": an indefinite noun phrase first reads as a gloss.
        if (GLOSS_ARTICLE.matcher(body).lookingAt()) return false;
        String[] words = SPACES.split(body, 6);
        for (int i = 1; i < Math.min(words.length, 5); i++) {
            String w = words[i - 1];
            if (w.endsWith(",") || w.endsWith(":") || w.endsWith(";") || RELATIVE.matcher(w).matches()) return false;
            if (AUXILIARY.matcher(words[i]).matches()) return true;
            // "the launcher stands ...": after a determiner and a singular noun, an -s word is the verb.
            if (i >= 2 && DETERMINER.matcher(words[0]).matches() && endsInS(words[i]) && !endsInS(w)
                    && !DETERMINER.matcher(w).matches()) return true;
        }
        return false;
    }

    private static boolean endsInS(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    private static final Pattern DETERMINER = Pattern.compile("(?i)the|this|that|these|those|its|their|your|our");

    /** "It ...", "Each replica ...", "Many teams ...": a subject that is no gloss of anything. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "(?i)(?:it|they|we|you|there|many|most|some|all|each|every|no|several|few)\\s");
    /** "Give yourself 45 minutes", "Keep your ...": a verb's bare form, then whom it addresses. */
    private static final Pattern IMPERATIVE = Pattern.compile("(?i)\\p{L}+(?<![sd]|ing)\\s+(?:yourself|yourselves|your|you|them|us)\\b");
    private static final Pattern GLOSS_ARTICLE = Pattern.compile("(?i)(?:a|an|one)\\s");
    private static final Pattern RELATIVE = Pattern.compile("(?i)that|which|who|whose|where|when|to|for|of|with|in|on");
    private static final Pattern AUXILIARY = Pattern.compile(
            "(?i)(?:is|are|was|were|has|have|had|can|cannot|can't|will|won't|must|should|may|might|does|do|did|"
            + "don't|doesn't|isn't|aren't|wasn't|weren't)[,.;:]?");

    static void list(RuleContext cx, int k, Block.ItemList l) {
        list(cx, k, k, k - 1, l);
    }

    /** A list made of blocks {@code from..to}, maybe introduced by the prose block at {@code introAt}. */
    private static void list(RuleContext cx, int from, int to, int introAt, Block.ItemList l) {
        int k = from;
        List<String> context = new ArrayList<>(cx.path(k));
        String intro = null;
        if (cx.at(introAt) instanceof Block.Prose p && (p.text().endsWith("-") || p.text().endsWith(":")
                || p.text().toLowerCase(Locale.ROOT).contains("following") || Inline.words(p.text()) <= 8
                || Phrasing.announces(p.text()))) {
            List<String> sentences = Sentences.of(Inline.readable(p.text()));
            intro = sentences.isEmpty() ? "" : Inline.withoutLeadIn(sentences.get(sentences.size() - 1));
            Matcher bold = WHOLLY_BOLD.matcher(intro);
            if (bold.matches()) intro = Inline.withoutLeadIn(bold.group(1));
            if (intro.startsWith("http") || intro.isEmpty()) intro = null;
        }
        // "Tasks:", "Key points:" say what part of the note the list is, not what its items are: the list is
        // asked about its heading's topic instead, and a numbered one (a task or a procedure known only by
        // that label) not at all. Items that define a term still get their card.
        // "**Key Concepts:**" with no topic above to own them: which concepts cannot be told, so it is a label too.
        // "Three options exist:" only counts the items: the heading above says what they are.
        boolean labelledPart = intro != null && (isPartLabel(intro) || genericKind(intro) && cx.subject(introAt).isBlank()
                || onlyCounts(intro));
        if (labelledPart) intro = null;
        List<String[]> defs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean allDefined = true;
        for (Block.Item item : l.items()) {
            String[] def = itemDefinition(item.text());
            if (def != null && FactRules.claimNaming(def[0], def[1])) def = null;
            defs.add(def);
            if (def == null) {
                allDefined = false;
                names.add(shortName(Inline.readable(item.text())));
            } else {
                names.add(def[0]);
            }
        }
        for (int j = from; j <= to; j++) cx.claim(j);
        List<String> itemContext = new ArrayList<>(context);
        if (intro != null) itemContext.add(intro);
        String previous = null;
        // Labels under a heading are parts of its topic; a lead-in already says what kind of thing they are, and
        // when it names that kind ("the following plugins of CoreDNS:") a label that is a plain word is asked as one.
        String itemsSubject = intro != null ? Phrasing.announcedKind(intro) : cx.topicOfParts(from);
        for (int i = 0; i < defs.size(); i++) {
            String[] def = defs.get(i);
            if (def != null) {
                String answer = def[1];
                Matcher same = SAME_AS_BEFORE.matcher(answer);
                // "ClusterRole - the same, but cluster-wide": say what it is the same as.
                if (same.matches() && previous != null) answer = "Like **" + previous + "**, " + same.group(2);
                else if (same.matches()) answer = null;
                if (answer != null) answer = Phrasing.standingAlone(def[0], answer);
                String command = answer == null ? null : PlainLines.command(Inline.plain(answer).strip());
                if (command != null && FactRules.namesATask(def[0])) {
                    // "Deploy the worker: kubectl create ...": a task named by its label, not a term.
                    cx.card(CardKind.BASIC, "How do you " + Phrasing.verbFirst(def[0]) + "?", Markdown.code(command),
                            from, to, itemContext);
                } else if (answer != null && !(intro == null && !context.isEmpty()
                        && isGenericLabel(l.items().get(i).text(), def[0], def[1]) || unnamedLabel(cx, def[0], def[1]))) {
                    // Only a lead-in says what kind the items are; a heading above them is a topic they belong to.
                    String question = FactRules.question(def[0], def[1]);
                    cx.card(CardKind.DEFINITION, intro != null ? Phrasing.asMember(question, def[0], itemsSubject)
                                    : Phrasing.within(question, def[0], itemsSubject),
                            Inline.capitalise(Inline.readable(answer)), from, to, itemContext);
                }
                previous = def[0];
            }
        }
        String subject = cx.subject(intro != null ? introAt : from);
        String introQuestion = intro == null ? null : Phrasing.aboutIntro(intro, subject, cx.isCaseSubject(introAt, subject));
        boolean stepsList = steps(l) && allImperative(l);
        // Items that are claims of their own ("If controlled by X, ...", "Default: ...") get a card each.
        boolean[] own = new boolean[l.items().size()];
        if (!stepsList) {
            for (int i = 0; i < l.items().size(); i++) {
                if (defs.get(i) != null) continue;
                String itemSubject = cx.caseSubject(from, intro != null ? subject : cx.claimSubject(from));
                String[] qa = Phrasing.claimItem(Inline.readable(l.items().get(i).text()), itemSubject,
                        cx.isCaseSubject(from, itemSubject));
                if (qa == null) continue;
                // "Once the file is ready, create ..." after "Write a deployment file": the file is an earlier item's.
                if (Anaphora.pointsBack(qa[0], null, cx.toldBefore(from) + itemsBefore(l, i)) != null) continue;
                own[i] = true;
                cx.card(CardKind.BASIC, qa[0], qa[1], from, to, context);
            }
        }
        if (names.size() < 2 || labelledPart && (l.ordered() || stepsList)) return;
        String heading = context.isEmpty() ? null : context.get(context.size() - 1);
        // A list in an exercise's statement ("Configure these parameters:", under "Question") holds what the
        // task asks for: it is the task card's front, not a set of facts to recall.
        if (partOfATask(context, heading, intro)) return;
        String topic = subject.isEmpty() ? null : subject;
        if (intro == null && topic == null) return;
        // "Constraints:" with no heading, title or command above: one ordinary word says what kind of item
        // follows but of nothing named, so "What are the constraints?" has no owner to answer for ("Reclaim
        // policies:" names its kind and stays; "Key rules:" is a part label, see labelledPart).
        String kind = intro == null ? "" : TRAILING_MARKS.matcher(Inline.plain(intro)).replaceAll("");
        if (topic == null && Inline.words(kind) == 1 && Phrasing.ordinaryWords(kind)) return;
        List<String> listContext = intro != null ? context : context.subList(0, Math.max(0, context.size() - 1));
        boolean named = names.size() <= MAX_NAMED_ITEMS && names.stream().allMatch(ListRules::isAName);
        // Names under a heading that is a claim ("the plugin you pick must support policies") are its examples,
        // not members of a set the topic above names.
        if (named && intro == null && heading != null && topic != null && !heading.equals(topic)
                && FINITE_VERB.matcher(Inline.plain(heading)).find()) {
            return;
        }
        // Points that open by saying what the heading is ("a piece of storage ...") describe it.
        String first = l.items().get(0).text();
        boolean describes = intro == null && heading != null && !FactRules.isPlural(heading) && FactRules.looksLikeTerm(heading)
                && Inline.words(heading) <= 4 && !cx.isSectionLabel(heading)
                && !PlainLines.isImperative(PlainLines.firstToken(first)) && DESCRIBING_POINT.matcher(first).lookingAt();
        if (describes) named = false;
        if (stepsList) {
            // "Install a container runtime ..." / "Install kube tools ...": things to do, not names.
            String front = intro != null ? Phrasing.stepsFor(intro, subject, l.ordered())
                    : Phrasing.stepsFor(null, Phrasing.isCondition(heading) ? heading : topic, l.ordered());
            if (front == null && intro == null && topic != null) {
                // "Troubleshooting › Node NotReady": the case of an action above it, asked within that action.
                String action = actionAbove(context, topic);
                if (action != null) front = Phrasing.stepsWithin(action, topic, l.ordered());
            }
            if (front != null) statements(cx, from, to, l, front, listContext, null);
        } else if (intro != null && introQuestion == null
                && !(named && Phrasing.namesOf(topic) != null && FactRules.mentions(intro, topic))) {
            // The lead-in says what the items are ("To update a deployment, we have two options:"): when it cannot
            // be asked, the heading's name would ask for something else ("What are the Workloads?"), unless the
            // lead-in calls the items by that name ("we get the following service types" under "Service Types").
            return;
        } else if (named && allDefined && intro == null && namesOfSet(cx, from, topic, heading) == null) {
            // Each item has its own definition card; naming them again needs a heading that says what they are.
            return;
        } else if (named) {
            String front = introQuestion != null ? introQuestion : namesOfSet(cx, from, topic, heading);
            if (front == null) return;
            if (described(l, names) || anyHasPoints(cx, to, l)) {
                // "**Spinner** — turns at a fixed speed": the names alone would lose what each one is, and
                // so would one item whose points are left out while another's are kept.
                statements(cx, from, to, l, front, listContext, null);
                return;
            }
            StringBuilder back = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                if (codeInside(cx, to, l.items().get(i))) return;
                back.append(l.ordered() ? "1. " : "- ").append(names.get(i)).append('\n');
                if (RuleContext.dangles(names.get(i)) && !leadInCompleted(cx, to, l.items().get(i), back)) return;
            }
            cx.card(CardKind.LIST, front, back.toString(), from, to, listContext);
        } else {
            // Statements ("Labels can be used to select objects, annotations cannot ..."): one card when
            // they are few and short enough to recall together, about the subject they are claims of.
            String front = describes ? FactRules.whatIs(heading)
                    : introQuestion != null ? introQuestion : partsUnderHeading(cx, from, heading);
            if (front == null) front = Phrasing.pointsAbout(topic, heading);
            if (front != null) statements(cx, from, to, l, front, listContext, own);
        }
    }

    /**
     * "What are the **Access Modes**?": a heading that says what kind of thing its items are. A heading of
     * one plural word ("Handlers", "Verdicts") or a plural qualified only by section words ("Additional
     * Capabilities") names a kind of parts without saying of what: the question asks for them within the
     * topic that owns them ("What are the handlers of **Healthchecks**?"), and without one it is not asked.
     */
    private static String namesOfSet(RuleContext cx, int from, String topic, String heading) {
        if (topic != null && heading != null && !Names.same(heading, topic) && cx.isSectionLabel(heading)) {
            // "Additional Features" under "Kettles" (a section label, so the topic is the owner): the owner's
            // additional features; a label that names no kind of parts ("Notes", "Examples") is not asked.
            String parts = Phrasing.pointsAbout(topic, heading);
            return parts != null && parts.startsWith("What are ") && !parts.contains("key facts") ? parts : null;
        }
        String question = Phrasing.namesOf(topic);
        if (question == null || !needsOwner(topic)) return question;
        String owner = cx.topicOfParts(from);
        if (owner.isBlank() || Names.same(owner, topic) || cx.isSectionLabel(owner)) return null;
        return Phrasing.kindWithin(topic, owner);
    }

    /** "Handlers", "Additional Capabilities": a plural that names no kind of thing without its owner. */
    static boolean needsOwner(String heading) {
        String plain = Names.bare(heading);
        if (plain.isEmpty()) return false;
        return WHITESPACE_RUN.split(plain).length == 1 ? FactRules.isPlural(PlainLines.letters(plain)) : genericKind(plain);
    }

    /** The nearest heading above {@code topic} in the path that names something to do, or null. */
    private static String actionAbove(List<String> path, String topic) {
        int at = path.lastIndexOf(topic);
        for (int i = (at < 0 ? path.size() : at) - 1; i >= 0; i--) {
            String h = path.get(i);
            if (Inline.words(h) <= 6 && !Vocabulary.isClause(h) && Phrasing.namesAnAction(h)) return h;
        }
        return null;
    }

    /**
     * A list that belongs to an exercise's statement: under a "Question"/"Task" label, or led in by an
     * instruction ("Fix it and deploy with:") inside a numbered exercise. The items are the task's values.
     */
    private static boolean partOfATask(List<String> context, String heading, String intro) {
        if (heading != null && TaskRules.isStatementLabel(heading)) return true;
        if (intro == null || !TaskRules.inExercise(context)) return false;
        String w = PlainLines.letters(PlainLines.firstToken(Inline.plain(intro)));
        return PlainLines.isImperative(w) || Vocabulary.isCommandVerb(w);
    }

    /**
     * Some item says more than its name ("**Relay** — passes the charge on", "Secret (mounted read-only)",
     * "Release name: `web-7`": a value is what the item is there for). An abbreviation in brackets
     * ("ReadWriteOnce (RWO)") is another name, no description.
     */
    static boolean described(Block.ItemList l, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String whole = Inline.plain(Inline.readable(l.items().get(i).text())).strip();
            String name = Inline.plain(names.get(i)).strip();
            if (!whole.startsWith(name)) continue;
            String rest = whole.substring(name.length()).strip();
            if (!ABBREVIATION.matcher(rest).matches() && LETTER_OR_DIGIT.matcher(rest).find()) return true;
        }
        return false;
    }

    private static final Pattern ABBREVIATION = Pattern.compile("\\(\\p{Lu}[\\p{Lu}\\p{N}]{1,7}s?\\)");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /**
     * A list right under a heading that names a kind of parts ("Benefits of probes", "Networking
     * requirements") is those parts: the question asks for them, with the topic above when the heading
     * does not say whose parts they are. Null when the list is not the heading's first content.
     */
    private static String partsUnderHeading(RuleContext cx, int from, String heading) {
        if (heading == null || !(cx.at(from - 1) instanceof Block.Heading h) || !h.text().strip().equals(heading.strip())) return null;
        String owner = cx.parentTopic(from - 1);
        return Phrasing.partsOf(heading, owner);
    }

    /**
     * "ReadWriteOnce (RWO)", "`hostPath`", "Secret": a name, not a phrase ("reap zombie processes"), nor a
     * claim or a piece of advice ("Log to stdout", "Designed to expose ...", "Pods are ..."), nor a label
     * leading in to points of its own ("Unnecessary:").
     */
    static boolean isAName(String t) {
        // "How to deploy a pod?": a question is an outline's entry, not a name.
        if (t.isBlank() || t.length() > MAX_ITEM_CHARS || Inline.words(t) > 5 || t.startsWith("http") || t.startsWith("[")
                || t.strip().endsWith("?")) {
            return false;
        }
        String plain = Inline.plain(t).strip();
        if (plain.endsWith(":") || FINITE_VERB.matcher(plain).find() || PARTICIPLE_CLAUSE.matcher(plain).lookingAt()
                || CLAUSE_WORD.matcher(plain).find()) {
            return false;
        }
        String[] w = WHITESPACE_RUN.split(plain);
        if (w.length > 1 && !t.startsWith("`")
                && (PlainLines.isImperative(w[0]) || Vocabulary.isCommandVerb(w[0]) && VERB_OBJECT_START.matcher(w[1]).matches())) {
            return false;
        }
        char c = t.charAt(0);
        return !Character.isLowerCase(c) || Inline.words(t) <= 2 || t.startsWith("`");
    }

    private static final Pattern FINITE_VERB = Pattern.compile(
            "(?i)\\b(is|are|was|were|isn't|aren't|can|cannot|can't|could|will|won't|would|should|must|may|has|have|had|does|do|did"
                    + "|don't|doesn't|needs?)\\b");
    /** A pronoun or a relative clause makes a sentence of an item: "it supports comments", "objects that ...". */
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)\\b(it|they|you|we|that|which|who)\\b");
    /** "Designed to expose ...", "Used for ...": a participle opening a clause describes, it names nothing. */
    private static final Pattern PARTICIPLE_CLAUSE = Pattern.compile(
            "(?i)^(?:[a-z]+ed|built|meant|made|kept|held|known|shown|written|given|taken|seen|done)\\s+(to|for|by|with|as|on|in|from|at)\\b");
    /** What follows a verb of doing and not a noun it would qualify ("Log to ...", "Create a ..."). */
    private static final Pattern VERB_OBJECT_START = Pattern.compile(
            "(?i)(a|an|the|all|any|each|every|your|our|its|their|it|them|to|from|into|onto|on|in|for|with|between|up|out|down|off|away|back)");

    /** "Tasks", "📝 Key points": a label for a part of a note (the section words, singular or plural). */
    private static boolean isPartLabel(String label) {
        String t = Inline.plain(label).replaceAll("^[^\\p{L}\\p{N}]+", "").strip();
        return Vocabulary.isSectionLabel(t) || t.length() > 3 && t.endsWith("s") && Vocabulary.isSectionLabel(t.substring(0, t.length() - 1));
    }

    /**
     * "Key Concepts", "Two Approaches", "Common Issues": a plural head qualified only by section or small
     * words, which says what kind of points follow but not of what.
     */
    static boolean genericKind(String label) {
        String[] words = WHITESPACE_RUN.split(Inline.plain(label).strip());
        if (words.length < 2 || words.length > 3 || !FactRules.isPlural(PlainLines.letters(words[words.length - 1]))) return false;
        for (int i = 0; i < words.length - 1; i++) {
            if (!Vocabulary.isSectionOrSmallWord(words[i])) return false;
        }
        return true;
    }

    /**
     * "Three options exist", "There are two kinds", "2 modes are available": a lead-in that says how many
     * items follow and nothing of what they are for.
     */
    static boolean onlyCounts(String intro) {
        Matcher m = COUNTING.matcher(Inline.plain(intro).strip());
        return m.matches() && FactRules.isPlural(m.group(1));
    }

    private static final Pattern COUNTING = Pattern.compile("(?i)(?:there\\s+(?:are|exist)\\s+)?"
            + "(?:\\d+|two|three|four|five|six|seven|eight|several|multiple)\\s+(?:main\\s+|different\\s+|possible\\s+)?([a-z]+)"
            + "(?:\\s+(?:exist|are\\s+available|are\\s+possible|are\\s+supported))?\\s*[:.]?");

    /** An ordered list of mostly imperatives, or any list of nothing but imperatives. */
    private static boolean allImperative(Block.ItemList l) {
        if (l.ordered()) return true;
        for (Block.Item it : l.items()) {
            if (!PlainLines.isImperative(PlainLines.firstToken(Inline.plain(it.text())))) return false;
        }
        return true;
    }

    /** Most items start with an imperative: a procedure. */
    private static boolean steps(Block.ItemList l) {
        int imperative = 0;
        for (Block.Item it : l.items()) if (PlainLines.isImperative(PlainLines.firstToken(Inline.plain(it.text())))) imperative++;
        return imperative * 2 >= l.items().size();
    }

    /**
     * The whole items as one answer, each with the points nested under it; none when that is a wall of
     * text. Items also carded on their own stay in: an answer missing some of its list is a slice.
     */
    private static void statements(RuleContext cx, int from, int to, Block.ItemList l, String front, List<String> context,
                                   boolean[] own) {
        StringBuilder back = new StringBuilder();
        int n = 1;
        int kept = 0;
        int ownCount = 0;
        for (int i = 0; i < l.items().size(); i++) {
            if (own != null && own[i]) ownCount++;
            String text = Inline.readable(l.items().get(i).text());
            // "COPY twice: package.json, then" over a code block: the item's end is outside the list.
            if (text.length() > MAX_STATEMENT_CHARS || codeInside(cx, to, l.items().get(i)) || RuleContext.cutOff(text)) return;
            back.append(l.ordered() ? (n++) + ". " : "- ").append(text).append('\n');
            if (!leadInCompleted(cx, to, l.items().get(i), back)) return;
            kept++;
        }
        // Fewer than two items without a card of their own: the list would mostly repeat those cards.
        if (kept - ownCount < 2 && own != null || kept == 0 || back.length() > CardSink.MAX_BACK_CHARS) return;
        cx.card(CardKind.LIST, front, back.toString(), from, to, context);
    }

    /**
     * An item is only complete with the points nested under it (read as an outline heading after the
     * list, inside the item's lines): they are appended to {@code back}, indented, and theirs under
     * them. False when an item that leads in ("Nodes deleted in these cases:") has no points to be
     * found, or they would grow the answer into a wall of text: then the card is better not made.
     */
    private static boolean leadInCompleted(RuleContext cx, int listEnd, Block.Item item, StringBuilder back) {
        boolean leadIn = RuleContext.dangles(Inline.readable(item.text()));
        if (!appendPoints(cx, listEnd, item, back, 1)) return !leadIn;
        return back.length() <= CardSink.MAX_BACK_CHARS;
    }

    /** Appends the points nested under {@code item} at {@code depth}; false when it has none. */
    private static boolean appendPoints(RuleContext cx, int after, Block.Item item, StringBuilder back, int depth) {
        int at = pointsOf(cx, after, item);
        if (at < 0) return false;
        for (Block.Item point : ((Block.ItemList) cx.at(at)).items()) {
            back.append("    ".repeat(depth)).append("- ").append(Inline.readable(point.text())).append('\n');
            if (back.length() > CardSink.MAX_BACK_CHARS) return true;
            appendPoints(cx, at, point, back, depth + 1);
        }
        return true;
    }

    /**
     * Where the list of points nested under {@code item} is among the blocks after {@code after}: under
     * the item's outline heading, or (an item too long to be an outline heading) inside its lines. -1 if none.
     */
    private static int pointsOf(RuleContext cx, int after, Block.Item item) {
        for (int j = after + 1; cx.at(j) != null && cx.at(j).first() <= item.last(); j++) {
            if (cx.at(j) instanceof Block.Heading h && h.first() == item.first()) {
                return cx.at(j + 1) instanceof Block.ItemList ? j + 1 : -1;
            }
            if (cx.at(j) instanceof Block.ItemList && cx.at(j).first() > item.first()) return j;
        }
        return -1;
    }

    /**
     * Code nested in the item or in its points ("- See the rollout's status with" over a command): a list
     * answer would keep the words that lead in to it and lose the code, so the list gives no card.
     */
    private static boolean codeInside(RuleContext cx, int after, Block.Item item) {
        if (item.holdsCode()) return true;
        int at = pointsOf(cx, after, item);
        if (at < 0) return false;
        for (Block.Item point : ((Block.ItemList) cx.at(at)).items()) {
            if (codeInside(cx, at, point)) return true;
        }
        return false;
    }

    /** Whether some item has points nested under it. */
    private static boolean anyHasPoints(RuleContext cx, int listEnd, Block.ItemList l) {
        for (Block.Item item : l.items()) {
            if (pointsOf(cx, listEnd, item) >= 0) return true;
        }
        return false;
    }

    /** "Secret (always mounted as RO)" is named "Secret"; "Check the kubelet: `systemctl ...`" "Check the kubelet". */
    static String shortName(String item) {
        String t = item.strip();
        for (String sep : new String[] {" (", ": ", " - ", " – ", " — "}) {
            int at = t.indexOf(sep);
            if (at > 0 && Inline.words(t.substring(0, at)) <= 4 && at + sep.length() < t.length()) return t.substring(0, at).strip();
        }
        return t;
    }

    /** The text of the list's items before item i: what item i may point back at. */
    private static String itemsBefore(Block.ItemList l, int i) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < i; j++) b.append(l.items().get(j).text()).append('\n');
        return b.toString();
    }

}
