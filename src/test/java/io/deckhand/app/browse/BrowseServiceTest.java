package io.deckhand.app.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrowseServiceTest {
    private TestCollection col;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s::Storage"), "What is a PVC?", "A claim", List.of("storage"));
        col.services.library().addCard(new DeckName("K8s::Net"), "What is a Service?", "A stable address", List.of("net::svc"));
        col.services.library().addCard(new DeckName("Linux"), "What does chmod do?", "Changes modes", List.of());
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private List<String> fronts(String q) throws Exception {
        return col.services.browse().search(q).stream().map(BrowseRow::front).toList();
    }

    @Test
    void emptyQueryListsEveryCardByDeck() throws Exception {
        List<BrowseRow> rows = col.services.browse().search("");
        assertEquals(List.of("K8s::Net", "K8s::Storage", "Linux"), rows.stream().map(BrowseRow::deck).toList());
        assertNull(rows.get(0).due(), "new cards have no due day");
    }

    @Test
    void filtersByTextTagAndDeck() throws Exception {
        assertEquals(List.of("What is a PVC?"), fronts("claim"));
        assertEquals(List.of("What is a Service?"), fronts("tag:net"));
        assertEquals(List.of("What is a Service?", "What is a PVC?"), fronts("deck:k8s"));
        assertEquals(List.of("What is a Service?"), fronts("deck:K8s what \"stable address\""));
        assertEquals(List.of(), fronts("deck:K8 "));
    }
}
