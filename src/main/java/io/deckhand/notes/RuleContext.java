package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;

/** The blocks of one note with the heading path at each block and which blocks a card already used. */
final class RuleContext {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final java.util.regex.Pattern WHITESPACE_RUN = java.util.regex.Pattern.compile("\\s+");
    final List<Block> blocks;
    final boolean[] claimed;
    private final List<List<String>> paths = new ArrayList<>();
    private final CardSink sink;
    private final String path;
    private final List<String> tags;
    /** The note's text when it is a flattened plain-text note (its line breaks carry meaning), else null. */
    private final String flatText;
    private String[] flatLines;
    /** Headings shared by many notes of the import, or repeated within this note: a template's section names. */
    private final java.util.Set<String> repeatedHeadings;
    /** How the notes of the import write their words (see {@link #folderWords()}). */
    private FolderWords folderWords;
    /** The note's whole text when it is read alone: its word table is made from it only if a rule asks. */
    private String aloneText;
    /** The title the note's file name gives it, or "" (see {@link #title()}: checked against the body once). */
    private String title;
    private boolean titleChecked;

    RuleContext(List<Block> blocks, CardSink sink, String path, List<String> tags, boolean[] claimedByExplicit) {
        this(blocks, sink, path, tags, claimedByExplicit, null);
    }

    RuleContext(List<Block> blocks, CardSink sink, String path, List<String> tags, boolean[] claimedByExplicit,
                String flatText) {
        this(blocks, sink, path, tags, claimedByExplicit, flatText, java.util.Set.of());
    }

    RuleContext(List<Block> blocks, CardSink sink, String path, List<String> tags, boolean[] claimedByExplicit,
                String flatText, java.util.Set<String> repeatedHeadings) {
        this(blocks, sink, path, tags, claimedByExplicit, flatText, repeatedHeadings, (FolderWords) null);
    }

    /**
     * A note read alone: its word table is read from {@code text} when a rule first asks whether a word
     * is a name (many notes never ask).
     */
    RuleContext(List<Block> blocks, CardSink sink, String path, List<String> tags, boolean[] claimedByExplicit,
                String flatText, java.util.Set<String> repeatedHeadings, String text) {
        this(blocks, sink, path, tags, claimedByExplicit, flatText, repeatedHeadings, (FolderWords) null);
        this.aloneText = text;
    }

    /** {@code folderWords}: how the notes read with this one write their words; null reads this note alone. */
    RuleContext(List<Block> blocks, CardSink sink, String path, List<String> tags, boolean[] claimedByExplicit,
                String flatText, java.util.Set<String> repeatedHeadings, FolderWords folderWords) {
        this.folderWords = folderWords;
        this.title = NoteTitle.of(path);
        this.flatText = flatText;
        this.blocks = blocks;
        this.sink = sink;
        this.path = path;
        this.tags = List.copyOf(tags);
        this.claimed = claimedByExplicit;
        List<String> stack = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (Block b : blocks) {
            // An outline heading (a list item with points under it) ends with its last line.
            while (!ends.isEmpty() && b.first() > ends.get(ends.size() - 1)) {
                pop(stack, levels, ends);
            }
            if (b instanceof Block.Heading h) {
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= h.level()) {
                    pop(stack, levels, ends);
                }
                levels.add(h.level());
                stack.add(Inline.plain(h.text()));
                ends.add(h.last() > h.first() ? h.last() : Integer.MAX_VALUE);
            }
            paths.add(List.copyOf(stack));
        }
        List<String> headings = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) headings.add(h.text());
            // A bold label that opens a paragraph ("**Problem:** ...") is a heading in all but markup.
            if (b instanceof Block.Prose p) {
                java.util.regex.Matcher m = BOLD_LABEL.matcher(p.text());
                if (m.lookingAt()) headings.add(m.group(1));
            }
        }
        java.util.Set<String> own = RepeatedHeadings.repeatedWithin(headings);
        if (own.isEmpty()) {
            this.repeatedHeadings = repeatedHeadings;
        } else {
            java.util.Set<String> both = new java.util.HashSet<>(repeatedHeadings);
            both.addAll(own);
            this.repeatedHeadings = both;
        }
    }

    private static final java.util.regex.Pattern BOLD_LABEL = java.util.regex.Pattern.compile("\\*\\*([^*\\n]{1,40}?)(?::\\*\\*|\\*\\*:)\\s");

    /** True when a command line among the note's lines {@code first..last} (1-based) had a typo fixed. */
    private boolean typoFixedIn(int first, int last) {
        if (flatText == null) return false;
        if (flatLines == null) flatLines = flatText.split("\r?\n", -1);
        for (int n = Math.max(1, first); n <= Math.min(last, flatLines.length); n++) {
            String line = flatLines[n - 1].strip();
            if (PlainLines.typoFixed(line) != null && PlainLines.command(line) != null) return true;
        }
        return false;
    }

    private List<String> withTypoTag() {
        List<String> t = new ArrayList<>(tags);
        if (!t.contains(PlainLines.TYPO_TAG)) t.add(PlainLines.TYPO_TAG);
        return t;
    }

    private static void pop(List<String> stack, List<Integer> levels, List<Integer> ends) {
        stack.remove(stack.size() - 1);
        levels.remove(levels.size() - 1);
        ends.remove(ends.size() - 1);
    }

    int size() {
        return blocks.size();
    }

    Block at(int k) {
        return k >= 0 && k < blocks.size() ? blocks.get(k) : null;
    }

    boolean free(int k) {
        return k >= 0 && k < blocks.size() && !claimed[k];
    }

    void claim(int k) {
        if (k >= 0 && k < claimed.length) claimed[k] = true;
    }

    /**
     * The text of prose block k as sentences: in a flattened note, line breaks that ended a statement
     * (list markers lost, no full stop) become sentence ends, so a run-on paragraph reads as sentences.
     */
    String prose(int k) {
        if (!(at(k) instanceof Block.Prose p)) return at(k) == null ? "" : Markdown.of(at(k));
        if (flatText == null || p.first() >= p.last()) return p.text();
        if (flatLines == null) flatLines = flatText.split("\r?\n", -1);
        return FlatProse.sentences(p, flatLines);
    }

    /**
     * The text of the section block k is in, from its heading up to block k (not included): what a
     * sentence at k may point back at with "the file" or "this".
     */
    String toldBefore(int k) {
        StringBuilder b = new StringBuilder();
        for (int j = Math.min(k, blocks.size()) - 1; j >= 0 && b.length() < 20_000; j--) {
            Block block = blocks.get(j);
            if (block instanceof Block.Heading) break;
            b.insert(0, Markdown.of(block) + "\n");
        }
        return b.toString();
    }

    /** Heading path in effect at block k (a heading includes itself). */
    List<String> path(int k) {
        return paths.get(k);
    }

    /** Heading path above block k, without a heading that block k itself is. */
    List<String> parentPath(int k) {
        List<String> p = paths.get(k);
        if (blocks.get(k) instanceof Block.Heading && !p.isEmpty()) return p.subList(0, p.size() - 1);
        return p;
    }

    /**
     * What a claim at block k is about, for a question that must name it: a short command just above
     * (with at most its explanation between), else the nearest heading that names a thing rather than a
     * part of the note ("Example", "How it works"). "" when the note gives none.
     */
    String subject(int k) {
        // A lead-in that is only a label ("**Tips:**") names a part of the note, not a command's cases.
        if (blocks.get(k) instanceof Block.Prose p && LABEL_ALONE.matcher(p.text().strip()).matches()) return topic(k);
        for (int j = k - 1, between = 0; j >= 0 && between <= 2; j--, between++) {
            Block b = blocks.get(j);
            // A bold label alone on its line ("**Points to remember:**") opens a part as a heading does.
            if (b instanceof Block.Heading || b instanceof Block.Prose p && LABEL_ALONE.matcher(p.text().strip()).matches()) break;
            if (b instanceof Block.Code c && c.lang().equals("shell") && !c.text().contains("\n")
                    && WHITESPACE_RUN.split(c.text().strip()).length <= 4) {
                // The last line of a script is one step of it, not what the lines after the script are about.
                if (j > 0 && blocks.get(j - 1) instanceof Block.Code before && before.lang().equals("shell")
                        && c.first() - before.last() <= 2) {
                    break;
                }
                return Markdown.code(c.text().strip());
            }
            boolean explanation = b instanceof Block.Prose || b instanceof Block.ItemList l && l.items().size() == 1;
            if (!explanation) break;
            // "Get both replicas running.": an instruction to the reader starts a task of its own, so a command
            // above it (switching context, say) is no longer what the text after it is about.
            if (b instanceof Block.Prose p && PlainLines.isImperative(PlainLines.firstToken(Inline.plain(p.text())))) break;
        }
        return topic(k);
    }

    /** A paragraph that is only a bold label, its colon inside or after the bold: "**Tips:**", "**Key points**:". */
    private static final java.util.regex.Pattern LABEL_ALONE =
            java.util.regex.Pattern.compile("\\*\\*[^*\\n]{1,60}?(?::\\*\\*|\\*\\*:?)");

    /**
     * The nearest heading over block k that names a thing (not a section word, not a question or other
     * clause), else
     * the note's title, or "".
     */
    String topic(int k) {
        List<String> p = paths.get(k);
        int i = topicIndex(k);
        return i < 0 ? title() : Names.bare(p.get(i));
    }

    /** Block k's topic heading, worked out once per block: the rules ask for it card after card. */
    private int[] topicIndexAt;

    private int topicIndex(int k) {
        if (topicIndexAt == null) {
            topicIndexAt = new int[paths.size()];
            java.util.Arrays.fill(topicIndexAt, -2);
        }
        if (topicIndexAt[k] == -2) topicIndexAt[k] = topicIndex(k, paths.get(k), paths.get(k).size() - 1);
        return topicIndexAt[k];
    }

    /**
     * From heading {@code i} of the path up, the first that names a thing: not a section word, a clause or
     * an example, and a name ({@link #isName}) unless it is the note's top heading. -1 when none does.
     */
    private int topicIndex(int k, List<String> p, int i) {
        for (; i >= 0; i--) {
            String h = Names.bare(p.get(i));
            if (h.isEmpty() || Vocabulary.isClause(h) || isSectionLabel(p.get(i)) || isSectionLabel(h) || Inline.words(h) > 6
                    || Names.isReference(p.get(i))) {
                continue;
            }
            if (EXAMPLE_HEADING.matcher(h.toLowerCase(java.util.Locale.ROOT)).matches()) continue;
            // "Namespace Issue", "Running Environment": ordinary words the note uses only as this heading label
            // a part of the note; what the part says is about the topic above it. A heading naming the kind of
            // what is under it ("Probe handlers") still says what its items are (see topicOfParts).
            if (i > 0 && !namesAKind(h) && !isName(h) && !kindOfAbove(p, i) && !sectionSaysHead(k, p.get(i))) continue;
            return i;
        }
        return -1;
    }

    private static final java.util.regex.Pattern EXAMPLE_HEADING = java.util.regex.Pattern.compile(".*\\bexamples?$|examples?\\b.*");

    /**
     * Whether the note uses a heading or label as a name: by its spelling ({@link Names#byItsSpelling}), or
     * because its text mentions the phrase at least {@code minMentions} times outside headings.
     */
    boolean isName(String phrase, int minMentions) {
        return Names.isName(phrase, this::folderWords, () -> mentionsOutsideHeadings(phrase) >= minMentions);
    }

    boolean isName(String heading) {
        // Asked of the same headings card after card; the answer depends on the note and the import only.
        Boolean known = names.get(heading);
        if (known == null) {
            known = isName(heading, 1);
            names.put(heading, known);
        }
        return known;
    }

    private final java.util.Map<String, Boolean> names = new java.util.HashMap<>();

    private FolderWords folderWords() {
        if (folderWords == null && aloneText != null) {
            folderWords = FolderWords.of(aloneText);
            aloneText = null;
        } else if (folderWords == null) {
            StringBuilder text = new StringBuilder();
            for (Block b : blocks) text.append(Markdown.of(b)).append('\n');
            if (flatText != null) text.append(flatText);
            folderWords = FolderWords.of(text.toString());
        }
        return folderWords;
    }

    /**
     * A definition asks its term; when the term is one ordinary word the notes never treat as a name
     * ("What is **Evidence**?" from a report template's label), it names a part of the note, not a thing.
     */
    boolean asksAnOrdinaryWord(String question, String answer) {
        java.util.regex.Matcher m = BOLD_TERM.matcher(question.substring(question.lastIndexOf("\n\n") + 1));
        String term = null;
        while (m.find()) term = Names.bare(m.group(1));
        if (term == null) return false;
        // "What is **Stable storage per replica**?" - "Each replica gets ...": a phrase named nowhere else over
        // a claim about something else is an aspect of its section's topic, wherever the card came from.
        if (!Names.isLoneOrdinaryWord(term)) return ListRules.unnamedLabel(this, term, answer);
        if (isName(term)) return false;
        return !saysWhatItIs(term, answer);
    }

    /** "Basically headless is a way for pods ...": the text itself says what the word names. */
    static boolean saysWhatItIs(String term, String text) {
        return java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(term) + "s?\\s+(?:is|are)\\s+(?:a|an|one)\\s")
                .matcher(Inline.plain(text)).find();
    }

    private static final java.util.regex.Pattern BOLD_TERM = java.util.regex.Pattern.compile("\\*\\*([^*\\n]{1,80})\\*\\*");

    /**
     * The subject a case at block k is asked about: the given one when it is a name, else the owner of
     * the parts above it ("Secrets" over "Secrets in pods as volume"), else the given one.
     */
    String caseSubject(int k, String subject) {
        // Asked again for every item of a list; the answer depends only on the note, k and the subject.
        return caseSubjects.computeIfAbsent(new CaseAt(k, subject), c -> caseSubjectOf(c.k(), c.subject()));
    }

    private record CaseAt(int k, String subject) {
    }

    private final java.util.Map<CaseAt, String> caseSubjects = new java.util.HashMap<>();

    private String caseSubjectOf(int k, String subject) {
        if (isCaseSubject(k, subject)) return subject;
        List<String> p = paths.get(k);
        int at = p.size();
        for (int i = 0; subject != null && i < p.size(); i++) if (Names.bare(p.get(i)).equals(Names.bare(subject))) at = i;
        String owner = ownerOfParts(k, p, at - 1);
        return owner.isEmpty() ? subject : owner;
    }

    /**
     * Whether a case ("what happens if ...") at block k may be asked about this subject: code, a name the
     * notes use, the note's title, or a heading the notes use as a name (a kind of the heading above it,
     * or its own section saying it).
     */
    boolean isCaseSubject(int k, String subject) {
        if (subject == null || subject.isBlank()) return false;
        String bare = Names.bare(subject);
        if (subject.strip().startsWith("`") || isName(bare) || bare.equalsIgnoreCase(Names.bare(title()))) return true;
        List<String> p = paths.get(Math.min(k, paths.size() - 1));
        for (int i = 0; i < p.size(); i++) {
            // The level-1 heading a note opens with is its title, so its subject.
            if (Names.bare(p.get(i)).equals(bare)) return i == 0 && opensWithTitle(p.get(0)) || kindOfAbove(p, i) || sectionSaysHead(k, p.get(i));
        }
        return false;
    }

    /**
     * Whether heading {@code i} names one kind of what a heading above it names, its last word being theirs
     * ("Hand Pump" under "Water pumps"): a kind of the thing above is a name for its section.
     */
    private static boolean kindOfAbove(List<String> p, int i) {
        String head = lastWordStem(p.get(i));
        if (head.length() < 3 || Inline.words(Names.bare(p.get(i))) < 2) return false;
        for (int j = i - 1; j >= 0; j--) {
            if (head.equals(lastWordStem(p.get(j)))) return true;
        }
        return false;
    }

    private static String lastWordStem(String heading) {
        String[] words = Names.bare(heading).split("[\\s-]+");
        return words.length == 0 ? "" : Names.foldedStem(words[words.length - 1]);
    }

    private final java.util.Map<Integer, Boolean> sectionSaysHead = new java.util.HashMap<>();

    /**
     * Whether the text under the heading of the path at block k says the heading's head noun ("the pump"
     * under "Sprinkler Pump", "a ball valve" under "Gate valve vs ball valve"): then the heading names what its
     * section is about. "Namespace Issue" over points that never say "issue" names only a part of the note.
     */
    private boolean sectionSaysHead(int k, String heading) {
        int j = Math.min(k, blocks.size() - 1);
        while (j >= 0 && !(blocks.get(j) instanceof Block.Heading h && Inline.plain(h.text()).equals(heading))) j--;
        if (j < 0) return false;
        return sectionSaysHead.computeIfAbsent(j, at -> {
            int level = ((Block.Heading) blocks.get(at)).level();
            StringBuilder text = new StringBuilder();
            for (int n = at + 1; n < blocks.size(); n++) {
                Block b = blocks.get(n);
                if (b instanceof Block.Heading h && h.level() <= level) break;
                if (b instanceof Block.Heading) continue;
                text.append(b instanceof Block.Table t ? String.join(" ", t.header()) + " " + t.rows() : Markdown.of(b)).append('\n');
                if (text.length() > 20_000) break;
            }
            return FactRules.mentions(text.toString(), Names.bare(heading));
        });
    }

    private String foldedBody;

    /** How often the note's text outside headings and label-only lines says the phrase (any spelling, singular or plural). */
    int mentionsOutsideHeadings(String phrase) {
        String stem = Names.foldedStem(phrase);
        if (stem.length() < 3) return 0;
        if (foldedBody == null) {
            StringBuilder b = new StringBuilder();
            for (Block block : blocks) {
                if (block instanceof Block.Heading) continue;
                if (block instanceof Block.Prose pr && LABEL_ALONE.matcher(pr.text().strip()).matches()) continue;
                b.append(Names.folded(block instanceof Block.Table t ? String.join(" ", t.header()) + " " + t.rows() : Markdown.of(block)));
                b.append('\n');
            }
            foldedBody = b.toString();
        }
        int n = 0;
        for (int at = foldedBody.indexOf(stem); at >= 0; at = foldedBody.indexOf(stem, at + stem.length())) n++;
        return n;
    }

    /**
     * What a claim at block k is about: a command just above it, else the owner of the section's parts
     * ("Benefits of probes" and "Key ideas" are parts of the topic above them), or "".
     */
    String claimSubject(int k) {
        String s = subject(k);
        return s.startsWith("`") ? s : topicOfParts(k);
    }

    /** The topic above heading k (its parents, else the note's title), or "". */
    String parentTopic(int k) {
        return ownerOfParts(k, parentPath(k), parentPath(k).size() - 1);
    }

    /** From heading {@code i} of the path up: the first that names a thing other than a kind of parts, else the title. */
    private String ownerOfParts(int k, List<String> p, int i) {
        for (; i >= 0; i--) {
            String h = Names.bare(p.get(i));
            // The note's top heading is its subject even when plural ("Workloads").
            if (h.isEmpty() || Vocabulary.isClause(h) || isSectionLabel(p.get(i)) || isSectionLabel(h) || Inline.words(h) > 6
                    || i > 0 && namesAKind(h)) {
                continue;
            }
            if (i > 0 && !isName(h) && !kindOfAbove(p, i) && !sectionSaysHead(k, p.get(i))) continue;
            return h;
        }
        return title();
    }

    /** "Objects", "Service Types", "Types of admission control": a plural head names the kind of what is under it. */
    private static boolean namesAKind(String heading) {
        String head = HEAD_ENDS.split(Inline.plain(heading).strip(), 2)[0].strip();
        return FactRules.isPlural(head.substring(head.lastIndexOf(' ') + 1));
    }

    /**
     * What the items of a section are parts of: its topic, or when the heading names the kind of the
     * items ("Objects", "Deployment strategies", "Types of admission control"), the topic above it.
     */
    String topicOfParts(int k) {
        // Asked card after card of a section: worked out once per block.
        if (topicOfPartsAt == null) topicOfPartsAt = new String[paths.size()];
        if (topicOfPartsAt[k] == null) topicOfPartsAt[k] = topicOfPartsOf(k);
        return topicOfPartsAt[k];
    }

    private String[] topicOfPartsAt;

    private String topicOfPartsOf(int k) {
        String topic = topic(k);
        if (topic.isEmpty() || topic.equals(title()) || !namesAKind(topic)) return topic;
        List<String> p = paths.get(k);
        int at = topicIndex(k);
        // Nothing above but the note's title (or not even that): the title, else the top heading itself.
        if (at <= 0) return title().isEmpty() || title().equalsIgnoreCase(topic) ? topic : title();
        String owner = ownerOfParts(k, p, at - 1);
        return owner.isEmpty() ? topic : owner;
    }

    private static final java.util.regex.Pattern HEAD_ENDS = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:in|of|for|with|on|to|from|by|at|and|vs\\.?)\\s+");

    /**
     * The note's title from its file name, or "" when the name is none or the note opens with a title
     * heading of its own ("# Exam Drill — Final Set" in exam-drill-final.md names the document, and when
     * that heading is no subject, its file name is none either).
     */
    private boolean opensWithTitle(String heading) {
        return !blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1 && Inline.plain(h.text()).equals(heading);
    }

    String title() {
        if (!titleChecked) {
            titleChecked = true;
            // A note that opens with its own level-1 heading has a title: its file name is no second one.
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1) title = "";
        }
        return title;
    }


    /**
     * A heading or label that names a part of a note: made of section words, or one of the headings
     * many notes of the import share, maybe after section words ("Example Manifest File").
     */
    boolean isSectionLabel(String text) {
        // Asked of every heading of a path for card after card; the answer depends on the import only.
        Boolean known = sectionLabels.get(text);
        if (known == null) {
            known = isSectionLabelOf(text);
            sectionLabels.put(text, known);
        }
        return known;
    }

    private final java.util.Map<String, Boolean> sectionLabels = new java.util.HashMap<>();

    private boolean isSectionLabelOf(String text) {
        if (Vocabulary.isSectionLabel(text) || RepeatedHeadings.numbersAPart(text)) return true;
        if (repeatedHeadings.isEmpty()) return false;
        String h = RepeatedHeadings.normal(text);
        if (repeatedHeadings.contains(h)) return true;
        for (int space = h.indexOf(' '); space > 0; space = h.indexOf(' ', space + 1)) {
            if (Vocabulary.isSectionLabel(h.substring(0, space)) && repeatedHeadings.contains(h.substring(space + 1).strip())) {
                return true;
            }
        }
        return false;
    }


    private static final java.util.Set<String> CUT_OFF_WORDS = java.util.Set.of("unless", "and", "or", "but", "if", "when",
            "because", "whether", "the", "a", "an", "than", "then");

    /** A side that ends by announcing what follows ("respecting:", "Here's a template:", "... -"). */
    static boolean dangles(String side) {
        String t = side.strip();
        if (t.isEmpty()) return false;
        char c = t.charAt(t.length() - 1);
        return c == ':' || c == '-' || c == '–' || c == '—';
    }

    /** A side cut off mid-sentence ("... won't be deleted unless"): what completes it is missing. */
    static boolean cutOff(String side) {
        String t = side.strip();
        int start = t.length();
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) start--;
        if (start == t.length() || start > 0 && !Character.isWhitespace(t.charAt(start - 1))) return false;
        return CUT_OFF_WORDS.contains(t.substring(start).toLowerCase(java.util.Locale.ROOT));
    }

    /** The cards {@code emit} makes are one fact asked several ways (see {@link CardSink#together}). */
    void together(Runnable emit) {
        sink.together(emit);
    }

    private static final java.util.regex.Pattern PLURAL_QUESTION =
            java.util.regex.Pattern.compile("^What (are|do) \\*\\*([A-Z][A-Za-z]*s)\\*\\*( do)?\\?$");
    private java.util.Set<String> words;

    /**
     * "What are **Kubernetes**?" asks about a name that only looks plural: a capitalised word ending in
     * s whose singular the note never uses is one thing (the note says "Kubernetes", never "Kubernete"),
     * while "Pods" in a note that speaks of a pod stays plural.
     */
    private String withNumberOfTheNote(String front) {
        java.util.regex.Matcher m = PLURAL_QUESTION.matcher(front);
        if (!m.matches()) return front;
        String word = m.group(2);
        String singular = word.substring(0, word.length() - 1).toLowerCase(java.util.Locale.ROOT);
        String singularEs = word.endsWith("es") ? singular.substring(0, singular.length() - 1) : singular;
        if (words().contains(singular) || words().contains(singularEs)) return front;
        return m.group(1).equals("are") ? "What is **" + word + "**?" : "What does **" + word + "** do?";
    }

    /** The words of the note in lower case, read once. */
    private java.util.Set<String> words() {
        if (words == null) {
            words = new java.util.HashSet<>();
            for (Block b : blocks) {
                String text = b instanceof Block.Table t ? String.join(" ", t.header()) + " " + t.rows() : Markdown.of(b);
                for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) if (!w.isEmpty()) words.add(w);
            }
            if (flatText != null) {
                for (String w : flatText.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) if (!w.isEmpty()) words.add(w);
            }
        }
        return words;
    }

    void card(CardKind kind, String front, String back, int fromBlock, int toBlock, List<String> context) {
        // "Pods can:." is still a lead-in: a stop added after its colon hides nothing it announces.
        if (dangles(Inline.withoutFinalStop(back))) {
            // The points or the code the lead-in announces belong to the answer.
            int next = Math.max(fromBlock, toBlock) + 1;
            Block n = at(next);
            if (n instanceof Block.ItemList || n instanceof Block.Code) {
                back = Inline.withoutFinalStop(back) + "\n\n" + Markdown.of(n);
                claim(next);
                toBlock = next;
            } else {
                return;
            }
        }
        if (dangles(Inline.withoutFinalStop(front)) || cutOff(back) || cutOff(front)) return;
        if (kind == CardKind.DEFINITION && asksAnOrdinaryWord(front, back)) return;
        front = withNumberOfTheNote(front);
        Block a = blocks.get(fromBlock);
        Block b = blocks.get(Math.max(fromBlock, toBlock));
        int first = Math.min(a.first(), b.first());
        int last = Math.max(a.last(), b.last());
        sink.add(kind, front, back, "", typoFixedIn(first, last) ? withTypoTag() : tags, path, first, last,
                path(fromBlock), context);
    }
}
