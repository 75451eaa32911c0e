package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A command line whose first word is a near-miss of a known command is fixed at extraction and tagged. */
class CommandTypoTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "kunectl replace -f pod/name        | kubectl replace -f pod/name",
            "kubeclt get pods                   | kubectl get pods",
            "kubctl -n kube-system get pods     | kubectl -n kube-system get pods",
            "kubeadmn init --pod-network-cidr=x | kubeadm init --pod-network-cidr=x",
            "hlem install web ./chart -f v.yaml | helm install web ./chart -f v.yaml",
            "etcdclt snapshot save /tmp/s.db    | etcdctl snapshot save /tmp/s.db",
            "kubectl get pods                   | -",
            "help me with -f files              | -",
            "hlem install web                   | -",
            "kubernetes runs the containers.    | -",
            "kubectk get pods                   | -",
            "The kunectl typo                   | -",
    })
    void fixesOnlyClearNearMisses(String line, String fixed) {
        assertEquals(fixed, PlainLines.typoFixed(line));
    }

    @Test
    void theBundledDecksTypoIsFixedAndTheCardTagged() {
        String note = "Troubleshooting and Debugging\n\nRestart a pod?\nkubectl scale\n"
                + "kubectl rollout restart deployment name\nkubectl delete pod name\nkunectl replace -f pod/name\n"
                + "To find problems when a container/pod is running, use the following commands -\n";
        List<CardDraft> cards = new NoteParser().parse("notes.txt", note).drafts();
        CardDraft restart = cards.stream().filter(c -> c.front().contains("Restart a pod?")).findFirst().orElseThrow();
        assertTrue(restart.back().contains("kubectl replace -f pod/name"), restart.back());
        assertFalse(cards.stream().anyMatch(c -> c.front().contains("kunectl") || c.back().contains("kunectl")), cards.toString());
        assertTrue(restart.tags().contains(PlainLines.TYPO_TAG), restart.tags().toString());
        assertTrue(cards.stream().filter(c -> !c.back().contains("replace")).noneMatch(c -> c.tags().contains(PlainLines.TYPO_TAG)),
                "only the card with the fixed line is tagged");
    }

    @Property
    void proseIsNeverFixed(@ForAll("sentences") String sentence) {
        assertNull(PlainLines.typoFixed(sentence));
    }

    @Property
    void anAdjacentSwapInALongCommandNameComesBack(@ForAll("swapped") String[] pair) {
        String fixed = PlainLines.typoFixed(pair[0] + " get pods -o wide");
        // either the one command it came from, or left alone when another is as near
        assertTrue(fixed == null || fixed.equals(pair[1] + " get pods -o wide"), pair[0] + " -> " + fixed);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9);
        return word.list().ofMinSize(2).ofMaxSize(12).map(w -> {
            String s = String.join(" ", w);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        });
    }

    @Provide
    Arbitrary<String[]> swapped() {
        List<String> names = List.of("kubectl", "kubeadm", "kubelet", "etcdctl", "systemctl", "journalctl", "minikube",
                "kustomize", "terraform");
        return Arbitraries.of(names).flatMap(n -> Arbitraries.integers().between(0, n.length() - 2).map(i -> {
            char[] c = n.toCharArray();
            char x = c[i];
            c[i] = c[i + 1];
            c[i + 1] = x;
            return new String[] {new String(c), n};
        })).filter(p -> !p[0].equals(p[1]));
    }
}
