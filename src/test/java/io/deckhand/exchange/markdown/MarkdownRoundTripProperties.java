package io.deckhand.exchange.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.StockNoteTypes;
import io.deckhand.notes.ExplicitCardParser;
import io.deckhand.notes.NoteParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Markdown export → Deckhand's notes importer gives back the same cards: kind, front, back and deck,
 * for basic and both-ways cards whose answers hold several paragraphs, lists, YAML manifests, Mermaid
 * diagrams and shell snippets in code fences (blank lines included), and cloze notes (several
 * numbers, one number used twice, hints): one card per number with its deletions hidden.
 */
class MarkdownRoundTripProperties {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> WORDS = List.of("pod", "node", "service", "the", "runs", "a", "volume",
            "cluster", "keeps", "state", "Deployment", "replica", "port", "label", "selector", "probe", "restart");

    record Side(boolean reversed, String front, String back, List<String> tags) {
    }

    /** An Anki cloze text: words and deletions ({@code {{cN::answer}}} or {@code {{cN::answer::hint}}}). */
    record Cloze(List<Object[]> parts) {
        /** Each part: a String of words, or {number, answer, hint-or-null}. */
        String anki() {
            StringBuilder s = new StringBuilder();
            for (Object[] p : parts) {
                if (s.length() > 0) s.append(' ');
                if (p.length == 1) s.append(p[0]);
                else s.append("{{c").append(p[0]).append("::").append(p[1]).append(p[2] == null ? "" : "::" + p[2]).append("}}");
            }
            return s.toString();
        }

        /** Anki's cards: one per cloze number, in order of first appearance; the number's deletions hidden. */
        List<String[]> sides() {
            List<Integer> numbers = new ArrayList<>();
            for (Object[] p : parts) if (p.length > 1 && !numbers.contains((Integer) p[0])) numbers.add((Integer) p[0]);
            List<String[]> out = new ArrayList<>();
            String back = render(-1);
            for (int n : numbers) out.add(new String[] {render(n), back});
            return out;
        }

        private String render(int hidden) {
            StringBuilder s = new StringBuilder();
            for (Object[] p : parts) {
                if (s.length() > 0) s.append(' ');
                if (p.length == 1) s.append(p[0]);
                else if ((Integer) p[0] == hidden) s.append('[').append(p[2] == null ? "..." : p[2]).append(']');
                else s.append(p[1]);
            }
            return s.toString();
        }
    }

    @Provide
    Arbitrary<Cloze> clozes() {
        Arbitrary<Object[]> text = words(1, 4).map(w -> new Object[] {w});
        Arbitrary<Object[]> deletion = Combinators.combine(Arbitraries.integers().between(1, 3), words(1, 2),
                Arbitraries.of(WORDS).injectNull(0.6)).as((n, answer, hint) -> new Object[] {n, answer, hint});
        return Combinators.combine(text, deletion, Arbitraries.oneOf(text, deletion).list().ofMaxSize(4))
                .as((first, d, rest) -> {
                    List<Object[]> parts = new ArrayList<>(List.of(first, d));
                    // words between deletions: two deletions side by side would read as one highlight
                    for (Object[] p : rest) {
                        if (p.length > 1 && parts.get(parts.size() - 1).length > 1) parts.add(new Object[] {"and"});
                        parts.add(p);
                    }
                    return new Cloze(parts);
                });
    }

    private static Arbitrary<String> words(int min, int max) {
        return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(w -> String.join(" ", w));
    }

    private static Arbitrary<String> line() {
        return Combinators.combine(words(1, 6), Arbitraries.of("", "`kubectl get pods`", "**bold**", "*why*"),
                Arbitraries.of("", ".", "?")).as((w, extra, end) -> (extra.isEmpty() ? w : w + " " + extra) + end);
    }

    private static Arbitrary<String> block() {
        Arbitrary<String> paragraph = line().list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("\n", l));
        Arbitrary<String> list = words(1, 4).list().ofMinSize(1).ofMaxSize(3)
                .map(items -> "- " + String.join("\n- ", items));
        Arbitrary<String> manifest = Combinators.combine(Arbitraries.of("Pod", "Service", "ConfigMap"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8), Arbitraries.of(true, false))
                .as((kind, name, gap) -> "```yaml\napiVersion: v1\nkind: " + kind + "\n" + (gap ? "\n" : "")
                        + "metadata:\n  name: " + name + "\n  labels:\n    app: " + name + "\n```");
        Arbitrary<String> diagram = Arbitraries.of("A", "B", "Pod", "Node").list().ofMinSize(2).ofMaxSize(4)
                .map(n -> "```mermaid\nflowchart LR\n" + String.join("\n", edges(n)) + "\n```");
        Arbitrary<String> shell = words(1, 3).map(w -> "```bash\nkubectl describe " + w + "\n\nkubectl logs web\n```");
        return Arbitraries.oneOf(paragraph, paragraph, list, manifest, diagram, shell);
    }

    private static List<String> edges(List<String> nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) out.add("  " + nodes.get(i - 1) + " --> " + nodes.get(i) + i);
        return out;
    }

    @Provide
    Arbitrary<List<Side>> cards() {
        Arbitrary<String> back = block().list().ofMinSize(1).ofMaxSize(3).map(b -> String.join("\n\n", b));
        Arbitrary<Side> side = Combinators.combine(Arbitraries.of(true, false), line().list().ofMinSize(1).ofMaxSize(2)
                .map(l -> String.join("\n", l)), back, tags()).as(Side::new);
        return side.list().ofMinSize(1).ofMaxSize(6);
    }

    /** A note's own tags: Obsidian tags (nested ones too), often shared with other notes, often none. */
    private static Arbitrary<List<String>> tags() {
        return Arbitraries.of("cka", "storage", "k8s/net", "exam-2026", "Pods", "ckad_prep").list().ofMaxSize(3).uniqueElements();
    }

    @Provide
    Arbitrary<List<Cloze>> clozeList() {
        return clozes().list().ofMaxSize(3);
    }

    /** Deck names of one to three levels, each of one to three words: spaces, capitals, digits. */
    @Provide
    Arbitrary<DeckName> decks() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(6);
        return word.list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w)).list().ofMinSize(1)
                .ofMaxSize(3).map(parts -> new DeckName(String.join("::", parts)));
    }

    @Property(tries = 200)
    void theImporterReadsTheExportBackToTheSameCards(@ForAll("cards") List<Side> sides, @ForAll("decks") DeckName deck,
                                                      @ForAll("clozeList") List<Cloze> clozes,
                                                      @ForAll("clozeTags") List<List<String>> clozeTags) {
        List<PackageNote> notes = new ArrayList<>();
        List<PackageCard> cards = new ArrayList<>();
        List<CardDraft> expected = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            Side s = sides.get(i);
            String front = "Q" + i + " " + s.front(); // distinct questions: the importer drops repeats
            long type = s.reversed() ? StockNoteTypes.REVERSED_ID : StockNoteTypes.BASIC_ID;
            CardKind kind = s.reversed() ? CardKind.REVERSED : CardKind.BASIC;
            notes.add(new PackageNote(i + 1, "g" + i, type, List.of(front, s.back()), s.tags(), NOW));
            cards.add(new PackageCard(cards.size() + 1, i + 1, 1, 0, kind, front, s.back(), SchedulingState.newCard(NOW),
                    false, false, false, 0));
            expected.add(new CardDraft(kind, front, s.back(), deck.value(), s.tags(), null));
            if (s.reversed()) expected.add(new CardDraft(kind, s.back(), front, deck.value(), s.tags(), null));
        }
        for (int i = 0; i < clozes.size(); i++) {
            Cloze c = clozes.get(i);
            long id = sides.size() + i + 1;
            List<String> tags = i < clozeTags.size() ? clozeTags.get(i) : List.of();
            notes.add(new PackageNote(id, "c" + i, StockNoteTypes.CLOZE_ID, List.of("C" + i + " " + c.anki(), ""), tags, NOW));
            List<String[]> made = c.sides();
            for (int k = 0; k < made.size(); k++) {
                cards.add(new PackageCard(cards.size() + 1, id, 1, k, CardKind.CLOZE, "f", "b", SchedulingState.newCard(NOW),
                        false, false, false, 0));
                expected.add(new CardDraft(CardKind.CLOZE, "C" + i + " " + made.get(k)[0], "C" + i + " " + made.get(k)[1],
                        deck.value(), tags, null));
            }
        }
        DeckPackage pkg = new DeckPackage(List.of(new PackageDeck(1, deck, "")), StockNoteTypes.all(), notes, cards,
                List.of(), List.of(), List.of());
        ObsidianMarkdownWriter.Export export = new ObsidianMarkdownWriter().export(pkg, "Export");
        String markdown = export.markdown();
        List<CardDraft> read = new NoteParser().parse("export.md", markdown).drafts();
        assertEquals(describe(expected), describe(read), markdown);
        // Fronts of one paragraph and Obsidian tags: nothing had to be written differently.
        assertEquals(List.of(), export.notices(), markdown);
    }

    @Provide
    Arbitrary<List<List<String>>> clozeTags() {
        return tags().list().ofSize(3);
    }

    /** Any printable deck name, punctuation, quotes, backslashes and letters beyond ASCII included. */
    @Provide
    Arbitrary<DeckName> anyDeckNames() {
        Arbitrary<String> level = Arbitraries.strings().withCharRange(' ', '~').withChars('\u00e9', '\u00fc', '\u65e5', '\u00a0')
                .ofMinLength(1).ofMaxLength(12).filter(l -> !l.isBlank() && !l.contains("::"));
        return level.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("::", parts))
                .filter(n -> !n.chars().allMatch(c -> c == ':' || Character.isWhitespace(c))).map(DeckName::new);
    }

    @Property(tries = 300)
    void anyDeckNameComesBackExactly(@ForAll("anyDeckNames") DeckName deck) {
        PackageNote note = new PackageNote(1, "g", StockNoteTypes.BASIC_ID, List.of("What is a Pod?", "The smallest unit"), List.of(), NOW);
        DeckPackage pkg = new DeckPackage(List.of(new PackageDeck(1, deck, "")), StockNoteTypes.all(), List.of(note),
                List.of(new PackageCard(1, 1, 1, 0, CardKind.BASIC, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0)),
                List.of(), List.of(), List.of());
        String markdown = new ObsidianMarkdownWriter().write(pkg, "Export");
        assertEquals(List.of("BASIC|What is a Pod?|The smallest unit|" + deck.value() + "|[]"),
                describe(new NoteParser().parse("export.md", markdown).drafts()), markdown);
    }

    @Test
    void aDeckNameHoldingHighlightMarksIsNotReadAsACloze() {
        anyDeckNameComesBackExactly(new DeckName("Pods ==core== ===x"));
    }

    @Property(tries = 200)
    void decksWhoseTagsWouldBeTheSameStayApart(@ForAll("anyDeckNames") DeckName first, @ForAll("anyDeckNames") DeckName second) {
        List<DeckName> names = List.of(first, second, new DeckName(first.value().replaceAll("[^\\p{L}\\p{N}:_-]", "-")),
                new DeckName(first.value().replace(' ', '_').replace('-', ' ') + " x"));
        List<PackageDeck> decks = new ArrayList<>();
        List<PackageNote> notes = new ArrayList<>();
        List<PackageCard> cards = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (DeckName name : names) {
            if (decks.stream().anyMatch(d -> d.name().equals(name))) continue;
            int id = decks.size() + 1;
            decks.add(new PackageDeck(id, name, ""));
            notes.add(new PackageNote(id, "g" + id, StockNoteTypes.BASIC_ID, List.of("Q" + id + "?", "A" + id), List.of(), NOW));
            cards.add(new PackageCard(id, id, id, 0, CardKind.BASIC, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0));
            expected.add("BASIC|Q" + id + "?|A" + id + "|" + name.value() + "|[]");
        }
        String markdown = new ObsidianMarkdownWriter().write(new DeckPackage(decks, StockNoteTypes.all(), notes, cards,
                List.of(), List.of(), List.of()), "Export");
        assertEquals(expected, describe(new NoteParser().parse("export.md", markdown).drafts()), markdown);
    }

    @Property(tries = 300)
    void anyFrontMatterReadsAsDeckNamesWithoutFailing(@ForAll("frontMatters") String text) {
        ExplicitCardParser.deckNames(text).forEach((tag, name) -> assertTrue(!name.isBlank(), text));
    }

    @Provide
    Arbitrary<String> frontMatters() {
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.of("deckhand-decks:", "---", "tags:", "  - a", "", "  \"#x\": \"y\"",
                        "  \"#a\\\"\": \"b\\\\\"", "  \"unterminated: \"x", "  \"#t\" \"no colon\"", "  \"#t\":"),
                Arbitraries.strings().withChars(" \"\\:#-ab\n").ofMaxLength(20));
        return line.list().ofMaxSize(8).map(l -> "---\n" + String.join("\n", l));
    }

    @Test
    void aMultiParagraphAnswerIsNotCutAtItsFirstBlankLine() {
        PackageNote note = new PackageNote(1, "g", StockNoteTypes.BASIC_ID,
                List.of("What is a Pod?", "The smallest unit.\n\nIt holds containers."), List.of(), NOW);
        DeckPackage pkg = new DeckPackage(List.of(new PackageDeck(1, new DeckName("K8s"), "")), StockNoteTypes.all(),
                List.of(note), List.of(new PackageCard(1, 1, 1, 0, CardKind.BASIC, "f", "b", SchedulingState.newCard(NOW),
                        false, false, false, 0)), List.of(), List.of(), List.of());
        String markdown = new ObsidianMarkdownWriter().write(pkg, "Export");
        assertEquals("""
                ---
                sr-multiline-end-marker: "+++"
                ---
                # Export

                ## K8s

                #flashcards/K8s

                What is a Pod?
                ?
                The smallest unit.

                It holds containers.
                +++
                """, markdown);
        List<CardDraft> read = new NoteParser().parse("export.md", markdown).drafts();
        assertEquals(List.of("BASIC|What is a Pod?|The smallest unit.\n\nIt holds containers.|K8s|[]"), describe(read));
    }

    @Test
    void sharedTagsGoToTheFrontMatterAndEachNotesOwnTagsToItsCardsFirstLine() {
        var notes = List.of(
                new PackageNote(1, "a", StockNoteTypes.BASIC_ID, List.of("What is a PV?", "A volume"), List.of("cka", "storage"), NOW),
                new PackageNote(2, "b", StockNoteTypes.CLOZE_ID, List.of("A {{c1::Pod}} runs containers", ""),
                        List.of("flashcards/Old", "study guide", "cka", "k8s/core"), NOW),
                new PackageNote(3, "c", StockNoteTypes.BASIC_ID, List.of("What is a PVC?", "A claim"), List.of("cka"), NOW));
        var cards = List.of(new PackageCard(1, 1, 1, 0, CardKind.BASIC, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0),
                new PackageCard(2, 2, 1, 0, CardKind.CLOZE, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0),
                new PackageCard(3, 3, 1, 0, CardKind.BASIC, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0));
        DeckPackage pkg = new DeckPackage(List.of(new PackageDeck(1, new DeckName("K8s"), "")), StockNoteTypes.all(),
                notes, cards, List.of(), List.of(), List.of());
        ObsidianMarkdownWriter.Export export = new ObsidianMarkdownWriter().export(pkg, "Export");
        assertEquals("""
                ---
                tags:
                  - cka
                ---
                # Export

                ## K8s

                #flashcards/K8s

                #flashcards/K8s #storage What is a PV?::A volume

                #flashcards/K8s #k8s/core A ==Pod== runs containers

                What is a PVC?::A claim
                """, export.markdown());
        assertEquals(List.of("1 note's tags left out (flashcards/Old, study guide): an Obsidian tag holds no space or '#',"
                + " and a tag under flashcards/ would file the card in that deck."), export.notices());
        List<CardDraft> read = new NoteParser().parse("export.md", export.markdown()).drafts();
        assertEquals(List.of("BASIC|What is a PV?|A volume|K8s|[cka, storage]", "CLOZE|A [...] runs containers|A Pod runs containers|K8s|[cka, k8s/core]",
                "BASIC|What is a PVC?|A claim|K8s|[cka]"), describe(read));
        assertEquals(List.of("cka", "storage", "flashcards/K8s"), read.get(0).tags());
    }

    @Test
    void aDeckNameWithSpacesComesBackExactlyThroughTheFrontMatter() {
        var decks = List.of(new PackageDeck(1, new DeckName("K8s::Core Concepts"), ""),
                new PackageDeck(2, new DeckName("Tools \"and\" #tips"), ""), new PackageDeck(3, new DeckName("Plain::Sub"), ""));
        var notes = List.of(new PackageNote(1, "a", StockNoteTypes.BASIC_ID, List.of("What is a Pod?", "Smallest unit"), List.of(), NOW),
                new PackageNote(2, "b", StockNoteTypes.REVERSED_ID, List.of("PV", "PersistentVolume"), List.of("cka"), NOW),
                new PackageNote(3, "c", StockNoteTypes.BASIC_ID, List.of("Port?", "80"), List.of(), NOW));
        var cards = List.of(new PackageCard(1, 1, 1, 0, CardKind.BASIC, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0),
                new PackageCard(2, 2, 2, 0, CardKind.REVERSED, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0),
                new PackageCard(3, 3, 3, 0, CardKind.BASIC, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0));
        DeckPackage pkg = new DeckPackage(decks, StockNoteTypes.all(), notes, cards, List.of(), List.of(), List.of());
        String markdown = new ObsidianMarkdownWriter().write(pkg, "Export");
        assertTrue(markdown.startsWith("""
                ---
                deckhand-decks:
                  "#flashcards/K8s/Core-Concepts": "K8s::Core Concepts"
                  "#flashcards/Tools-and-tips": "Tools \\"and\\" #tips"
                ---
                """), markdown);
        List<CardDraft> read = new NoteParser().parse("export.md", markdown).drafts();
        assertEquals(List.of("BASIC|What is a Pod?|Smallest unit|K8s::Core Concepts|[]",
                "REVERSED|PV|PersistentVolume|Tools \"and\" #tips|[cka]", "REVERSED|PersistentVolume|PV|Tools \"and\" #tips|[cka]",
                "BASIC|Port?|80|Plain::Sub|[]"), describe(read));
    }

    @Test
    void aFrontWithBlankLinesIsJoinedAndTheExportSaysSo() {
        var notes = List.of(new PackageNote(1, "a", StockNoteTypes.REVERSED_ID, List.of("First part.\n\nSecond part?", "Answer"), List.of(), NOW),
                new PackageNote(2, "b", StockNoteTypes.BASIC_ID, List.of("One paragraph?", "Answer"), List.of(), NOW));
        var cards = List.of(new PackageCard(1, 1, 1, 0, CardKind.REVERSED, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0),
                new PackageCard(2, 1, 1, 1, CardKind.REVERSED, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0),
                new PackageCard(3, 2, 1, 0, CardKind.BASIC, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0));
        DeckPackage pkg = new DeckPackage(List.of(new PackageDeck(1, new DeckName("K8s"), "")), StockNoteTypes.all(),
                notes, cards, List.of(), List.of(), List.of());
        ObsidianMarkdownWriter.Export export = new ObsidianMarkdownWriter().export(pkg, "Export");
        assertEquals(List.of("2 cards' fronts held blank lines, written as one paragraph: the plugin starts a new card after a blank line."),
                export.notices());
        List<CardDraft> read = new NoteParser().parse("export.md", export.markdown()).drafts();
        assertEquals("First part.\nSecond part?", read.get(0).front());
    }

    /** Kind, sides, deck and the card's tags as a set (the deck's own {@code flashcards/...} tag aside). */
    private static List<String> describe(List<CardDraft> drafts) {
        return drafts.stream().map(d -> d.kind() + "|" + d.front() + "|" + d.back() + "|" + d.deck() + "|"
                + new java.util.TreeSet<>(d.tags().stream().filter(t -> !t.startsWith("flashcards/")).toList())).toList();
    }
}
