package io.deckhand.exchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.exchange.FormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DeckFileReaderTest {
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

    @Property(tries = 300)
    void neverFailsWithAnythingButAFormatError(@ForAll String text) {
        try {
            read(text);
        } catch (FormatException expected) {
            // the only acceptable failure
        }
    }
}
