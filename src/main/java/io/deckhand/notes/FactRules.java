package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Definitions: Term - definition, **Term**: definition, Term (ABBR): ..., a heading and its defining line. */
final class FactRules {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern DASH_DEF = Pattern.compile("^(\\*\\*)?([^:*]{1,60}?)(\\*\\*)?\\s+[-–—]\\s+(.+)$");
    private static final Pattern DEFINING_START = Pattern.compile(
            "(?i)(a|an|the|usually|almost|essentially|basically|collection of|set of|group of|kind of|type of"
                    + "|this is|it is|one of|used (to|for)|way to|mechanism|component|tool|object)\\b");
    static final Pattern NOT_A_TERM = Pattern.compile("(?i)(to|if|when|for|in|on|with|why|how|what|older)\\b");
    /** "**Term**: ...", "**Term** - ..." and "**Term:** ..." (the colon inside the bold). */
    private static final Pattern BOLD_DEF = Pattern.compile("^\\*\\*([^*]{1,60}?)(?:\\*\\*\\s*[:\\-–—]|\\s*[:–—]\\*\\*)\\s*(.+)$");
    /** "Artifacts that Pods run": a phrase with a clause of its own describes something, it names nothing. */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i)\\s(that|which|who|whose|where)\\s");
    private static final Pattern FLAG = Pattern.compile("\\s--?[A-Za-z]");
    /** "Give it a minute", "Check what you applied": a name has no pronoun in it, a sentence does. */
    private static final Pattern PRONOUN_WORD = Pattern.compile("(?i)\\s(it|you|we|they|them|your|our)\\b");
    /** "Trap #2", "Gotcha 3": the notes' numbering of their points, not a name. */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("\\s#\\d+$");
    /** "No imperative command for X", "Or declaratively": a negation or a joining word opens a statement, not a name. */
    private static final Pattern NEGATION_OR_JOIN = Pattern.compile("(?i)(no|not|never|or|and|but|also|then)\\b");
    /** "NGINX does not reload", "Manifests are in /etc": a verb makes the term a sentence. */
    private static final Pattern TERM_VERB = Pattern.compile("(?i)\\s(is|are|was|were|does|do|did|doesn't|don't|isn't|aren't|can|cannot|"
            + "must|should|will|won't|would|could|may|might|has|have|needs)\\b|\\s[a-z]{3,}s\\s+(?:a|an|the|no|every)\\s");
    /** "KEY STEP": words in capitals shout a label; a single capitalised word may be an acronym (CNI). */
    private static final Pattern SHOUTED = Pattern.compile("[A-Z]{2,}(?:\\s+[A-Z]{2,})+");
    private static final Pattern ANSWER_PRONOUN = Pattern.compile("(?i)(you|we|i|they|there|he|she)\\b");
    private static final Pattern CLAUSE_VERB = Pattern.compile(
            "(?i)\\b(is|are|was|were|can|cannot|could|will|would|should|must|may|has|have|had|does|did|needs)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)\\b(that|which|who|whose|where|when|if|because|so|as)\\b|[,;:(—–]");
    private static final Pattern ADVERB_FIRST = Pattern.compile("(?i)^(always|never|just|first|then|also|only|please)\\s+");

    /**
     * What follows a bold label is a claim or a piece of advice, not what the label means: it opens with
     * a verb of doing ("Check the labels first"), with a person ("You have ..."), or is a sentence with a
     * subject of its own ("The namespace has a quota ..."). A command name is defined by what it does
     * ("exec: execute a command"), so that reading is left to code and lower-case names.
     */
    static boolean labelledClaim(String term, String answer) {
        String a = Inline.plain(answer).strip();
        if (a.isEmpty() || ANSWER_PRONOUN.matcher(a).lookingAt()) return !a.isEmpty();
        String verb = PlainLines.firstToken(ADVERB_FIRST.matcher(a).replaceFirst(""));
        boolean commandName = term.strip().equals(term.strip().toLowerCase(Locale.ROOT)) && Inline.words(term) == 1;
        if (!commandName && (PlainLines.isImperative(verb) || Vocabulary.isCommandVerb(verb))) return true;
        Matcher end = CLAUSE_END.matcher(a);
        String head = end.find() ? a.substring(0, end.start()) : a;
        Matcher v = CLAUSE_VERB.matcher(head);
        return v.find() && v.start() > 0 && !mentions(head.substring(0, v.start()), term);
    }

    private FactRules() {
    }

    static void apply(RuleContext cx) {
        for (int k = 0; k < cx.size(); k++) {
            if (!cx.free(k)) continue;
            Block b = cx.at(k);
            if (b instanceof Block.Heading h) {
                headingDefinition(cx, k, h);
            } else if (b instanceof Block.Prose) {
                String text = cx.prose(k);
                if (ListRules.definitionRun(cx, k, text)) continue;
                String[] def = definition(text);
                // "**Problem:** ..." under every question: the note's template label, no term.
                if (def != null && cx.isSectionLabel(def[0])) {
                    cx.claim(k);
                    continue;
                }
                // "**Key insight:** the port is wrong": a paragraph labelled by its role in the note, not a term.
                if (def != null && (text.strip().startsWith("**") && labelledClaim(def[0], def[1]) || claimNaming(def[0], def[1]))) {
                    def = null;
                }
                if (def == null) def = abbreviation(text);
                if (def == null && boldLeads(cx, k, text)) continue;
                if (def == null && leadDefinesTitle(cx, k, text)) continue;
                if (def == null && proseClaims(cx, k, text)) continue;
                if (def != null) {
                    cx.claim(k);
                    define(cx, k, k, def[0], def[1], cx.path(k), cx.topicOfParts(k));
                }
            } else if (b instanceof Block.ItemList l) {
                ListRules.list(cx, k, l);
            }
        }
    }

    /** A dash after white space within reach of a term of at most 60 characters (and bold markers). */
    private static boolean dashNearStart(String t) {
        int end = Math.min(t.length() - 1, 80);
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014') && Character.isWhitespace(t.charAt(i - 1))) return true;
        }
        return false;
    }

    /** {term, definition} or null. */
    static String[] definition(String text) {
        String t = text.strip();
        // Each form names its term within the first few words: look for its mark there before matching.
        Matcher m;
        String term;
        String def;
        if (t.startsWith("**") && (m = BOLD_DEF.matcher(t)).matches()) {
            term = m.group(1);
            def = m.group(2);
        } else if (dashNearStart(t) && (m = DASH_DEF.matcher(t)).matches()) {
            term = m.group(2);
            def = m.group(4);
        } else if (t.indexOf(':') > 0 && t.indexOf(':') <= 56 && (m = COLON_TERM.matcher(t)).matches()
                && namesATerm(m.group(1)) && !t.contains(" # ")) {
            term = m.group(1);
            def = m.group(2);
        } else {
            return null;
        }
        term = Names.unnumbered(Inline.plain(term).strip());
        def = def.strip();
        if (term.isEmpty() || Inline.words(term) > 6 || Inline.words(def) < 2) return null;
        String lt = term.toLowerCase(Locale.ROOT);
        if (lt.startsWith("example") || lt.startsWith("note") || lt.startsWith("ref") || EXAMPLE_END.matcher(lt).matches()
                || Vocabulary.isSectionLabel(term)) {
            return null;
        }
        if (PlainLines.isImperative(PlainLines.firstToken(term)) && Inline.words(term) > 1) return null;
        if (def.startsWith("http") || text.endsWith("?") || term.endsWith(",")) return null;
        if (!Character.isLetterOrDigit(term.charAt(0)) || !Character.isLetterOrDigit(def.charAt(0))) return null;
        if (!looksLikeTerm(term) || startsWithShortImperative(def)) return null;
        return new String[] {term, def};
    }

    private static final Pattern COLON_TERM = Pattern.compile("^([A-Za-z][\\w\\-. ]{0,40}?(?:\\s\\([A-Za-z]{2,8}\\))?):\\s+(\\S.{8,})$");
    /**
     * "PersistentVolume (PV): a piece of storage ...": before a colon, a name (one word, title case, or
     * with its abbreviation), never a label such as "Note" or "Update", nor a phrase.
     */
    private static boolean namesATerm(String term) {
        String t = term.strip();
        String bare = ABBR_SUFFIX.matcher(t).replaceAll("");
        if (Vocabulary.isSectionLabel(bare) || bare.contains("/")) return false;
        if (Inline.words(bare) == 1) return Character.isUpperCase(bare.charAt(0)) || t.length() > bare.length();
        return Inline.words(bare) <= 4 && PlainLines.isTitleCase(bare) && Character.isUpperCase(bare.charAt(0));
    }

    /** A name, not a phrase: capitalised (or one word), no sentence inside, not a step ("To create ..."). */
    static boolean looksLikeTerm(String term) {
        if (term.endsWith("!") || term.endsWith("?") || term.contains(",") || NOT_A_TERM.matcher(term).lookingAt()
                || RELATIVE_CLAUSE.matcher(term).find() || PRONOUN_WORD.matcher(term).find() || NUMBERED_LABEL.matcher(term).find()
                || NEGATION_OR_JOIN.matcher(term).lookingAt() || Inline.words(term) > 1 && TERM_VERB.matcher(term).find()
                || SHOUTED.matcher(term).matches()) {
            return false;
        }
        boolean oneWord = Inline.words(term) == 1;
        if (!oneWord && !Character.isUpperCase(term.charAt(0)) && !Character.isDigit(term.charAt(0))) return false;
        return oneWord || !PlainLines.isImperative(PlainLines.firstToken(term));
    }

    /** "Check coredns pods", "Verify api versions": a step, not a definition. */
    private static boolean startsWithShortImperative(String def) {
        return PlainLines.isImperative(PlainLines.firstToken(def)) && Inline.words(def) < 5;
    }

    /** Says what the heading is: "Adds ...", "A ... that ...", "Usually ...", "Volumes can be ...". */
    private static boolean isDefining(String term, String text) {
        if (startsWithShortImperative(text) || text.contains("!") || FLAG.matcher(text).find()) return false;
        String w0 = PlainLines.firstToken(text);
        if (PlainLines.isDescribingVerb(w0) || DEFINING_START.matcher(text).lookingAt()) return true;
        if (PlainLines.isImperative(w0)) return true;
        String lt = text.toLowerCase(Locale.ROOT);
        String t = term.toLowerCase(Locale.ROOT);
        return lt.startsWith(t + " is ") || lt.startsWith(t + " are ") || lt.startsWith(t + " can ")
                || lt.startsWith(t + " allow") || lt.startsWith(t + " provide");
    }

    /** The first sentences, up to about 300 characters. */
    static String firstSentences(String text) {
        if (text.length() <= 300) return text;
        List<String> parts = CardSink.split(text);
        String first = parts.get(0);
        return first.length() <= 450 ? first : text;
    }

    private static final int SHORT_ANSWER = 160;
    private static final int LONG_ANSWER = 240;
    private static final int WHOLE_POINT = 400;
    private static final Pattern ANAPHOR = Pattern.compile("(?i)^(it|this|these|they|its|their)\\b.*");

    /**
     * What a tutor would put on the back: the first sentence, and the next ones while the answer stays
     * short or they still talk about the term ("It ...", "Labels help ..."), never a run of side notes.
     */
    static String definitionAnswer(String term, String def) {
        String d = withoutRepeatedTerm(term, def.strip());
        List<String> sentences = Sentences.of(d);
        if (sentences.size() <= 1) return firstSentences(d);
        StringBuilder sb = new StringBuilder(sentences.get(0));
        for (int k = 1; k < sentences.size(); k++) {
            String s = sentences.get(k);
            int len = sb.length() + 1 + s.length();
            boolean onTopic = mentions(s, term) || ANAPHOR.matcher(s).matches();
            // What still speaks of the term is the rest of the point ("It lives on the node's disk, or ..."):
            // it is kept to the paragraph's end unless that makes a wall of text.
            if (len > (onTopic ? WHOLE_POINT : LONG_ANSWER)) break;
            // One side note may follow a short first sentence; after that only what is about the term.
            if (!onTopic && (k > 1 || len > SHORT_ANSWER)) break;
            sb.append(' ').append(s);
        }
        return sb.toString();
    }

    /** "Node affinity is a set of rules ..." under "Node affinity": the answer starts at "a set of rules". */
    static String withoutRepeatedTerm(String term, String def) {
        String t = Inline.plain(term).strip();
        String lower = def.toLowerCase(Locale.ROOT);
        String lt = t.toLowerCase(Locale.ROOT);
        int at = lower.startsWith("the ") ? 4 : 0;
        if (!lt.isEmpty() && lower.startsWith(lt, at) && Inline.plain(def).equals(def)) {
            at += lt.length();
            if (lower.startsWith("s", at)) at++;
            Matcher m = BEING_ARTICLE.matcher(def).region(at, def.length());
            if (m.lookingAt()) return Inline.capitalise(def.substring(m.end(1)));
        }
        // "This is a way to make the API server recognize ..." under its heading.
        Matcher self = SELF_REFERENCE.matcher(def);
        return self.matches() ? Inline.capitalise(self.group(2)) : def;
    }

    private static final Pattern BEING_ARTICLE = Pattern.compile("(?i)\\s+(?:is|are)\\s+((?=(?:a|an|the|one)\\s))");
    private static final Pattern EXAMPLE_END = Pattern.compile(".*\\bexamples?$");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9\\-]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");
    private static final Pattern ABBR_SUFFIX = Pattern.compile("\\s\\([A-Za-z]{2,8}\\)$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[,:;]$");
    private static final Pattern SELF_REFERENCE = Pattern.compile("(?i)^(this|it|these|they) (?:is|are)\\s+((?:a|an|the|one)\\s.+|[a-z].+)$");

    /** Whether a sentence names the term (or its last word, singular or plural). */
    static boolean mentions(String sentence, String term) {
        String s = " " + NOT_WORD.matcher(Inline.plain(sentence).toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        String t = PARENTHESES.matcher(Inline.plain(term).toLowerCase(Locale.ROOT)).replaceAll("").strip();
        if (t.isEmpty()) return false;
        String[] words = NOT_WORD.split(t);
        if (words.length == 0) return false;
        String head = words[words.length - 1];
        String stem = head.endsWith("s") && head.length() > 3 ? head.substring(0, head.length() - 1) : head;
        return s.contains(" " + t + " ") || s.contains(" " + stem + " ") || s.contains(" " + stem + "s ");
    }

    private static void define(RuleContext cx, int from, int to, String term, String def, List<String> context,
                               String subject) {
        String answer = Phrasing.standingAlone(term, Inline.capitalise(Inline.readable(definitionAnswer(term, def))));
        if (answer == null) return;
        cx.card(CardKind.DEFINITION, Phrasing.within(question(term, def), term, subject), answer, from, to, context);
    }

    /** "What does **X** do?" when the definition says what it does ("Adds ...", "Print the logs ..."). */
    static String question(String term, String def) {
        String w0 = PlainLines.firstToken(def);
        boolean doing = PlainLines.isDescribingVerb(w0) && !w0.equalsIgnoreCase("is") && !w0.equalsIgnoreCase("are")
                || PlainLines.isImperative(w0)
                // "Restarts the container ...", "Removes the pod ...": a verb we know, in the third person.
                || w0.length() > 3 && w0.endsWith("s") && QuestionRules.isTaskVerb(PlainLines.letters(w0.substring(0, w0.length() - 1)));
        if (!doing) return whatIs(term);
        String t = Inline.plain(term);
        return (isPlural(t) ? "What do **" : "What does **") + t + "** do?";
    }

    static boolean isPlural(String t) {
        return t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && t.length() > 3
                && Character.isLowerCase(t.charAt(t.length() - 2));
    }

    static String whatIs(String term) {
        String t = Inline.plain(term);
        boolean plural = t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && t.length() > 3
                && Character.isLowerCase(t.charAt(t.length() - 2));
        return (plural ? "What are **" : "What is **") + t + "**?";
    }

    /**
     * Sentences of a paragraph that state a case or a purpose about the subject above them ("If
     * --overwrite is true, then ...", "To reach a service in another namespace, use ..."): a card each,
     * asking what happens in that case or how that is done. Returns whether any card was made.
     */
    private static boolean proseClaims(RuleContext cx, int k, String text) {
        // A case or a purpose is a sentence of a paragraph, not a page: look only at short text.
        if (text.length() > 1_500) return false;
        String subject = null;
        List<String[]> found = new ArrayList<>();
        StringBuilder told = new StringBuilder();
        for (String sentence : Sentences.of(text)) {
            told.append(sentence).append(' ');
            if (!CASE_OR_PURPOSE.matcher(sentence).lookingAt()) continue;
            if (subject == null) subject = cx.caseSubject(k, cx.claimSubject(k));
            String[] qa = Phrasing.claimSentence(Inline.readable(sentence), subject, cx.isCaseSubject(k, subject));
            // "Once the file is ready, ..." after "Write a deployment file.": which file, only the notes say.
            if (qa != null && Anaphora.pointsBack(qa[0], null, cx.toldBefore(k) + told.substring(0, told.length() - sentence.length() - 1)) == null) {
                found.add(qa);
            }
        }
        if (found.isEmpty()) return false;
        cx.claim(k);
        for (String[] qa : found) cx.card(CardKind.BASIC, qa[0], qa[1], k, k, cx.path(k));
        return true;
    }

    private static final Pattern CASE_OR_PURPOSE = Pattern.compile("(?i)\\s*(if|when|whenever|unless|once|without|to|in order to)\\s");

    /** "In Kubernetes, `hostPID` is a ...", "A `LimitRange` in Kubernetes is a ...": {term, what it is}. */
    private static final Pattern LEAD_NAMES_ITS_TERM = Pattern.compile(
            "(?is)^(?:in [^,]{1,40},\\s*)?(?:(?:a|an|the)\\s+)?(`[^`]{1,40}`|\\*\\*[^*]{1,40}\\*\\*|[A-Za-z][\\w-]*(?:\\s[A-Za-z][\\w-]*){0,3}?)"
                    + "(?:\\s+in\\s+[A-Z][\\w-]*)?\\s+(?:is|are)\\s+((?:a|an|the|one)\\s.+)$");

    /** Lower case without spaces: "Limit Range" and "LimitRange" are one name. */
    private static String squashed(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    private static final Pattern SAYS_WHAT_IT_IS = Pattern.compile("(?i)(this|it|these|they) (is|are)\\s");

    /**
     * The paragraph a titled note opens with, before any heading, when it says what the note's subject
     * is ("These are lightweight packages ...", "A tool that ..."): the definition of the title.
     */
    private static boolean leadDefinesTitle(RuleContext cx, int k, String text) {
        String title = cx.title();
        if (title.isEmpty() || !cx.path(k).isEmpty() || text.endsWith(":") || text.endsWith("?")) return false;
        for (int j = 0; j < k; j++) if (!(cx.at(j) instanceof Block.Heading)) return false;
        List<String> sentences = Sentences.of(text);
        Matcher named = sentences.isEmpty() ? null : LEAD_NAMES_ITS_TERM.matcher(sentences.get(0).strip());
        if (named != null && named.matches()) {
            // "In Kubernetes, `hostPID` is a setting ...": the sentence names the title's term itself.
            String term = named.group(1).strip();
            String plainTerm = Inline.plain(term).replace("`", "").strip();
            if (!(mentions(title, plainTerm) || mentions(plainTerm, title) || squashed(title).equals(squashed(plainTerm)))) {
                return false;
            }
            cx.claim(k);
            String rest = text.strip().substring(named.start(2));
            // "A Kubernetes ClusterIP Service is ..." in "ClusterIP": the title is the name, the rest its kind.
            define(cx, k, k, Inline.words(plainTerm) > Inline.words(title) ? title : plainTerm, Inline.capitalise(rest), List.of(), "");
            return true;
        }
        if (!SAYS_WHAT_IT_IS.matcher(text).lookingAt() && !isDefining(title, text)) return false;
        if (PlainLines.isImperative(PlainLines.firstToken(text))) return false;
        cx.claim(k);
        define(cx, k, k, title, text, List.of(), "");
        return true;
    }

    /** "Deploy the cache", "Install the chart": a label of two words or more that opens with a verb of doing. */
    static boolean namesATask(String label) {
        String w0 = PlainLines.firstToken(Inline.plain(label));
        return Inline.words(label) >= 2 && (PlainLines.isImperative(w0) || Vocabulary.isCommandVerb(w0));
    }

    /** A topic heading followed by the sentence that says what it is. */
    private static void headingDefinition(RuleContext cx, int k, Block.Heading h) {
        if (!(cx.at(k + 1) instanceof Block.Prose p) || !cx.free(k + 1)) return;
        // "3. Background": the number is the heading's place in the document, not part of what it names.
        String term = Names.bare(h.text());
        String lt = term.toLowerCase(Locale.ROOT);
        if (namesATask(term) && !cx.prose(k + 1).contains("\n")) {
            // "Deploy the cache" over "kubectl create deployment cache ...": a task and how it is done.
            String command = PlainLines.command(Inline.plain(cx.prose(k + 1)).strip());
            if (command == null) return;
            cx.claim(k + 1);
            cx.card(CardKind.BASIC, "How do you " + Phrasing.verbFirst(term) + "?", Markdown.code(command), k, k + 1,
                    cx.parentPath(k));
            return;
        }
        if (Inline.words(term) > 4 || lt.contains("example") || cx.isSectionLabel(term) || !looksLikeTerm(term)) return;
        String text = cx.prose(k + 1);
        if (text.startsWith("http") || text.startsWith("![[") || text.startsWith("I ") || text.endsWith("?")
                || text.endsWith(":") || text.endsWith(" -") || Inline.words(text) < 2 || !isDefining(term, text)) {
            return;
        }
        if (definition(text) != null) return;
        // "Comments" over "Add comments to your files": an instruction about the heading, not what it is.
        boolean commandName = term.equals(term.toLowerCase(Locale.ROOT)) && Inline.words(term) == 1 || h.text().contains("`");
        if (PlainLines.isImperative(PlainLines.firstToken(text)) && !commandName && namesAnyWordOf(firstSentence(text), term)) return;
        // "The default image for Docker Hub is Debian": a claim that names the heading inside it, not its definition.
        if (claimNaming(term, text)) return;
        if (isSituation(term)) {
            // "Pod stuck in Pending" / "Usually the scheduler cannot find a node": a symptom and its cause.
            Matcher m = USUAL_CAUSE.matcher(text);
            if (!m.matches()) return;
            cx.claim(k + 1);
            cx.card(CardKind.BASIC, "**" + term + "**: what is the usual cause?",
                    Inline.capitalise(Inline.readable(definitionAnswer(term, m.group(1)))), k, k + 1, cx.parentPath(k));
            return;
        }
        // "Running Environment" over "Runs on Linux ...": ordinary words the note never uses but as this heading
        // label a part of the note; the paragraph tells of the topic above, unless it says what kind of thing
        // the heading is ("Is a hierarchical ...", "A system of ...").
        if (!cx.isName(term) && !SAYS_WHAT_KIND.matcher(Inline.plain(text).strip()).lookingAt() && !RuleContext.saysWhatItIs(term, text)) return;
        cx.claim(k + 1);
        define(cx, k, k + 1, term, text, cx.parentPath(k), cx.parentTopic(k));
    }

    private static final Pattern SAYS_WHAT_KIND = Pattern.compile("(?i)(?:a|an|one|is|are|refers to|means)\\s");

    /** "The default image for Docker Hub is Debian" under "Docker Hub": a claim naming the term inside it, no definition. */
    static boolean claimNaming(String term, String text) {
        String first = firstSentence(text);
        // "runs one copy of a pod on every node" under "Pod": what it does, its object may be its own kind.
        String[] w = WHITESPACE_RUN.split(Inline.plain(first).strip());
        if (w.length < 2 || Character.isLowerCase(w[0].charAt(0)) || PlainLines.isDescribingVerb(w[0])
                || w[0].endsWith("s") && DETERMINER.matcher(w[1]).matches()) {
            return false;
        }
        String t = PARENTHESES.matcher(Inline.plain(term).toLowerCase(Locale.ROOT)).replaceAll("").strip();
        return Inline.words(t) > 0 && (" " + Inline.plain(first).toLowerCase(Locale.ROOT) + " ").contains(" " + t + " ")
                && !namedAtStart(first, term);
    }

    private static final Pattern DETERMINER = Pattern.compile("(?i)(a|an|the|one|all|each|every|its|their|your|any|some)");

    private static String firstSentence(String text) {
        List<String> sentences = Sentences.of(text);
        return sentences.isEmpty() ? text : sentences.get(0);
    }

    /** Whether the sentence has one of the term's words (of three letters or more). */
    private static boolean namesAnyWordOf(String sentence, String term) {
        String s = " " + NOT_WORD.matcher(Inline.plain(sentence).toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        for (String w : NOT_WORD.split(Inline.plain(term).toLowerCase(Locale.ROOT))) {
            if (w.length() >= 3 && (s.contains(" " + w + " ") || s.contains(" " + w + "s "))) return true;
        }
        return false;
    }

    /** Whether the sentence names the term within its first three words ("A Kubernetes DaemonSet ensures ..."). */
    private static boolean namedAtStart(String sentence, String term) {
        String[] w = WHITESPACE_RUN.split(Inline.plain(sentence).strip());
        int upTo = Math.min(w.length, 3 + Inline.words(term) - 1);
        return mentions(String.join(" ", java.util.Arrays.copyOfRange(w, 0, upTo)), term);
    }

    private static final Pattern USUAL_CAUSE = Pattern.compile(
            "(?is)(?:usually|often|typically|mostly|most often|most likely|probably)[,:]?\\s+((?!(?:a|an|one)\\s).+)");
    private static final java.util.Set<String> SITUATION_WORDS = java.util.Set.of("in", "on", "with", "after",
            "during", "without", "from", "at", "not", "stuck", "fails", "failing", "failed", "cannot", "won't");

    /** "Pod stuck in Pending", "Node not ready": a state something is in, not a term. */
    static boolean isSituation(String term) {
        String[] w = PlainLines.words(term);
        if (w.length < 3) return false;
        for (int i = 1; i < w.length; i++) {
            if (SITUATION_WORDS.contains(w[i]) && !PlainLines.isTitleCase(term)) return true;
        }
        return false;
    }

    /**
     * "PV Persistent Volumes decouple the storage from pods": an abbreviation spelled out by the words
     * after it opens a sentence about it. {term "PV (Persistent Volumes)", the sentence} or null.
     */
    static String[] abbreviation(String text) {
        // Cheap test first: the note must open with a short capitalised word.
        String t = text.stripLeading();
        int space = 0;
        while (space < t.length() && space <= 7 && !Character.isWhitespace(t.charAt(space))) space++;
        if (space < 2 || space > 7 || !Character.isUpperCase(t.charAt(0)) || !Character.isUpperCase(t.charAt(1))) {
            return null;
        }
        String[] w = PlainLines.words(text);
        if (w.length < 2) return null;
        String abbr = w[0].endsWith("s") && w[0].length() > 2 ? w[0].substring(0, w[0].length() - 1) : w[0];
        if (abbr.length() < 2 || abbr.length() > 6 || !abbr.chars().allMatch(Character::isUpperCase)) return null;
        int n = abbr.length();
        if (w.length < 1 + n + 3) return null;
        for (int i = 0; i < n; i++) {
            String word = w[1 + i];
            if (!Character.isLetter(word.charAt(0)) || Character.toUpperCase(word.charAt(0)) != abbr.charAt(i)) return null;
        }
        if (!Character.isUpperCase(w[1].charAt(0))) return null;
        String expansion = TRAILING_PUNCT.matcher(String.join(" ", java.util.Arrays.copyOfRange(w, 1, 1 + n))).replaceAll("");
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length));
        return new String[] {w[0] + " (" + expansion + ")", rest};
    }

    private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*([^*]{1,60})\\*\\*\\s+([a-z][^\\s]*\\s.{8,})$");
    private static final Pattern ASIDE = Pattern.compile("(?i)(note|tip|warning|important|example|update|todo|nb|caution|hint)\\b.*");

    /**
     * "**RollingUpdate** replaces pods gradually ...": a bold term opening a sentence about it, one per
     * line of the paragraph. Returns whether any card was made (the block is then used).
     */
    private static boolean boldLeads(RuleContext cx, int k, String text) {
        List<String[]> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = BOLD_LEAD.matcher(line.strip());
            if (!m.matches()) continue;
            String term = Inline.plain(m.group(1)).strip();
            String rest = m.group(2).strip();
            // "**Key:** the ..." ends its bold with a colon: a label over a sentence, not a term opening it.
            if (term.isEmpty() || term.endsWith(":") || Inline.words(term) > 5 || ASIDE.matcher(term).matches() || !looksLikeTerm(term)) {
                continue;
            }
            if (Inline.words(rest) < 3 || PlainLines.CONNECTIVES.contains(PlainLines.firstToken(rest))) continue;
            found.add(new String[] {term, rest});
        }
        if (found.isEmpty()) return false;
        cx.claim(k);
        for (String[] f : found) {
            String w0 = PlainLines.firstToken(f[1]);
            boolean being = w0.equals("is") || w0.equals("are");
            String answer = being ? withoutRepeatedTerm(f[0], f[0] + " " + f[1]) : f[1];
            String q = Phrasing.within(being ? whatIs(f[0]) : (isPlural(f[0]) ? "What do **" : "What does **") + f[0] + "** do?",
                    f[0], cx.topicOfParts(k));
            cx.card(CardKind.DEFINITION, q, Inline.capitalise(Inline.readable(definitionAnswer(f[0], answer))), k, k,
                    cx.path(k));
        }
        return true;
    }

}
