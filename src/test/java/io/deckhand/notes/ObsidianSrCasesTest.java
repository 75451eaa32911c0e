package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.SharedFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case from the Obsidian Spaced Repetition plugin's own tests
 * ({@code ../shared/fixtures/obsidian-sr/cases.json}) run through {@link ExplicitCardParser}.
 * Settings: each case carries the plugin settings its upstream test used; they are turned into an
 * {@link ExplicitSyntax} as follows.
 * <ul>
 * <li>{@code parse} cases (parser.test.ts): separators, end marker and cloze patterns exactly as given;
 * no flashcard tag required (the upstream parser works below tag handling).</li>
 * <li>{@code question_list} cases (note-question-parser.test.ts): as given, plus flashcardTags and
 * convertFoldersToDecks, and a flashcard tag IS required (the plugin's note-level rule).</li>
 * <li>{@code expand} cases (question-type.test.ts): the given settings; fronts compared in the plugin's
 * plain form ({@code [...]} without its colour span), which is Deckhand's front format.</li>
 * <li>{@code schedule_comment} / {@code sr_comment_regex}: Deckhand does not import the plugin's
 * schedules; the card must still be found, with the schedule comment left out of the text.</li>
 * </ul>
 * Deckhand trims the whitespace around a front or back (the plugin keeps it).
 */
class ObsidianSrCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> pluginCases() throws IOException {
        JsonNode root = JSON.readTree(SharedFixtures.require("fixtures/obsidian-sr/cases.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String kind = c.get("kind").asText();
            tests.add(DynamicTest.dynamicTest(kind + " | " + c.get("name").asText(), () -> run(kind, c)));
        }
        return tests.stream();
    }

    private static void run(String kind, JsonNode c) {
        switch (kind) {
            case "parse" -> parse(c);
            case "question_list" -> questionList(c);
            case "expand" -> expand(c);
            case "schedule_comment" -> scheduleComment(c);
            case "sr_comment_regex" -> srComment(c);
            default -> throw new AssertionError("unknown case kind " + kind);
        }
    }

    static ExplicitSyntax syntax(JsonNode s, boolean requireTag) {
        List<String> clozes = new ArrayList<>();
        s.path("clozePatterns").forEach(p -> clozes.add(p.asText()));
        List<String> tags = new ArrayList<>();
        s.path("flashcardTags").forEach(t -> tags.add(t.asText()));
        if (tags.isEmpty()) tags.add("#flashcards");
        return new ExplicitSyntax(s.get("singleLineCardSeparator").asText(),
                s.get("singleLineReversedCardSeparator").asText(), s.get("multilineCardSeparator").asText(),
                s.get("multilineReversedCardSeparator").asText(), s.get("multilineCardEndMarker").asText(),
                clozes.stream().map(ClozePattern::compile).toList(), tags, requireTag,
                s.path("convertFoldersToDecks").asBoolean(false));
    }

    private static ExplicitCard.Type type(String t) {
        return switch (t) {
            case "basic" -> ExplicitCard.Type.BASIC;
            case "reversed" -> ExplicitCard.Type.REVERSED;
            case "multiline" -> ExplicitCard.Type.MULTILINE;
            case "multiline_reversed" -> ExplicitCard.Type.MULTILINE_REVERSED;
            case "cloze" -> ExplicitCard.Type.CLOZE;
            default -> throw new AssertionError(t);
        };
    }

    private static void parse(JsonNode c) {
        List<ExplicitCard> cards = new ExplicitCardParser(syntax(c.get("settings"), false))
                .parse(c.get("input").asText(), List.of());
        JsonNode expected = c.get("expected");
        assertEquals(expected.size(), cards.size(), () -> "card count, got " + cards);
        for (int i = 0; i < cards.size(); i++) {
            JsonNode e = expected.get(i);
            ExplicitCard got = cards.get(i);
            assertEquals(type(e.get("type").asText()), got.type());
            assertEquals(e.get("text").asText(), got.text());
            assertEquals(e.get("first_line").asInt(), got.firstLine());
            assertEquals(e.get("last_line").asInt(), got.lastLine());
            assertSides(e.get("derived_cards"), got.sides());
        }
    }

    private static void questionList(JsonNode c) {
        List<String> folders = new ArrayList<>();
        c.path("folder_deck_path").forEach(f -> folders.add(f.asText()));
        List<ExplicitCard> cards = new ExplicitCardParser(syntax(c.get("settings"), true))
                .parse(c.get("input").asText(), folders);
        JsonNode expected = c.get("expected");
        assertEquals(expected.size(), cards.size(), () -> "card count, got " + cards);
        for (int i = 0; i < cards.size(); i++) {
            JsonNode e = expected.get(i);
            ExplicitCard got = cards.get(i);
            assertEquals(type(e.get("type").asText()), got.type());
            assertEquals(e.get("first_line").asInt(), got.firstLine());
            assertEquals(e.get("last_line").asInt(), got.lastLine());
            assertEquals(e.get("deck").asText(), got.deckTag());
            assertSides(e.get("cards"), got.sides());
        }
    }

    private static void expand(JsonNode c) {
        List<ExplicitCard> cards = new ExplicitCardParser(syntax(c.get("settings"), false))
                .parse(c.get("input").asText(), List.of());
        assertEquals(1, cards.size(), () -> "one card, got " + cards);
        assertEquals(type(c.get("input_type").asText()), cards.get(0).type());
        assertSides(c.get("expected"), cards.get(0).sides());
    }

    private static void scheduleComment(JsonNode c) {
        ExplicitSyntax s = ExplicitSyntax.pluginDefaults().withClozePatterns(List.of(ExplicitSyntax.HIGHLIGHT_CLOZE));
        ExplicitSyntax noTag = new ExplicitSyntax(s.singleLineSeparator(), s.singleLineReversedSeparator(),
                s.multilineSeparator(), s.multilineReversedSeparator(), "", s.clozePatterns(),
                s.flashcardTags(), false, false);
        List<ExplicitCard> cards = new ExplicitCardParser(noTag).parse(c.get("input").asText(), List.of());
        assertEquals(1, cards.size());
        for (ExplicitCard.Side side : cards.get(0).sides()) {
            assertEquals(-1, side.back().indexOf("<!--SR:"), side.back());
            assertEquals(-1, side.front().indexOf("<!--SR:"), side.front());
        }
    }

    private static void srComment(JsonNode c) {
        JsonNode e = c.get("expected").get(0);
        Pattern p = Pattern.compile(c.get("settings").get("regex").asText());
        String input = c.get("input").asText();
        if (e.has("match_all")) {
            List<String> matches = new ArrayList<>();
            var m = p.matcher(input);
            while (m.find()) matches.add(m.group());
            List<String> want = new ArrayList<>();
            e.get("match_all").forEach(x -> want.add(x.asText()));
            assertEquals(want, matches);
        }
        if (e.has("after_removal")) {
            assertEquals(e.get("after_removal").asText(), ExplicitCardParser.removeScheduleComments(input));
        }
    }

    private static void assertSides(JsonNode expected, List<ExplicitCard.Side> got) {
        assertEquals(expected.size(), got.size(), () -> "sides " + got);
        for (int i = 0; i < got.size(); i++) {
            JsonNode e = expected.get(i);
            String front = e.has("front_plain") ? e.get("front_plain").asText() : e.get("front").asText();
            String back = e.has("back_plain") ? e.get("back_plain").asText() : e.get("back").asText();
            assertEquals(front.strip(), got.get(i).front(), "front " + i);
            assertEquals(back.strip(), got.get(i).back(), "back " + i);
        }
    }
}
