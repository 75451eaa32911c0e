package io.deckhand.exchange;

import java.util.List;

/**
 * The note types Deckhand exports cards as, shaped like Anki's stock Basic, Basic (and reversed
 * card) and Cloze so that Anki shows them as it shows its own. Fixed ids make a re-export land on
 * the same note type in the user's Anki.
 */
public final class StockNoteTypes {
    public static final long BASIC_ID = 1_600_000_000_001L;
    public static final long REVERSED_ID = 1_600_000_000_002L;
    public static final long CLOZE_ID = 1_600_000_000_003L;

    private static final String CSS = ".card { font-family: arial; font-size: 20px; text-align: center; color: black;"
            + " background-color: white; }\n.cloze { font-weight: bold; color: blue; }\n"
            + ".nightMode .cloze { color: lightblue; }\n";
    private static final String ANSWER = "{{FrontSide}}\n\n<hr id=answer>\n\n";

    private StockNoteTypes() {
    }

    public static NoteType basic() {
        return new NoteType(BASIC_ID, "Deckhand Basic", false, List.of("Front", "Back"),
                List.of(new CardTemplate(0, "Card 1", "{{Front}}", ANSWER + "{{Back}}")), CSS);
    }

    public static NoteType reversed() {
        return new NoteType(REVERSED_ID, "Deckhand Basic (and reversed card)", false, List.of("Front", "Back"),
                List.of(new CardTemplate(0, "Card 1", "{{Front}}", ANSWER + "{{Back}}"),
                        new CardTemplate(1, "Card 2", "{{Back}}", ANSWER + "{{Front}}")), CSS);
    }

    public static NoteType cloze() {
        return new NoteType(CLOZE_ID, "Deckhand Cloze", true, List.of("Text", "Back Extra"),
                List.of(new CardTemplate(0, "Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")), CSS);
    }

    public static List<NoteType> all() {
        return List.of(basic(), reversed(), cloze());
    }

    /** The three types with {@code extraCss} after their own (the styles the exported HTML needs). */
    public static List<NoteType> all(String extraCss) {
        if (extraCss.isEmpty()) return all();
        return all().stream().map(t -> new NoteType(t.id(), t.name(), t.cloze(), t.fields(), t.templates(),
                t.css() + extraCss)).toList();
    }
}
