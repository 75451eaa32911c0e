package io.deckhand.exchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.FormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DeckFileReaderTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final DeckFileReader reader = new DeckFileReader();

    private DeckFile read(String json) throws FormatException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String message(String json) {
        return assertThrows(FormatException.class, () -> read(json)).getMessage();
    }

    @Test
    void roundTripsThroughTheWriter() throws Exception {
        DeckFile deck = new DeckFile("K8s", "desc", List.of(
                new DeckFile.Entry("g1", new CardDraft(CardKind.COMMAND, "What does `kubectl cordon` do?",
                        "Marks a node unschedulable.", "K8s::Nodes", List.of("k8s", "nodes"),
                        new SourceRef("notes/k8s.md", 3, 5, List.of("Nodes", "Maintenance")))),
                new DeckFile.Entry("g2", new CardDraft(CardKind.BASIC, "Q", "A", "K8s", List.of(), null))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckFileWriter().write(deck, out);
        DeckFile back = reader.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(deck, back);
    }

    @Test
    void refusesOtherFormatsWithAClearMessage() {
        assertTrue(message("{\"format\":\"anki\",\"version\":1}").contains("not a Deckhand deck file"));
        assertTrue(message("[1,2,3]").contains("not a Deckhand deck file"));
        assertTrue(message("{\"format\":\"deckhand.deck\",\"version\":99,\"name\":\"x\",\"cards\":[]}")
                .contains("newer than this Deckhand reads"));
        assertTrue(message("{\"format\":\"deckhand.deck\",\"version\":1,\"name\":\"x\"}").contains("\"cards\""));
        assertTrue(message("{\"format\":\"deckhand.deck\",\"version\":1,\"name\":\"x\",\"cards\":[{\"guid\":\"a\",\"front\":\"q\"}]}")
                .contains("card 1 has no \"back\""));
        assertTrue(message("{\"format\":").contains("line 1"));
    }

    private static SchedulingState state(CardState st, String due, double s, double d, int days, String last) {
        return new SchedulingState(st, Instant.parse(due), s, d, days, 3, 1, 0, last == null ? null : Instant.parse(last), 2.35);
    }

    private static DeckFile version2() {
        DeckPreset cram = DeckPreset.defaults(new PresetId(1), "Exam cram").withScheduler(SchedulerKind.SM2)
                .withFuzz(false).withLimits(50, 500);
        DeckPreset plain = DeckPreset.defaults(new PresetId(2), "Default");
        SchedulingState before = state(CardState.LEARNING, "2026-03-01T10:10:00Z", 2.3065, 5.11, 0, "2026-03-01T10:00:00Z");
        SchedulingState after = state(CardState.REVIEW, "2026-03-04T10:11:00Z", 3.1234567891234, 5.0000000001, 3, "2026-03-01T10:11:00.123Z");
        var review = new DeckFile.Review(Instant.parse("2026-03-01T10:11:00.123Z"), Rating.GOOD, 0, Duration.ofMillis(5230), before, after);
        CardDraft cloze = new CardDraft(CardKind.CLOZE, "A [...] runs on every node", "A **DaemonSet** runs on every node",
                "K8s::Workloads", List.of("k8s"), null);
        return new DeckFile("K8s", "", List.of(
                new DeckFile.Entry("g1", cloze, List.of("A {{c1::DaemonSet}} runs on {{c2::every node}}", ""), after, false, List.of(review)),
                new DeckFile.Entry("g1", cloze.withText("A DaemonSet runs on [...]", "A DaemonSet runs on **every node**"),
                        List.of("A {{c1::DaemonSet}} runs on {{c2::every node}}", ""), SchedulingState.newCard(Instant.parse("2026-03-01T00:00:00Z")), true, List.of()),
                new DeckFile.Entry("g2", new CardDraft(CardKind.BASIC, "Q", "A", "K8s", List.of(), null))),
                List.of(cram, plain), Map.of("K8s::Workloads", "Exam cram", "K8s", "Default"));
    }

    @Test
    void version2RoundTripsSchedulingReviewsPresetsAndNotesWithSeveralCards() throws Exception {
        DeckFile deck = version2();
        assertEquals(2, deck.version());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckFileWriter().write(deck, out);
        assertEquals(2, JSON.readTree(out.toByteArray()).get("version").asInt());
        assertEquals(deck, reader.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void plainCardsAreStillWrittenAsVersion1() throws Exception {
        DeckFile deck = new DeckFile("K8s", "", List.of(new DeckFile.Entry("g", new CardDraft(CardKind.BASIC, "Q", "A", "K8s", List.of(), null))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckFileWriter().write(deck, out);
        com.fasterxml.jackson.databind.JsonNode json = JSON.readTree(out.toByteArray());
        assertEquals(1, json.get("version").asInt());
        assertFalse(json.has("presets"), json.toString());
        assertEquals("Q", json.get("cards").get(0).get("front").asText(), json.toString());
        assertTrue(json.findValues("scheduling").isEmpty(), json.toString());
    }

    @Test
    void theBundledVersion1DeckStillReadsAndWritesBackUnchanged() throws Exception {
        Path bundled = Path.of("decks/kubernetes.json");
        Assumptions.assumeTrue(Files.exists(bundled));
        byte[] bytes = Files.readAllBytes(bundled);
        DeckFile deck = reader.read(new ByteArrayInputStream(bytes));
        assertFalse(deck.cards().isEmpty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckFileWriter().write(deck, out);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesBadVersion2ValuesNamingThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckFileWriter().write(version2(), out);
        String good = out.toString(StandardCharsets.UTF_8);
        assertTrue(message(good.replace("\"state\" : \"review\"", "\"state\" : \"asleep\"")).contains("unknown \"state\""));
        assertTrue(message(good.replace("\"rating\" : 3", "\"rating\" : 7")).contains("card 1 review 1"));
        assertTrue(message(good.replace("\"reps\" : 3", "\"reps\" : -3")).contains("negative"));
        assertTrue(message(good.replace("\"due\" : \"2026-03-04T10:11:00Z\"", "\"due\" : \"tomorrow\"")).contains("\"due\""));
        assertTrue(message(good.replace("\"desiredRetention\" : 0.9", "\"desiredRetention\" : 1.5")).contains("retention"));
        assertTrue(message(good.replace("\"preset\" : \"Exam cram\"", "\"preset\" : \"Nope\"")).contains("\"Nope\""));
        assertTrue(message(good.replace("\"version\" : 2", "\"version\" : 3")).contains("newer than this Deckhand reads (2)"));
    }

    /** Damaged version 2 files (a span cut out or replaced) either read or fail with a format error, never anything else. */
    @Property(tries = 400)
    void damagedVersion2FilesFailOnlyWithAFormatError(@ForAll @IntRange(max = 100_000) int at,
                                                      @ForAll @IntRange(max = 40) int length,
                                                      @ForAll("jsonish") String insert) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckFileWriter().write(version2(), out);
        String good = out.toString(StandardCharsets.UTF_8);
        int from = at % good.length();
        int to = Math.min(good.length(), from + length);
        try {
            read(good.substring(0, from) + insert + good.substring(to));
        } catch (FormatException expected) {
            // the only acceptable failure
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.of("", "null", "-1", "1e400", "\"\"", "\"::\"", "[]", "{}", "true", "0.5", "\"x\"",
                "99999999999", "\"2026-13-40T99:00:00Z\"", "\"relearning\"", "\"sm2\"");
    }

    @Property(tries = 300)
    void neverFailsWithAnythingButAFormatError(@ForAll String text) {
        try {
            read(text);
        } catch (FormatException expected) {
            // the only acceptable failure
        }
    }
}
