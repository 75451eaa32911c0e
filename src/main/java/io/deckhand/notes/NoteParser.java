package io.deckhand.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.note.LongTables;
import io.deckhand.notes.gate.QualityGate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A note's text to proposed cards: the explicit markup it contains (Obsidian Spaced Repetition and
 * Anki syntax) and the knowledge in its structure (questions, definitions, commands, lists, tables,
 * manifests, diagrams). Markdown ({@code .md}, {@code .markdown}) is read through flexmark; anything
 * else as a plain-text note whose formatting may have been flattened. Deterministic, never throws on
 * any text, thread-safe.
 */
public final class NoteParser {
    /**
     * The standard gate, lent the manifest parser so YAML that does not parse is unticked, and a
     * manifest card whose front leaves out values its manifest sets.
     */
    private static final QualityGate GATE = QualityGate.standard().withYamlCheck(ManifestRepair::problem)
            .withManifestCheck(ManifestFront::gap);
    private final ExplicitCardParser explicit;
    private final ExplicitSyntax syntax;
    private final MarkdownStructurer markdown = new MarkdownStructurer();
    /** Headings many notes of this import share (see {@link RepeatedHeadings}): section names, not subjects. */
    private final java.util.Set<String> repeatedHeadings;
    /** How the notes read together write their words ({@link FolderWords}); null when a note is read alone. */
    private final FolderWords folderWords;

    public NoteParser() {
        this(ExplicitSyntax.deckhandDefaults());
    }

    public NoteParser(ExplicitSyntax syntax) {
        this(syntax, java.util.Set.of());
    }

    private NoteParser(ExplicitSyntax syntax, java.util.Set<String> repeatedHeadings) {
        this(syntax, repeatedHeadings, null);
    }

    private NoteParser(ExplicitSyntax syntax, java.util.Set<String> repeatedHeadings, FolderWords folderWords) {
        this.syntax = syntax;
        this.explicit = new ExplicitCardParser(syntax);
        this.repeatedHeadings = java.util.Set.copyOf(repeatedHeadings);
        this.folderWords = folderWords;
    }

    /** This parser for notes read together that write their words as {@code words} says (null: each note alone). */
    public NoteParser withFolderWords(FolderWords words) {
        return new NoteParser(syntax, repeatedHeadings, words);
    }

    /** This parser for notes read together whose shared headings are {@code headings} (normalised). */
    public NoteParser withRepeatedHeadings(java.util.Set<String> headings) {
        return headings.equals(repeatedHeadings) ? this : new NoteParser(syntax, headings, folderWords);
    }

    /** The flexmark options notes are read with (benchmarks compare against flexmark alone with these). */
    public static com.vladsch.flexmark.util.data.DataHolder flexmarkOptions() {
        return MarkdownStructurer.options().toImmutable();
    }

    public static boolean isMarkdown(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown");
    }

    /**
     * Cards of one note. {@code path} is the note's path relative to what was imported (with '/'),
     * used for the source, the format and folder decks.
     */
    public ExtractionResult parse(String path, String text) {
        if (isMarkdown(path) && ownedByAPlugin(text)) return new ExtractionResult(List.of(), List.of(), 1);
        try {
            List<FileProblem> notices = new ArrayList<>();
            return new ExtractionResult(run(path, text, isMarkdown(path), notices).cards(), notices, 1);
        } catch (RuntimeException | StackOverflowError e) {
            // Markdown too deep or odd for flexmark: the plain-text reading still finds what it can.
            try {
                return new ExtractionResult(run(path, text, false, new ArrayList<>()).cards(), List.of(), 1);
            } catch (RuntimeException | StackOverflowError again) {
                return ExtractionResult.problem(new FileProblem(path, FileProblem.Reason.NOT_UNDERSTOOD,
                        "Could not make sense of this note's layout, so it was skipped."));
            }
        }
    }

    /**
     * Cards of an answers file read with the questions file it answers ({@link AnswerFiles}): one task
     * per number both give. Read as a note of its own when the numbers do not pair up.
     */
    public ExtractionResult parseAnswers(String path, String text, String questionsText) {
        List<Block> blocks = AnswerFiles.paired(questionsText, text);
        if (blocks.isEmpty()) return parse(path, text);
        CardSink sink = new CardSink();
        RuleContext cx = new RuleContext(blocks, sink, path, List.of(), new boolean[blocks.size()]);
        TaskRules.apply(cx);
        return new ExtractionResult(GATE.judge(sink.drafts()), List.of(), 1);
    }

    /** Whether a questions file's numbered items are answered in {@code answersText} (its cards come from there). */
    public static boolean answeredElsewhere(String questionsText, String answersText) {
        return AnswerFiles.pairs(questionsText, answersText);
    }

    /** Whether the file name says it holds answers, questions, or neither (null), for pairing the two. */
    public static Boolean holdsAnswers(String path) {
        return switch (AnswerFiles.role(path)) {
            case ANSWERS -> true;
            case QUESTIONS -> false;
            case NONE -> null;
        };
    }

    /** The name an answers file and its questions file share. */
    public static String pairKey(String path) {
        return AnswerFiles.pairKey(path);
    }

    /**
     * The note's cards with the gate's verdicts, and the parts of it that gave no card (headings
     * left out: they are context for the cards under them).
     */
    public NoteExplanation explain(String path, String text) {
        if (isMarkdown(path) && ownedByAPlugin(text)) {
            return new NoteExplanation(path, List.of(), List.of(new NoteExplanation.UnusedBlock(1, 1, "note",
                    "an Obsidian plugin keeps its data in this file; it is not notes", "")), List.of());
        }
        Run r;
        try {
            r = run(path, text, isMarkdown(path), new ArrayList<>());
        } catch (RuntimeException | StackOverflowError e) {
            try {
                r = run(path, text, false, new ArrayList<>());
            } catch (RuntimeException | StackOverflowError again) {
                return new NoteExplanation(path, List.of(), List.of(), parse(path, text).problems());
            }
        }
        List<NoteExplanation.UnusedBlock> unused = new ArrayList<>();
        for (int k = 0; k < r.blocks().size(); k++) {
            Block b = r.blocks().get(k);
            if (r.claimed()[k] || b instanceof Block.Heading) continue;
            String[] what = unusedPart(b);
            unused.add(new NoteExplanation.UnusedBlock(b.first(), b.last(), what[0], what[1],
                    Markdown.of(b).replaceAll("\\s+", " ").strip()));
        }
        return new NoteExplanation(path, r.cards(), unused, List.of());
    }

    /** The kind of part in the user's words and why the rules passed it by. */
    private static String[] unusedPart(Block b) {
        if (b instanceof Block.Prose) return new String[] {"paragraph", "no definition, question or command found in it"};
        if (b instanceof Block.ItemList) return new String[] {"list", "no topic or lead-in its points could be asked about"};
        if (b instanceof Block.Code) return new String[] {"code", "no explanation or question next to it to ask about it"};
        if (b instanceof Block.Table) return new String[] {"table", "no column that names what each row is about"};
        if (b instanceof Block.Ask) return new String[] {"question", "no answer found under it"};
        if (b instanceof Block.QuestionAnswer) return new String[] {"question", "its question or answer was empty"};
        return new String[] {"part", "no rule made a card from it"};
    }

    /** One pass of the rules over a note: the judged cards, the blocks and which blocks a rule used. */
    private record Run(List<CardDraft> cards, List<Block> blocks, boolean[] claimed) {
    }

    /** {@code notices} gets what was read only in part (tables past {@link LongTables#MAX_ROWS} rows). */
    private Run run(String path, String text, boolean asMarkdown, List<FileProblem> notices) {
        List<Block> blocks;
        List<String> tags;
        boolean flat = !asMarkdown || LayoutGuard.tooDeep(text);
        if (!flat) {
            MarkdownStructurer.Result r = markdown.structure(text);
            blocks = r.blocks();
            tags = r.tags();
            for (LongTables.Cut cut : r.cutTables()) {
                notices.add(new FileProblem(path, FileProblem.Reason.PARTLY_READ, String.format(Locale.ROOT,
                        "The table at line %,d has %,d rows; cards were made from the first %,d only.",
                        cut.line(), cut.rows(), cut.kept())));
            }
        } else {
            blocks = PlainTextStructurer.structure(text);
            tags = List.of();
        }
        CardSink sink = new CardSink();
        boolean[] claimed = new boolean[blocks.size()];
        RuleContext cx = folderWords != null
                ? new RuleContext(blocks, sink, path, tags, claimed, flat ? text : null, repeatedHeadings, folderWords)
                : new RuleContext(blocks, sink, path, tags, claimed, flat ? text : null, repeatedHeadings, text);
        explicitCards(path, text, cx, sink, tags);
        TaskRules.apply(cx);
        QuestionRules.apply(cx);
        CommandRules.apply(cx);
        SnippetRules.apply(cx);
        TableRules.apply(cx);
        FactRules.apply(cx);
        return new Run(GATE.judge(sink.drafts()), blocks, claimed);
    }

    private void explicitCards(String path, String text, RuleContext cx, CardSink sink, List<String> noteTags) {
        if (!mayHoldMarkup(text)) return;
        List<ExplicitCard> found = explicit.parse(text, folders(path));
        java.util.Map<String, String> deckNames = found.isEmpty() ? java.util.Map.of() : ExplicitCardParser.deckNames(text);
        for (ExplicitCard card : found) {
            int first = card.firstLine() + 1;
            int last = card.lastLine() + 1;
            int at = blockAt(cx, first);
            // Blocks are in note order: step back over blocks that reach into the card, then forward.
            int from = Math.max(0, at);
            while (from > 0 && cx.at(from - 1).last() >= first) from--;
            for (int k = from; k < cx.size() && cx.at(k).first() <= last; k++) {
                Block b = cx.at(k);
                if (b.last() >= first && !(b instanceof Block.Heading)) cx.claim(k);
            }
            List<String> headingPath = at >= 0 ? cx.path(at) : List.of();
            CardKind kind = switch (card.type()) {
                case BASIC, MULTILINE -> CardKind.BASIC;
                case REVERSED, MULTILINE_REVERSED -> CardKind.REVERSED;
                case CLOZE -> CardKind.CLOZE;
            };
            List<ExplicitCard.Side> sides = kind == CardKind.CLOZE ? clozeInShortContext(card) : card.sides();
            // One copy per deck the card is filed in (two topic tags on its line: two decks); in each,
            // the card's sides are one fact: one note with several cards.
            List<String> deckTags = card.deckTags().isEmpty() ? List.of("") : card.deckTags();
            for (String deckTag : deckTags) {
                String deck = deckNames.getOrDefault(deckTag, deckName(deckTag));
                List<String> tags = new ArrayList<>(noteTags);
                for (String own : card.ownTags()) if (!tags.contains(own)) tags.add(own);
                if (!deckTag.isEmpty() && !tags.contains(deckTag.substring(1))) tags.add(deckTag.substring(1));
                sink.together(() -> {
                    for (int i = 0; i < sides.size(); i++) {
                        ExplicitCard.Side side = sides.get(i);
                        sink.addExplicit(kind, side.front(), side.back(), deck, tags, path, first, last, headingPath,
                                card.scheduleOf(i));
                    }
                });
            }
        }
    }

    /**
     * A cloze in a long paragraph would show a wall of text: each deletion keeps only the sentences
     * it spans, after the paragraph's first sentence (which usually names the subject). Falls back to
     * the whole paragraph if the deletions cannot be placed.
     */
    private List<ExplicitCard.Side> clozeInShortContext(ExplicitCard card) {
        String body = ExplicitCardParser.removeScheduleComments(card.text()).strip();
        if (body.length() <= CardSink.MAX_BACK_CHARS) return card.sides();
        List<int[]> sentences = Sentences.spans(body);
        boolean[] wanted = new boolean[sentences.size()];
        for (ClozePattern p : syntax.clozePatterns()) {
            java.util.regex.Matcher m = p.matcher(body);
            while (m.find()) {
                for (int k = 0; k < sentences.size(); k++) {
                    if (sentences.get(k)[0] < m.end() && sentences.get(k)[1] > m.start()) wanted[k] = true;
                }
            }
        }
        List<ExplicitCard.Side> sides = new ArrayList<>();
        String first = body.substring(sentences.get(0)[0], sentences.get(0)[1]);
        for (int k = 0; k < sentences.size(); k++) {
            if (!wanted[k]) continue;
            int end = k;
            while (end + 1 < sentences.size() && wanted[end + 1]) end++;
            String run = body.substring(sentences.get(k)[0], sentences.get(end)[1]);
            String context = k == 0 || first.length() > CardSink.MAX_BACK_CHARS / 2 ? run : first + " " + run;
            sides.addAll(ClozeExpander.expand(context, syntax.clozePatterns()));
            k = end;
        }
        return sides.size() == card.sides().size() ? sides : card.sides();
    }

    /**
     * Files an Obsidian plugin keeps in Markdown form, such as Excalidraw drawings and Kanban boards:
     * their text is the plugin's data, not the person's knowledge.
     */
    static boolean ownedByAPlugin(String text) {
        if (!text.startsWith("---")) return false;
        int end = text.indexOf("\n---", 3);
        String frontMatter = end < 0 ? "" : text.substring(0, end);
        return frontMatter.contains("\nexcalidraw-plugin:") || frontMatter.contains("\nkanban-plugin:");
    }

    /** Cheap check so notes without any markup skip the line scan. */
    private boolean mayHoldMarkup(String text) {
        if (text.contains(syntax.singleLineSeparator()) || text.contains(syntax.singleLineReversedSeparator())) {
            return true;
        }
        if (text.contains("\n" + syntax.multilineSeparator()) || text.contains("==") || text.contains("{{")) {
            return true;
        }
        return !syntax.clozePatterns().isEmpty() && syntax.clozePatterns().stream()
                .anyMatch(p -> !p.source().startsWith("==") && !p.source().startsWith("{{"));
    }

    /** The last block starting at or before {@code line} (-1 if none); blocks are in note order. */
    private static int blockAt(RuleContext cx, int line) {
        int lo = 0;
        int hi = cx.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cx.at(mid).first() <= line) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** {@code #flashcards/k8s/net} is the deck "k8s::net"; the bare tag means the default deck. */
    static String deckName(String tag) {
        if (tag == null || tag.isEmpty()) return "";
        String t = tag.startsWith("#") ? tag.substring(1) : tag;
        int slash = t.indexOf('/');
        if (slash < 0) return "";
        return String.join("::", Arrays.stream(t.substring(slash + 1).split("/")).filter(s -> !s.isBlank()).toList());
    }

    private static List<String> folders(String path) {
        String[] parts = path.split("/");
        return parts.length <= 1 ? List.of() : List.of(Arrays.copyOf(parts, parts.length - 1));
    }
}
