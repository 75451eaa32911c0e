package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Realistic CKA notes written the way candidates write them (test resources notes/cka): every card
 * must read well on its own, and the knowledge a tutor would ask about must be there.
 */
class SampleNotesTest {
    private static final NoteParser PARSER = new NoteParser();

    private static List<CardDraft> cards(String name) throws IOException {
        try (InputStream in = SampleNotesTest.class.getResourceAsStream("/notes/cka/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return PARSER.parse(name, text).drafts();
        }
    }

    private static CardDraft one(List<CardDraft> cards, CardKind kind, String frontPart) {
        return cards.stream().filter(c -> c.kind() == kind && c.front().contains(frontPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " card with '" + frontPart + "' in " + cards));
    }

    /** The question without the heading path shown above it. */
    private static String question(CardDraft c) {
        String f = c.front();
        return f.startsWith("*") && f.contains("*\n\n") ? f.substring(f.indexOf("*\n\n") + 3) : f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rbac.md", "scheduling.md", "networking.md", "troubleshooting.md", "workloads.md"})
    void everyCardStandsOnItsOwn(String note) throws IOException {
        List<CardDraft> cards = cards(note);
        assertTrue(cards.size() >= 10, note + " gave only " + cards.size() + " cards");
        Set<String> seen = new HashSet<>();
        for (CardDraft c : cards) {
            assertFalse(c.front().isBlank() || c.back().isBlank(), "empty side: " + c);
            assertTrue(seen.add(c.front() + "\u0000" + c.back()), "duplicate: " + c);
            if (!c.back().contains("```")) {
                assertTrue(c.back().length() <= CardSink.MAX_BACK_CHARS, "wall of text: " + c.back());
            }
            String q = question(c);
            assertTrue(Inline.words(q) >= 3, "question too bare: " + q);
            assertFalse(q.matches("(?is)(what|which|how)[^?]*\\b(it|this|that)\\?.*"), "needs the note: " + q);
            assertFalse(q.contains(" — The ") || q.matches("(?s).*: [A-Z][^\\n]*\\.$"),
                    "a sentence of the note pasted as the topic: " + q);
        }
    }

    @Test
    void rbac() throws IOException {
        List<CardDraft> cards = cards("rbac.md");
        assertEquals("A set of permissions (verbs on resources) inside one namespace",
                one(cards, CardKind.DEFINITION, "**RBAC**: what is **Role**?").back());
        assertTrue(one(cards, CardKind.DEFINITION, "**ClusterRole**").back().startsWith("Like **Role**"));
        one(cards, CardKind.LIST, "What are the gotchas of **RBAC**?");
        assertTrue(one(cards, CardKind.BASIC, "What happens if no binding grants a permission?").back()
                .startsWith("The request is denied"));
        one(cards, CardKind.MANIFEST, "Write a Role `pod-reader`");
        assertEquals("no", one(cards, CardKind.TABLE_FACT, "**Role** — Can grant access to nodes: yes or no?").back());
    }

    @Test
    void scheduling() throws IOException {
        List<CardDraft> cards = cards("scheduling.md");
        one(cards, CardKind.DEFINITION, "**NoExecute**");
        one(cards, CardKind.DEFINITION, "**requiredDuringSchedulingIgnoredDuringExecution**");
        assertTrue(one(cards, CardKind.BASIC, "static pod path").back().contains("staticPodPath"));
        assertEquals("A set of rules the scheduler uses to place a pod on nodes with matching labels. "
                + "It is more expressive than nodeSelector.", one(cards, CardKind.DEFINITION, "**Node affinity**").back());
    }

    @Test
    void networking() throws IOException {
        List<CardDraft> cards = cards("networking.md");
        assertEquals("inside the cluster only", one(cards, CardKind.TABLE_FACT, "**ClusterIP** — Reachable from?").back());
        assertEquals("The port on the pod the traffic is sent to", one(cards, CardKind.DEFINITION, "**targetPort**").back());
        one(cards, CardKind.DEFINITION, "**kube-proxy**");
        one(cards, CardKind.LIST, "key facts");
        one(cards, CardKind.MANIFEST, "NetworkPolicy `default-deny-ingress`");
    }

    @Test
    void workloads() throws IOException {
        List<CardDraft> cards = cards("workloads.md");
        assertEquals("`kubectl drain node1 --ignore-daemonsets`",
                one(cards, CardKind.COMMAND, "Which command do you use to evict all pods before maintenance?").back());
        assertTrue(one(cards, CardKind.BASIC, "What is a headless Service?").back().startsWith("A Service with `clusterIP: None`"));
        one(cards, CardKind.DEFINITION, "**Workloads**: what does **Recreate** do?");
        one(cards, CardKind.DEFINITION, "**Readiness probe**");
        one(cards, CardKind.TABLE_FACT, "What does **completions** mean?");
        one(cards, CardKind.MANIFEST, "Write a Pod `app`");
    }

    @Test
    void troubleshooting() throws IOException {
        List<CardDraft> cards = cards("troubleshooting.md");
        assertTrue(one(cards, CardKind.COMMAND, "How do you back up etcd?").back().contains("--endpoints="));
        one(cards, CardKind.LIST, "what are the steps for **Node NotReady**, in order?");
        assertEquals("Why the pod was restarted.", one(cards, CardKind.COMMAND, "what does the Events section at the bottom show?").back());
        one(cards, CardKind.COMMAND, "Which command shows the logs of the last crashed container instance");
        one(cards, CardKind.BASIC, "Which file do you edit to change the etcd data directory?");
    }
}
