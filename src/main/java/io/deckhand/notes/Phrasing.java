package io.deckhand.notes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions from the structure of what a list or a lead-in says, naming their subject (the command or
 * the topic heading the claims are about) so they stand alone. Never the notes' layout ("list all N",
 * "the points under ..."): a question asks about the subject, or none is made.
 */
final class Phrasing {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private Phrasing() {
    }

    private static final Pattern FOLLOWING_FIRST = Pattern.compile(
            "(?i)^(?:the\\s+)?following\\s+(.+?)\\s+(are|is|were|was|can be|must be|should be|will be)\\s+(.+)$");
    private static final Pattern MODAL_BE = Pattern.compile(
            "(?i)^(.+?)\\s+(can|may|must|should|will)\\s+be(?:\\s+(?:any|one|some))?(?:\\s+of)?$");
    private static final Pattern BEING = Pattern.compile("(?i)^(.+?)\\s+(are|is)$");
    private static final Pattern HAVING = Pattern.compile(
            "(?i)^(.+?)\\s+(includes?|contains?|has|have|needs?|requires?|supports?|consists? of|uses?|offers?|provides?)$");
    private static final Pattern ANNOUNCING = Pattern.compile(
            "(?i)\\s*(?:,\\s*)?(?:(?:as|like)\\s+follows|(?:one|any|some|all)\\s+of\\s+the\\s+following|the\\s+following"
                    + "|following|below|these|this|here)\\s*$");
    private static final Pattern CONDITION = Pattern.compile("(?i)^(if|when|whenever|unless|once|before|after)\\s+(.+)$");
    private static final Pattern PURPOSE = Pattern.compile("(?i)^(?:in order )?to\\s+(.+)$");
    private static final Pattern FINITE = Pattern.compile(
            "(?i)\\b(is|are|was|were|can|could|will|would|should|must|may|has|have|had|does|do|did|need|needs)\\b");
    private static final Pattern CONDITIONAL_ITEM = Pattern.compile(
            "(?is)^(if|when|whenever|unless|once|without)\\s+(.{3,140}?),\\s*(?:then\\s+)?(.{8,})$");
    private static final Pattern LABELLED_ITEM = Pattern.compile(
            "(?s)^(?:\\*\\*)?([A-Za-z][A-Za-z ]{1,30}?)(?:\\*\\*)?\\s*[:–—]\\s+(.{8,})$");
    private static final Pattern ASIDE_LABEL = Pattern.compile(
            "(?i)(note|tip|warning|important|caution|hint|nb|ps|todo|update|example|eg|ex|see|ref|link|source|edit|q|a|answer|question|why|how)");
    /** Labels that name a part of what a topic has ("Pros", "Limitations", "Purpose"), so "the X of Y" reads. */
    private static final Pattern PART_OF_A_TOPIC = Pattern.compile(
            "(?i)(.*[a-z]s|purpose|syntax|format|usage|scope|default|limit|requirement|use case|setup|background)");
    private static final Pattern HEAD_ENDS = Pattern.compile("(?i)\\s+(?:in|of|for|with|on|to|from|by|at|and|vs\\.?)\\s+");
    private static final Pattern CODE_LIKE = Pattern.compile("`|\\s--?[a-z]|[=<>{}\\[\\]|$]|\\S/\\S|\\.\\s*$");
    private static final Pattern PRONOUN_START = Pattern.compile("(?i)(you|we|i|it|they|this|that|these|those|he|she)\\b");
    private static final Pattern PREPOSITION_START = Pattern.compile(
            "(?i)(in|on|at|for|with|from|by|of|as|like|such as|also|and|or|but)\\b");
    private static final Pattern WH_START = Pattern.compile("(?i)(why|when|what|how|where|which|who)\\b.*");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(it|its|it's|it’s|this|they|we|you|i)\\b");
    private static final Pattern CONNECTIVE_START = Pattern.compile("(?i)(and|but|or|so|then|because)\\b");
    /** "Labels vs Annotations": two things contrasted. "Pod-to-pod or pod network" is one thing with two names. */
    private static final Pattern CONTRAST = Pattern.compile("(?i)^(.+?)\\s+(?:vs\\.?|versus|compared to)\\s+(.+)$");

    /** The subject as it reads in a question: code stays code, a name is bold. */
    static String named(String subject) {
        String s = subject.strip();
        if (s.startsWith("`")) return s;
        // "**Define:**", "3. Background": the label's colon and the heading's number are no part of the name.
        String bare = Names.bare(s);
        return "**" + (bare.isEmpty() ? Inline.plain(s) : bare).replace("*", "") + "**";
    }


    /**
     * A question about a term that is an ordinary word ("Portability", "min", "Policy-based") rather than
     * a name ("CoreDNS", `hostPath`, "PV"): such a label means something only as a part of the topic it
     * sits under, so the question names that topic. Names and terms the subject already covers stay.
     */
    static String within(String question, String term, String subject) {
        if (subject == null || subject.isBlank() || !ordinaryWords(term) && !fieldOrValue(term) || subject.strip().startsWith("`")
                || WH_START.matcher(Inline.plain(subject).strip()).matches()) {
            return question;
        }
        String plainSubject = Inline.plain(subject).replace("`", "").strip();
        String plainTerm = Inline.plain(term).replace("`", "").strip();
        if (plainSubject.isEmpty() || FactRules.mentions(plainSubject, plainTerm) || FactRules.mentions(plainTerm, plainSubject)
                || Names.says(plainTerm, plainSubject) || Names.says(plainSubject, plainTerm)) {
            return question;
        }
        return named(subject) + ": " + (WH_START.matcher(question).matches()
                ? Character.toLowerCase(question.charAt(0)) + question.substring(1) : question);
    }

    /**
     * A field of something ("defaultRequest", "`maxSurge`": one word, lower case first, a capital inside) or a
     * bare number ("2380"): unlike a name, it means something only as a part of its topic.
     */
    static boolean fieldOrValue(String term) {
        String t = Inline.plain(term).replace("`", "").strip();
        return FIELD_OR_VALUE.matcher(t).matches();
    }

    private static final Pattern FIELD_OR_VALUE = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*|\\d[\\d.,]*");

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/]+");

    /**
     * Words as a dictionary has them: no code, no inner capitals or digits, no acronym, at most three,
     * and not a capitalised name of several words ("Chain of Trust").
     */
    static boolean ordinaryWords(String term) {
        String t = term.strip();
        if (t.isEmpty() || t.contains("`") || Inline.words(Inline.plain(t)) > 3) return false;
        if (Inline.words(Inline.plain(t)) > 1 && PlainLines.isTitleCase(Inline.plain(t))) return false;
        for (String w : WORD_BREAK.split(Inline.plain(t))) {
            if (w.isEmpty()) continue;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c) || i > 0 && Character.isUpperCase(c) || !Character.isLetter(c) && c != '\'') return false;
            }
        }
        return true;
    }

    /** A lead-in turned into the question its list answers, or null when it cannot be phrased. */
    static String aboutIntro(String intro, String subject) {
        return aboutIntro(intro, subject, subject != null && Names.byItsSpelling(subject));
    }

    /**
     * As {@link #aboutIntro(String, String)}, told whether the subject is a name the notes use: a case ("Once
     * the pod runs:") is asked about a subject only when it is one, else the case must name its own.
     */
    static String aboutIntro(String intro, String subject, boolean subjectIsName) {
        String t = tidy(intro);
        Matcher self = SELF_SUBJECT.matcher(t);
        String plainSubject = subject == null ? "" : Inline.plain(subject).replace("`", "").strip();
        // "It supports ..." under its topic: the pronoun is the topic.
        if (self.lookingAt() && !plainSubject.isEmpty() && !WH_START.matcher(plainSubject).matches()) {
            t = plainSubject + t.substring(self.end(1));
        }
        if (t.isEmpty() || Inline.words(t) > 16 || CODE_LIKE.matcher(t).find() || PRONOUN_START.matcher(t).lookingAt()
                || PRONOUN.matcher(t).find()) {
            return null;
        }
        Matcher m = FRONTED_SETTING.matcher(t);
        if (m.matches() && Inline.words(m.group(2)) >= 2 && !FINITE.matcher(m.group(2)).find()) {
            // "For the test cluster, the list includes:": the setting is asked after the question's verb, where
            // English puts it ("What does the list include for the test cluster?").
            String asked = aboutIntro(m.group(3), subject, subjectIsName);
            return asked == null || !asked.endsWith("?") ? null
                    : asked.substring(0, asked.length() - 1) + " " + lowerFirst(m.group(1)) + " " + m.group(2).strip() + "?";
        }
        m = FOLLOWING_FIRST.matcher(t);
        if (m.matches()) return withSubject("Which " + lowerFirst(m.group(1)) + " " + m.group(2) + " " + m.group(3) + "?", t, subject);
        String core = ANNOUNCING.matcher(t).replaceFirst("").strip();
        if (core.isEmpty()) return null;
        // "Some observations:", "A few tips:": a selection the notes made, not a set the question could ask for.
        if (SELECTION.matcher(core).lookingAt()) return null;
        if ((m = CONDITION.matcher(core)).matches()) {
            if (!caseNamesItsSubject(m.group(2), subject, subjectIsName)) return null;
            return withSubject("What happens " + lowerFirst(core) + "?", core, subjectIsName ? subject : null);
        }
        if ((m = MODAL_BE.matcher(core)).matches()) {
            return withSubject("What " + m.group(2).toLowerCase(Locale.ROOT) + " " + lowerFirst(m.group(1)) + " be?", core, subject);
        }
        if ((m = BEING.matcher(core)).matches()) {
            return withSubject("What " + m.group(2).toLowerCase(Locale.ROOT) + " " + lowerFirst(m.group(1)) + "?", core, subject);
        }
        if ((m = OBJECT_KIND.matcher(core)).matches() && !FINITE.matcher(m.group(1)).find() && Inline.words(m.group(1)) <= 6
                && Inline.words(m.group(3)) <= 4 && FactRules.isPlural(PlainLines.letters(lastWord(m.group(3))))
                && !NOT_A_VERB.matcher(m.group(2)).matches() && !m.group(3).matches("(?i).*\\b(of|to|and|or|with)\\b.*")
                && !PARTICLE_START.matcher(m.group(3)).lookingAt()
                && !PRONOUN.matcher(m.group(1)).find() && !PRONOUN.matcher(m.group(3)).find()
                // "However, good starting points would include ...": an owner with a comma or an object with a
                // verb of its own is a clause, not the thing that has the items.
                && !m.group(1).contains(",") && !FINITE.matcher(m.group(3)).find()) {
            // "X supports three access modes": which access modes X supports.
            String verb = m.group(2).toLowerCase(Locale.ROOT);
            boolean third = !verb.equals("have");
            // The note's own verb says the number: "Kubernetes supports" is one thing, whatever its last letter.
            String base = verb.equals("has") || verb.equals("have") ? "have"
                    : verb.matches(".*(sses|shes|ches|xes|zes)") ? verb.substring(0, verb.length() - 2) : verb.substring(0, verb.length() - 1);
            String owner = m.group(1).matches("(?i)(the|a|an)\\s.*") ? lowerFirst(m.group(1)) : m.group(1);
            return withSubject("Which " + lowerFirst(m.group(3)) + " " + (third ? "does " : "do ") + owner + " " + base + "?",
                    core, subject);
        }
        if ((m = HAVING.matcher(core)).matches() && !PRONOUN.matcher(m.group(1)).find()) {
            String verb = m.group(2).toLowerCase(Locale.ROOT);
            boolean third = verb.endsWith("s") && !verb.equals("has") || verb.equals("has") || verb.startsWith("consists");
            String base = verb.equals("has") ? "have" : third ? verb.replaceFirst("s( of)?$", "$1") : verb;
            String aux = third || !FactRules.isPlural(PlainLines.letters(lastWord(m.group(1)))) ? "does" : "do";
            if (FactRules.isPlural(lastWord(m.group(1)))) aux = "do";
            return withSubject("What " + aux + " " + lowerFirst(m.group(1)) + " " + base + "?", core, subject);
        }
        if (!FINITE.matcher(core).find() && Inline.words(core) <= 8 && !core.contains(",") && nounPhrase(core)) {
            // A noun phrase: "4 major problems", "Helpful debugging commands".
            return withSubject("What are " + the(lowerFirst(core)) + "?", core, subject);
        }
        return null;
    }

    /**
     * A list item that is a claim of its own about the subject: "If controlled by X, the pods are
     * ignored" asks what happens in that case; "Default: ClusterIP" asks for the subject's default.
     * {front, back} or null. Needs a subject, except for advice in a case that names its own things
     * ("If the volume stays Released, clear its claim"): that asks what to do in it.
     */
    static String[] claimItem(String item, String subject) {
        return claimItem(item, subject, subject != null && (subject.strip().startsWith("`") || Names.byItsSpelling(subject)));
    }

    /** As {@link #claimItem(String, String)}, told whether the subject is a name the notes use (see {@link #caseNamesItsSubject}). */
    static String[] claimItem(String item, String subject, boolean subjectIsName) {
        boolean noSubject = subject == null || subject.isBlank();
        String t = item.strip();
        Matcher m = CONDITIONAL_ITEM.matcher(t);
        if (m.matches() && !m.group(3).strip().startsWith("`")) {
            String condition = m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).strip();
            String body = m.group(2);
            String result = m.group(3).strip();
            // "If A, B, C, then D": the condition runs to "then" when the item says it.
            int then = t.toLowerCase(Locale.ROOT).indexOf(", then ");
            Matcher series;
            if (then > m.start(2)) {
                condition = m.group(1).toLowerCase(Locale.ROOT) + " " + t.substring(m.start(2), then).strip();
                result = t.substring(then + 7).strip();
            } else if ((series = SERIES_GOES_ON.matcher(result)).matches() && seriesItem(series.group(1), series.group(2))) {
                // "If the pods are crash-looping, unhealthy, or under-resourced, R": the first comma is inside the
                // condition's own series; the condition runs to the comma after its last item.
                body = body.strip() + ", " + (series.group(1) == null ? "" : series.group(1).strip() + ", ") + series.group(2).strip();
                condition = m.group(1).toLowerCase(Locale.ROOT) + " " + body;
                result = series.group(3).strip();
            }
            if (Inline.words(condition) > 20 || Inline.words(body) < 3 || result.endsWith("?")
                    || PREPOSITION_START.matcher(result).lookingAt()
                    || CONNECTIVE_START.matcher(result).lookingAt() || PRONOUN_START.matcher(body.strip()).lookingAt()
                    || POINTS_BACK.matcher(Inline.plain(body).strip()).lookingAt() || standsForThingsToldBefore(body)
                    || Anaphora.resultPointsBack(result, condition + " " + (noSubject ? "" : subject)) != null) {
                return null;
            }
            // A result that tells the reader what to do is advice: the case asks what to do, not what happens.
            boolean advice = instruction(result);
            if (noSubject) {
                // A situation that names its own things ("If the volume stays Released, clear ...") is asked as
                // what to do in it; a fact about an unnamed subject, or a case leaning on another, is not.
                // "if binding to an account": a participle's subject is the topic left unsaid.
                if (!advice || Inline.words(body) < 4 || LEANS_BACK.matcher(condition).find()
                        || PARTICIPLE_START.matcher(body.strip()).lookingAt()) {
                    return null;
                }
                return new String[] {"What do you do " + condition + "?", Inline.capitalise(result)};
            }
            if (!caseNamesItsSubject(body, subject, subjectIsName)) return null;
            String ask = advice ? "what do you do " : "what happens ";
            // "Capturing dumps on OOM" is something done, no thing a case happens to: it is the case's setting.
            String action = asAction(subject);
            if (action != null) return new String[] {"When " + action + ", " + ask + condition + "?", Inline.capitalise(result)};
            // A heading that is no name ("Capturing dumps on demand") is no subject: the case names its own.
            if (!subjectIsName && !mentionsSubject(body, subject)) {
                return new String[] {Inline.capitalise(ask) + condition + "?", Inline.capitalise(result)};
            }
            return new String[] {named(subject) + ": " + ask + condition + "?", Inline.capitalise(result)};
        }
        if (noSubject) return null;
        m = LABELLED_ITEM.matcher(t);
        // "How it works: ..." is a clause, not a part the topic has: "the how it works of X" cannot be asked.
        if (m.matches() && Vocabulary.isSectionLabel(m.group(1)) && !ASIDE_LABEL.matcher(m.group(1).strip()).matches()
                && PART_OF_A_TOPIC.matcher(m.group(1).strip()).matches() && !WH_START.matcher(m.group(1).strip()).matches()
                && !PRONOUN.matcher(m.group(1)).find()) {
            String label = m.group(1).strip().toLowerCase(Locale.ROOT);
            String be = FactRules.isPlural(label) ? "are" : "is";
            return new String[] {"What " + be + " the " + label + " of " + named(subject) + "?", Inline.capitalise(m.group(2).strip())};
        }
        return null;
    }

    /**
     * True when a clause tells the reader what to do: it opens with a verb in the imperative ("Check the
     * logs", "Always follow up with ...", "Don't ...") or says what "you" must, should or need to do.
     */
    static boolean instruction(String clause) {
        String t = Inline.plain(clause).strip().replaceFirst("^[*_]+", "");
        Matcher m = ADVICE.matcher(t);
        if (m.lookingAt()) return true;
        String first = PlainLines.letters(PlainLines.firstToken(t.replaceFirst("(?i)^(?:always|never|first|then|just)\\s+", "")));
        if (first.isEmpty()) return false;
        String w = first.toLowerCase(Locale.ROOT);
        // "restart count goes up": a verb's spelling used as a noun has a verb of its own next.
        String[] words = WHITESPACE_RUN.split(t);
        if (words.length > 1 && NOUN_USE.matcher(words[1]).matches() || words.length > 2 && NOUN_USE.matcher(words[2]).matches()) {
            return false;
        }
        return PlainLines.isImperative(w) || Vocabulary.isCommandVerb(w);
    }

    /**
     * Whether a case ("if/when/once CONDITION") says what it is about: the condition does not open with a
     * word that points back ("one", "it", "any of them", "this"), and either the subject it is asked
     * under is a name, or the condition names it, or the condition opens with a thing of its own ("a
     * selector", "there are", "`kubectl`", "CoreDNS pods").
     */
    static boolean caseNamesItsSubject(String condition, String subject, boolean subjectIsName) {
        String c = Inline.plain(condition).strip();
        // "if everything above looks fine": a case told by the notes before it.
        if (POINTS_BACK.matcher(c).lookingAt() || TOLD_BEFORE.matcher(c).find()) return false;
        if (subject != null && !subject.isBlank() && (subjectIsName || mentionsSubject(condition, subject))) return true;
        if (OWN_THING.matcher(c).lookingAt() || condition.strip().startsWith("`")) return true;
        // "CoreDNS pods fail", "the SYN arrives": a name opens the condition, with or without its article.
        String[] w = WHITESPACE_RUN.split(c);
        int at = w.length > 1 && w[0].equalsIgnoreCase("the") ? 1 : 0;
        return Names.marked(w[at].replaceAll("[^A-Za-z0-9]", ""));
    }

    private static boolean mentionsSubject(String condition, String subject) {
        if (subject == null || subject.isBlank()) return false;
        String plain = Inline.plain(subject).replace("`", "").strip();
        String said = Inline.plain(condition).replace("`", "");
        return !plain.isEmpty() && (FactRules.mentions(said, plain) || Names.says(said, plain));
    }

    /**
     * Whether a case opens with a quantifier, or "the" and an ordinal, that stands for things the notes told
     * before it with no noun of its own ("if either is missing", "if only the second fails", "when any are
     * wrong"): the verb comes right after it (an auxiliary, or for a singular one a verb ending in -s or
     * -ed). Words: {@code pronoun-quantifiers*.txt}, {@code ordinal-words.txt}, {@code focus-adverbs.txt}.
     */
    static boolean standsForThingsToldBefore(String condition) {
        String[] w = WHITESPACE_RUN.split(Inline.plain(condition).strip().toLowerCase(Locale.ROOT));
        int i = w.length > 1 && Vocabulary.isFocusAdverb(w[0]) ? 1 : 0;
        if (i >= w.length) return false;
        boolean singular;
        int next;
        if (w[i].equals("the") && i + 1 < w.length && Vocabulary.isOrdinal(PlainLines.letters(w[i + 1]))) {
            singular = true;
            next = i + 2;
        } else if (Vocabulary.singularPronounQuantifiers().contains(PlainLines.letters(w[i]))) {
            singular = true;
            next = i + 1;
        } else if (i + 1 < w.length && Vocabulary.pronounQuantifiers().contains(w[i] + " " + PlainLines.letters(w[i + 1]))) {
            singular = false;
            next = i + 2;
        } else if (Vocabulary.pronounQuantifiers().contains(PlainLines.letters(w[i]))) {
            singular = false;
            next = i + 1;
        } else {
            return false;
        }
        if (next >= w.length) return true;
        String after = w[next];
        if (after.equals("of") && next + 1 < w.length && STAND_IN_OBJECT.matcher(w[next + 1]).matches()) return true;
        return AUXILIARY.matcher(after).matches() || PAST_VERB.matcher(after).matches()
                || singular && SINGULAR_VERB.matcher(after).matches();
    }

    /** "is", "are", "have", "can't": a verb that can only follow a subject, never be one's noun. */
    private static final Pattern AUXILIARY = Pattern.compile("(?:is|are|was|were|has|have|had|does|do|did|can|could|will"
            + "|would|should|must|may|might|isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|doesn'?t|don'?t|didn'?t|can'?t"
            + "|cannot|won'?t|shouldn'?t)[,.]?");
    private static final Pattern PAST_VERB = Pattern.compile("[a-z]{2,}ed[,.]?");
    /** "fails", "returns": after a singular quantifier, the verb ("each node" has its noun, "each returns" none). */
    private static final Pattern SINGULAR_VERB = Pattern.compile("[a-z]+[^s\\s']s[,.]?");
    private static final Pattern STAND_IN_OBJECT = Pattern.compile("(?:them|these|those|it|us)[,.]?");
    /** "unhealthy, or under-resourced, R", "or jammed, R": the rest of a condition's series, then the result. */
    private static final Pattern SERIES_GOES_ON = Pattern.compile(
            "(?is)^(?:([^,`]{1,40}),\\s+)?((?:[^,`]{1,40},\\s+){0,3}(?:or|and)\\s+[^,`]{1,60}),\\s*(?:then\\s+)?(.{8,})$");

    /**
     * Whether the words after a condition's first comma are more items of its series, not the result: the next
     * item is a word or two with no verb of its own ("unhealthy", "hostname"), or, when the series has two
     * items, the "or"/"and" item is that short ("or worn out"); "the loom stops, and ..." is a clause.
     */
    private static boolean seriesItem(String next, String last) {
        String item = next != null ? next : last.strip().replaceFirst("(?i)^(?:or|and)\\s+", "");
        return Inline.words(item) <= SERIES_ITEM_WORDS && !FINITE.matcher(item).find() && !PRONOUN_START.matcher(item).lookingAt();
    }
    /** A series' next item is a word or two ("unhealthy", "hostname"); a clause there is the result's. */
    private static final int SERIES_ITEM_WORDS = 2;

    /** A condition's opening word that stands for something told before: "one" as a pronoun, "it", "any of them". */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)(?:it|its|they|them|their|he|she|this|that|these|those"
            + "|(?:any|some|each|all|none|both|either|neither|one|most|many)\\s+of\\s+(?:them|these|those|it)"
            + "|one(?=\\s*$|\\s+(?:is|was|has|does|can|could|will|would|should|must|may|might|isn'?t|doesn'?t|hasn'?t|[a-z]+[^s\\s]s)\\b))\\b");
    private static final Pattern TOLD_BEFORE = Pattern.compile("(?i)\\b(?:above|previous(?:ly)?|earlier|aforementioned|former|latter)\\b");
    /** A condition that opens with a thing of its own: an indefinite article or quantifier, "there is", "you". */
    private static final Pattern OWN_THING = Pattern.compile(
            "(?i)(?:a|an|any|every|each|no|some|multiple|several|two|three|there\\s+(?:is|are|was|were)|you|someone|somebody)\\b");

    /** Words by which a case leans on one told before it ("if it is also broken", "if that still fails"). */
    private static final Pattern LEANS_BACK = Pattern.compile("(?i)\\b(?:also|still|again|too|either|this|that|these|those|above|previous)\\b");
    private static final Pattern PARTICIPLE_START = Pattern.compile("(?i)[a-z]{3,}(?:ing|ed)\\b");
    private static final Pattern NOUN_USE = Pattern.compile("(?i)(?:is|are|was|were|will|would|can|could|may|might|must|should|does|do|goes|increases|grows|stays|becomes)");
    private static final Pattern ADVICE = Pattern.compile(
            "(?i)(?:you\\s+(?:must|should|need\\s+to|have\\s+to|'ll\\s+need\\s+to)|do\\s+not|don't|don’t|make\\s+sure|be\\s+sure)\\b");

    /**
     * A sentence of prose that is a case ("If C, then R", "When C, R") or a purpose ("To do X, do Y")
     * about the subject: {front, back} or null. A case needs a subject to stand alone; a purpose names
     * what it is about itself.
     */
    static String[] claimSentence(String sentence, String subject) {
        return claimSentence(sentence, subject, subject != null && (subject.strip().startsWith("`") || Names.byItsSpelling(subject)));
    }

    /** As {@link #claimSentence(String, String)}, told whether the subject is a name the notes use. */
    static String[] claimSentence(String sentence, String subject, boolean subjectIsName) {
        String t = Inline.withoutFinalStop(sentence.strip());
        if (Inline.words(t) > 45) return null;
        // The purpose ends at a comma outside brackets and code: "(is it worse, or not?)" is part of it.
        Matcher m = PURPOSE_SENTENCE.matcher(masked(t));
        if (m.matches()) {
            String purpose = t.substring(m.start(1), m.end(1));
            String rest = t.substring(m.start(2), m.end(2));
            if (Inline.words(purpose) >= 3 && Inline.words(rest) >= 2 && !purpose.contains(" - ") && !purpose.contains(":")
                    && !PRONOUN_START.matcher(rest).lookingAt() && !CODE_LIKE.matcher(purpose).find()) {
                // A heading that says what to do ("Manage access") is the purpose's setting, not what it is about.
                String about = asAction(subject) == null ? subject : null;
                return new String[] {withSubject("How do you " + purpose.strip() + "?", purpose, about),
                        Inline.capitalise(rest.strip()) + "."};
            }
        }
        if (subject == null || subject.isBlank()) return null;
        String[] qa = claimItem(t, subject, subjectIsName);
        if (qa == null || !qa[0].toLowerCase(Locale.ROOT).contains("what happens")) return null;
        return new String[] {qa[0], qa[1].endsWith(".") ? qa[1] : qa[1] + "."};
    }

    /** The text with every character inside brackets or a code span replaced by one that is no comma: offsets kept. */
    static String masked(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean code = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') code = !code;
            else if (!code && c == '(') depth++;
            else if (!code && c == ')' && depth > 0) depth--;
            out.append((depth > 0 || code) && c != '(' && c != '`' ? '_' : c);
        }
        return out.toString();
    }

    private static final Pattern PURPOSE_SENTENCE = Pattern.compile("(?is)^(?:in order )?to\\s+(.{8,100}?),\\s+(.{8,})$");

    /** A heading that is a situation ("If a node reports DiskPressure"): a clause, so no topic, but the steps' case. */
    static boolean isCondition(String heading) {
        return heading != null && CONDITION.matcher(Inline.plain(heading).strip()).matches();
    }

    /** The question of a list of steps: what to do in the lead-in's case, or for the subject. */
    static String stepsFor(String intro, String subject, boolean ordered) {
        String order = ordered ? ", in order" : "";
        if (intro != null) {
            String t = ANNOUNCING.matcher(tidy(intro)).replaceFirst("").strip();
            if (t.isEmpty()) return subject == null || subject.isBlank() ? null : stepsFor(null, subject, ordered);
            Matcher m = CONDITION.matcher(t);
            if (m.matches()) return withSubject("What do you do " + lowerFirst(t) + order + "?", t, subject);
            if ((m = PURPOSE.matcher(t)).matches()) return "How do you " + m.group(1) + order + "?";
            if (t.toLowerCase(Locale.ROOT).matches("(steps?|how)\\b.*") && Inline.words(t) <= 12) {
                return withSubject("What are " + the(lowerFirst(t)) + order + "?", t, subject);
            }
            // "Configure these parameters:" asks for the steps of something to do; "Workflow:" names nothing to do.
            if (!namesAnAction(t) || PRONOUN.matcher(t).find()) return null;
            return withSubject(Inline.capitalise(t) + ": what are the steps" + order + "?", t, subject);
        }
        if (subject == null || subject.isBlank()) return null;
        // A heading that is a situation ("If a node reports DiskPressure") asks what to do in it.
        if (CONDITION.matcher(Inline.plain(subject).strip()).matches()) {
            return "What do you do " + lowerFirst(Inline.plain(subject).strip()) + order + "?";
        }
        // Steps are how something is done: "Control node" or "Lab exercises" names no action to take.
        if (!namesAnAction(subject)) return null;
        return "What are the steps for " + named(subject) + order + "?";
    }

    /**
     * The kind a lead-in says its items are, or "": "The config includes the following plugins of the server:"
     * gives "Plugins of the server". A lead-in that names no kind ("as follows:", "the following:") gives "".
     */
    static String announcedKind(String intro) {
        Matcher m = ANNOUNCED_KIND.matcher(Inline.plain(intro).strip());
        if (!m.find()) return "";
        String kind = m.group(1).strip();
        if (Inline.words(kind) > 5 || FINITE.matcher(kind).find() || PRONOUN.matcher(kind).find()) return "";
        return Inline.capitalise(kind);
    }

    /**
     * A plain-word label asked as one of the kind its list's lead-in names: "What is **errors**?" under "Plugins
     * of the server" becomes "What is the **errors** plugin of the server?". Names, and kinds that are no plural
     * noun, are left to {@link #within}.
     */
    static String asMember(String question, String term, String kind) {
        String member = kind == null || kind.isBlank() ? null : singularKind(kind);
        if (member == null || !(ordinaryWords(term) || fieldOrValue(term))) return within(question, term, kind);
        Matcher m = ASKS_WHAT_IT_IS.matcher(question);
        if (m.matches()) return "What is the **" + m.group(1) + "** " + member + "?";
        m = ASKS_WHAT_IT_DOES.matcher(question);
        if (m.matches()) return "What does the **" + m.group(1) + "** " + member + " do?";
        return within(question, term, kind);
    }

    private static final Pattern ASKS_WHAT_IT_IS = Pattern.compile("What (?:is|are) \\*\\*([^*]+)\\*\\*\\?");
    private static final Pattern ASKS_WHAT_IT_DOES = Pattern.compile("What (?:does|do) \\*\\*([^*]+)\\*\\* do\\?");
    private static final Pattern KIND_OWNER = Pattern.compile("(?i)^(.+?)(\\s+(?:of|for|in)\\s+.+)?$");

    /** "Plugins of the server" as one of them: "plugin of the server"; null when its head word is no plural. */
    private static String singularKind(String kind) {
        Matcher m = KIND_OWNER.matcher(kind.strip());
        if (!m.matches()) return null;
        String head = m.group(1);
        String last = lastWord(head);
        if (!FactRules.isPlural(last) || !last.matches("[A-Za-z]+")) return null;
        String one = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y"
                : last.matches(".*(sses|shes|ches|xes)") ? last.substring(0, last.length() - 2) : last.substring(0, last.length() - 1);
        String singular = head.substring(0, head.length() - last.length()) + one;
        return lowerFirst(singular) + (m.group(2) == null ? "" : m.group(2));
    }

    private static final Pattern ANNOUNCED_KIND = Pattern.compile("(?i)\\b(?:the|these)\\s+following\\s+([^:,.;]{3,60}?)\\s*:?\\s*$");

    /**
     * "the" before a noun phrase, unless the phrase opens with a determiner of its own: "all platforms",
     * "your nodes" and "the steps" are asked as written, never "the all platforms".
     */
    /**
     * "What are the handlers of **Healthchecks**?": a kind of parts asked within its owner. Ordinary words
     * are lower-cased; a name keeps its spelling ("ConfigMaps").
     */
    static String kindWithin(String kind, String owner) {
        String k = Names.bare(kind);
        boolean name = k.contains("`");
        for (String w : WHITESPACE_RUN.split(k)) name |= Names.marked(w);
        String shown = name ? k : k.toLowerCase(Locale.ROOT);
        return "What are " + the(shown) + " of " + named(owner) + "?";
    }

    static String the(String phrase) {
        String first = PlainLines.letters(PlainLines.firstToken(Inline.plain(phrase)));
        return !first.isEmpty() && Vocabulary.isDeterminer(first) ? phrase : "the " + phrase;
    }

    /**
     * A heading that says something done rather than names a thing, as the clause of a "When ..." setting:
     * "Capturing the dump on OOM" gives "capturing the dump on OOM", "Drain a node" gives "you drain a node".
     * A verb is told from a noun by the determiner its object opens with: "Scheduling modes", "Update
     * strategy", "Rolling the update" (an -ing word that describes) name things and give null.
     */
    static String asAction(String subject) {
        if (subject == null || subject.strip().startsWith("`")) return null;
        String plain = Inline.plain(Names.bare(subject)).replace("*", "").strip();
        String[] w = WHITESPACE_RUN.split(plain);
        if (w.length < 3 || !Character.isLetter(plain.charAt(0)) || !DETERMINER_WORD.matcher(w[1]).matches()) return null;
        String first = PlainLines.letters(w[0]).toLowerCase(Locale.ROOT);
        if (first.endsWith("ing") && first.length() > 5 && !Vocabulary.isDescribingParticiple(first)) return lowerFirst(plain);
        if (PlainLines.isImperative(first) || Vocabulary.isCommandVerb(first)) return "you " + lowerFirst(plain);
        return null;
    }

    private static final Pattern DETERMINER_WORD = Pattern.compile("(?i)(?:a|an|the|your|its|their|all|each|every|some|any)");

    /** "**Troubleshooting**: what are the steps for **Node NotReady**?": a case asked within the action it is part of. */
    /** "we will look at the below", "as follows": prose that ends by announcing what comes next. */
    static boolean announces(String prose) {
        return ANNOUNCES_NEXT.matcher(Inline.plain(prose).strip()).find();
    }

    private static final Pattern ANNOUNCES_NEXT = Pattern.compile("(?i)\\b(?:below|following|follows)[.:\\s]*$");

    static String stepsWithin(String action, String subject, boolean ordered) {
        return named(action) + ": what are the steps for " + named(subject) + (ordered ? ", in order" : "") + "?";
    }

    /**
     * "Install worker nodes", "Kubeadm - Upgrading the cluster", "Cluster upgrade": a part of the name
     * opens with a verb of doing (or its -ing form), or ends with one used as a noun. "Control node",
     * "Workflow", "Lab exercises for storage" name things, not something to do.
     */
    static boolean namesAnAction(String subject) {
        for (String part : NAME_PARTS.split(Inline.plain(subject).replace("`", "").strip())) {
            String[] words = WHITESPACE_RUN.split(part.strip());
            if (words.length == 0 || words[0].isEmpty()) continue;
            String first = PlainLines.letters(words[0]).toLowerCase(Locale.ROOT);
            if (first.equals("how") || doing(first)) return true;
            String last = PlainLines.letters(words[words.length - 1]).toLowerCase(Locale.ROOT);
            if (words.length > 1 && (PlainLines.isImperative(last) || Vocabulary.isCommandVerb(last))) return true;
        }
        return false;
    }

    private static final Pattern NAME_PARTS = Pattern.compile("\\s+[-–—:]\\s+|:\\s+");

    /** A verb of doing, bare ("install") or as its -ing form ("installing", "upgrading", "setting"). */
    private static boolean doing(String w) {
        if (PlainLines.isImperative(w) || Vocabulary.isCommandVerb(w)) return true;
        if (!w.endsWith("ing") || w.length() < 5) return false;
        String stem = w.substring(0, w.length() - 3);
        return PlainLines.isImperative(stem) || Vocabulary.isCommandVerb(stem) || Vocabulary.isCommandVerb(stem + "e")
                || PlainLines.isImperative(stem + "e")
                || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && Vocabulary.isCommandVerb(stem.substring(0, stem.length() - 1));
    }

    /** "What are the 4 **Access Modes**?" when the topic names the items' kind (a plural), else null. */
    static String namesOf(String topic) {
        if (topic == null || topic.startsWith("`") || FINITE.matcher(topic).find() || topic.contains("n't")
                || topic.contains("n’t") || TITLE_AND_SUBTITLE.matcher(topic).find()) {
            return null;
        }
        // The head of "Process Management in Containers" is "Management", not "Containers".
        String head = HEAD_ENDS.split(Inline.plain(topic).strip(), 2)[0];
        String last = lastWord(head);
        if (!FactRules.isPlural(last) && !last.toLowerCase(Locale.ROOT).matches(".*(types|kinds|modes|policies)")) return null;
        // No count: "the 4" is how many the notes happen to list, which the learner cannot know.
        return "What are the " + named(topic) + "?";
    }

    /** "For the test cluster, ...", "In production, ...": a setting put before the lead-in's own clause. */
    private static final Pattern FRONTED_SETTING = Pattern.compile(
            "(?i)^(for|in|on|with|within|without|under|after|before|during|inside|outside|at)\\s+([^,]{3,60}),\\s+(\\S.*)$");
    /** "Exam Prep: Clusters from Scratch": a title and its subtitle name a document, not a kind of items. */
    private static final Pattern TITLE_AND_SUBTITLE = Pattern.compile("\\S:\\s+\\S");
    private static final Pattern SELF_SUBJECT = Pattern.compile("(?i)^(it|this|they|these)\\s+(?=[a-z]+s?\\s)");
    private static final Pattern OBJECT_KIND = Pattern.compile("(?i)^(.+?)\\s+(has|have|[a-z]{3,}s)\\s+(?:the\\s+)?"
            + "(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|various|different|some)\\s+)?"
            + "(.+?)(?:\\s+(?:like|such as|including))?$");
    /**
     * Words ending in s that are no verb of the third person; nor is any word ending in -ss, -us or -is, since
     * a verb takes -es there ("Common status indicators" has no verb "statu").
     */
    private static final Pattern NOT_A_VERB = Pattern.compile(
            "(?i)(is|was|does|its|this|thus|always|sometimes|perhaps|across|unless|as|us|plus|[a-z]*(?:ss|us|is))");
    /** "sets up Deployments": the verb's particle is no part of the object, so "Which up ..." cannot be asked. */
    private static final Pattern PARTICLE_START = Pattern.compile(
            "(?i)(?:up|down|out|off|in|on|over|back|away|about|around|through|into|onto|by|along)\\b");
    private static final Pattern PARTS_OF = Pattern.compile("(?i)^(.+?)\\s+(?:of|for|in)\\s+(.+)$");

    /**
     * The question a heading asks when it names a kind of parts, or null: "Benefits of probes" asks for
     * the benefits of probes; "Networking requirements" (a plural in plain words, not a Title Case
     * name such as "Daemon Sets") asks for them, and of {@code owner} when the heading does not name it.
     */
    static String partsOf(String heading, String owner) {
        String h = tidy(heading);
        if (h.isEmpty() || Inline.words(h) < 2 || Inline.words(h) > 8 || WH_START.matcher(h).matches() || FINITE.matcher(h).find()
                || PRONOUN.matcher(h).find() || CODE_LIKE.matcher(h).find() || PlainLines.isImperative(PlainLines.firstToken(h))) {
            return null;
        }
        Matcher m = PARTS_OF.matcher(h);
        if (m.matches()) {
            String head = lastWord(m.group(1));
            if (!FactRules.isPlural(head) || !ordinaryWords(m.group(1))) return null;
            return "What are " + the(m.group(1).toLowerCase(Locale.ROOT) + h.substring(m.end(1))) + "?";
        }
        String last = lastWord(h);
        if (!FactRules.isPlural(last) || PlainLines.isTitleCase(h) || Inline.words(h) > 3 || CONDITION.matcher(h).matches()) return null;
        String[] words = WHITESPACE_RUN.split(h);
        // "Checking dependencies" is a thing to do, not a kind of parts; "ConfigMaps storing files" a claim.
        if (words[0].toLowerCase(Locale.ROOT).endsWith("ing")) return null;
        for (int i = 1; i < words.length; i++) if (!words[i].matches("[a-z]+") || words[i].endsWith("ing")) return null;
        String question = "What are " + the(lowerFirst(h));
        String ownerPlain = owner == null ? "" : Inline.plain(owner).replace("`", "").strip();
        if (!ownerPlain.isEmpty() && !FactRules.mentions(h, ownerPlain) && !FactRules.mentions(ownerPlain, h)) {
            question += " of " + named(owner);
        }
        return question + "?";
    }

    private static final Pattern PRONOUN_BEING = Pattern.compile("(?i)^(?:it|this|these|they|those)\\s+(?:is|are)\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern PRONOUN_DOING = Pattern.compile("(?i)^(?:it|this|they)\\s+(?=[a-z])", Pattern.DOTALL);

    /**
     * The answer of "What is {@code term}?" made to stand alone when it opens with a pronoun: "These
     * are `key:value` pairs ..." is "`key:value` pairs ...", "This will also cordon the node" says what
     * the term does. Null when nothing is left to learn ("These are trusted").
     */
    static String standingAlone(String term, String answer) {
        String a = answer.strip();
        Matcher m = PRONOUN_BEING.matcher(a);
        if (m.matches()) {
            String rest = m.group(1).strip();
            return Inline.words(Inline.plain(rest)) < 2 ? null : Inline.capitalise(rest);
        }
        m = PRONOUN_DOING.matcher(a);
        if (m.lookingAt() && !a.matches("(?i)^(it|this|they)\\s+(is|are|was|were)\\b.*")) {
            return named(term) + " " + a.substring(m.end());
        }
        return a;
    }

    /** Claims about a topic recalled together: how two things differ, or the key facts of one. */
    static String pointsAbout(String topic, String section) {
        if (topic == null || topic.isBlank()) return null;
        String plain = tidy(topic);
        if (WH_START.matcher(plain).matches()) {
            // "When to use Alpine": the heading is the question, unless it leans on something ("Why it's useful").
            return PRONOUN.matcher(plain).find() ? null : Inline.capitalise(plain) + "?";
        }
        if (plain.contains("following")) return aboutIntro(plain, "");
        // A heading that makes a claim ("Multi-stage can solve this") is no subject to ask about.
        if (FINITE.matcher(plain).find() || PRONOUN.matcher(plain).find()) return null;
        topic = plain;
        if (section != null && !section.equals(topic) && Vocabulary.isSectionLabel(section)
                && FactRules.isPlural(lastWord(section)) && !ASIDE_LABEL.matcher(lastWord(section)).matches()
                && !section.toLowerCase(Locale.ROOT).matches(".*\\b(notes|examples|links|references|resources|steps|commands|contents|toc)$")) {
            // "Gotchas" under "RBAC": the gotchas of RBAC. Under "Networking requirements" (itself a kind of parts)
            // "the benefits of the requirements" is a label of a label: what they belong to is not said.
            if (partsOf(topic, null) != null || Vocabulary.isSectionLabel(lastWord(topic))) return null;
            return "What are " + the(lowerFirst(Inline.plain(section).strip()).toLowerCase(Locale.ROOT)) + " of " + named(topic) + "?";
        }
        Matcher m = CONTRAST.matcher(Inline.plain(topic).strip());
        if (m.matches() && Inline.words(m.group(1)) <= 3 && Inline.words(m.group(2)) <= 3) {
            return "How do " + named(m.group(1)) + " and " + named(m.group(2)) + " differ?";
        }
        return "What are the key facts about " + named(topic) + "?";
    }

    /**
     * "4 major problems", "Helpful commands for most objects", "Pros and cons": a plural head, no
     * imperative in front. Joined by "and"/"or", every part has a plural head: "Labels and debugging" is a
     * title of two topics, not a kind of items.
     */
    private static boolean nounPhrase(String s) {
        String head = PARTS_END.split(Inline.plain(s).strip(), 2)[0];
        for (String part : COORDINATION.split(head)) {
            if (!FactRules.isPlural(PlainLines.letters(lastWord(part)))) return false;
        }
        return !PlainLines.isImperative(PlainLines.firstToken(s));
    }

    private static final Pattern PARTS_END = Pattern.compile("(?i)\\s+(?:in|of|for|with|on|to|from|by|at|vs\\.?)\\s+");
    private static final Pattern COORDINATION = Pattern.compile("(?i)\\s+(?:and|or|&)\\s+");
    private static final Pattern SELECTION = Pattern.compile("(?i)(?:some|a\\s+few|several|various|a\\s+couple\\s+of|certain)\\s");

    /** Prefixes the subject when the question does not name it already. */
    private static String withSubject(String question, String said, String subject) {
        if (subject == null || subject.isBlank()) return question;
        String plain = Inline.plain(subject).replace("`", "").strip();
        if (plain.isEmpty() || FactRules.mentions(said, plain) || Names.says(said, plain)) return question;
        return named(subject) + ": " + lowerFirst(question);
    }

    private static String tidy(String intro) {
        String t = Inline.withoutLeadIn(Inline.readable(intro)).strip();
        while (!t.isEmpty() && ":-–—,;".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    private static String lastWord(String s) {
        String[] w = WHITESPACE_RUN.split(Inline.plain(s).strip());
        return w.length == 0 ? "" : w[w.length - 1];
    }

    /** "Deploy Redis" → "deploy Redis": a task label's verb in lower case, its object as written. */
    static String verbFirst(String label) {
        String t = label.strip();
        if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))) {
            return Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    /** "The pods" → "the pods"; names stay ("Access Modes", "NodePort", "PV"). */
    static String lowerFirst(String s) {
        if (PlainLines.isTitleCase(s) && Inline.words(s) > 1) return s;
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
