package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.domain.schedule.CarriedSchedule;
import io.deckhand.support.SharedFixtures;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
 * <li>{@code schedule_comment}: the card is found without the comment in its text, and the comment's
 * schedules are read one per card in order (placeholders as new cards).</li>
 * <li>{@code sr_comment_regex}: the plugin's own expression removes the comments as the plugin does.</li>
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

    /** The case's settings read as a user's profile is (the plugin's JSON keys), then turned into the syntax. */
    static ExplicitSyntax syntax(JsonNode s, boolean requireTag) {
        ExplicitSyntax p = ObsidianSrSettingsFile.toSyntax(ObsidianSrSettingsFile.fromJson(s.toString()));
        return new ExplicitSyntax(p.singleLineSeparator(), p.singleLineReversedSeparator(), p.multilineSeparator(),
                p.multilineReversedSeparator(), p.multilineEndMarker(), p.clozePatterns(), p.flashcardTags(),
                requireTag, p.decksFromFolders());
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
        checkParsed(c.get("expected"), new ExplicitCardParser(syntax(c.get("settings"), false))
                .parse(c.get("input").asText(), List.of()));
    }

    private static void checkParsed(JsonNode expected, List<ExplicitCard> cards) {
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
        checkQuestions(c.get("expected"), new ExplicitCardParser(syntax(c.get("settings"), true))
                .parse(c.get("input").asText(), folders));
    }

    private static void checkQuestions(JsonNode expected, List<ExplicitCard> cards) {
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
        // The schedules themselves, one per sibling card in order (null: the plugin's new-card placeholder).
        JsonNode expected = c.get("expected");
        List<CarriedSchedule> got = cards.get(0).schedules();
        assertEquals(expected.size(), got.size(), () -> "schedules " + got);
        for (int i = 0; i < got.size(); i++) {
            JsonNode e = expected.get(i);
            CarriedSchedule g = got.get(i);
            if (e.has("placeholder")) {
                assertNull(g, "placeholder " + i);
                continue;
            }
            Instant due = Instant.parse(e.get("due").asText());
            assertEquals(e.get("interval").asInt(), g.intervalDays(), "interval " + i);
            if (e.get("kind").asText().endsWith("Fsrs")) {
                assertEquals(due, g.dueAt());
                assertEquals(e.get("stability").asDouble(), g.stability(), 1e-9);
                assertEquals(e.get("difficulty").asDouble(), g.difficulty(), 1e-9);
                assertEquals(e.get("state").asInt(), g.state().code());
                assertEquals(e.get("reps").asInt(), g.reps());
                assertEquals(e.get("lapses").asInt(), g.lapses());
                assertEquals(e.get("learningSteps").asInt(), g.step());
            } else {
                assertEquals(due.atZone(ZoneOffset.UTC).toLocalDate(), g.dueDay());
                assertEquals(e.get("latestEase").asInt(), g.easePercent());
            }
        }
    }

    /**
     * Agreement with the plugin: every case with its own settings (the per-import profile), and the
     * same cases read Deckhand's own way (no profile chosen). Printed as k/n for the closing note; with
     * settings every case must agree.
     */
    @Test
    void agreementWithAndWithoutSettings() throws IOException {
        JsonNode root = JSON.readTree(SharedFixtures.require("fixtures/obsidian-sr/cases.json").toFile());
        int n = 0, with = 0, without = 0, needSettings = 0, needSettingsWithout = 0;
        List<String> failing = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String kind = c.get("kind").asText();
            if (!kind.equals("parse") && !kind.equals("question_list") && !kind.equals("expand")) continue;
            n++;
            boolean differs = !c.get("settings").equals(pluginDefaultsJson(c.get("settings")));
            if (differs) needSettings++;
            if (agrees(kind, c, false)) with++; else failing.add(c.get("name").asText());
            if (agrees(kind, c, true)) {
                without++;
                if (differs) needSettingsWithout++;
            }
        }
        System.out.printf("obsidian-sr agreement: with settings %d/%d, without settings (Deckhand's own reading) %d/%d;"
                + " cases whose settings differ from the plugin's defaults: %d/%d without settings%n",
                with, n, without, n, needSettingsWithout, needSettings);
        assertEquals(n, with, () -> "cases that disagree with settings: " + failing);
    }

    /** The plugin's defaults in a case's own key set, to tell cases that need settings from those that do not. */
    private static JsonNode pluginDefaultsJson(JsonNode settings) throws IOException {
        JsonNode d = JSON.readTree(ObsidianSrSettingsFile.toJson(io.deckhand.domain.note.ObsidianSrSettings.pluginDefaults()));
        com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
        settings.fieldNames().forEachRemaining(k -> o.set(k, d.has(k) ? d.get(k) : settings.get(k)));
        return o;
    }

    private static boolean agrees(String kind, JsonNode c, boolean deckhandReading) {
        try {
            if (deckhandReading) {
                runWith(kind, c, ExplicitSyntax.deckhandDefaults());
            } else {
                run(kind, c);
            }
            return true;
        } catch (AssertionError | RuntimeException e) {
            return false;
        }
    }

    /** The case read with {@code syntax} instead of its settings (for the without-settings figure). */
    private static void runWith(String kind, JsonNode c, ExplicitSyntax syntax) {
        List<String> folders = new ArrayList<>();
        c.path("folder_deck_path").forEach(f -> folders.add(f.asText()));
        List<ExplicitCard> cards = new ExplicitCardParser(syntax).parse(c.get("input").asText(), folders);
        switch (kind) {
            case "parse" -> checkParsed(c.get("expected"), cards);
            case "question_list" -> checkQuestions(c.get("expected"), cards);
            case "expand" -> {
                assertEquals(1, cards.size());
                assertEquals(type(c.get("input_type").asText()), cards.get(0).type());
                assertSides(c.get("expected"), cards.get(0).sides());
            }
            default -> throw new AssertionError(kind);
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
