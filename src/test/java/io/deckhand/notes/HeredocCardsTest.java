package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A document fed to a command inline ("cat <<EOF | kubectl apply -f -" ... "EOF") is that command's
 * input: never commands of its own, never a command without it. A manifest so fed is asked as a manifest,
 * its nesting as the notes had it or restored once (flattened notes), or gives no card when it cannot be.
 */
class HeredocCardsTest {
    private static final String FLAT_SECRET = """
            cat <<EOF | kubectl apply -f -
            apiVersion: v1
            kind: Secret
            metadata:
            name: shed-keys
            type: Opaque
            data:
            gate: Z2F0ZQ==
            barn: YmFybg==
            EOF
            """;

    @Test
    void aFlattenedManifestFedToApplyIsAManifestCardWithItsNestingRestored() {
        List<CardDraft> cards = md("# Shed\n\n```bash\n# Create a secret with two keys\n" + FLAT_SECRET + "```\n");
        CardDraft secret = NoteCards.one(cards, CardKind.MANIFEST, "shed-keys");
        JsonNode doc = documents(yamlOf(secret.back())).get(0);
        assertEquals("shed-keys", doc.path("metadata").path("name").asText(), secret.back());
        assertEquals("Z2F0ZQ==", doc.path("data").path("gate").asText(), secret.back());
        assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.COMMAND), cards.toString());
    }

    @Test
    void plainTextNotesGiveNoCommandCutOffBeforeItsDocument() {
        List<CardDraft> cards = txt("Shed\n# Create a secret with two keys\n" + FLAT_SECRET);
        NoteCards.one(cards, CardKind.MANIFEST, "shed-keys");
        assertTrue(cards.stream().noneMatch(c -> (c.front() + c.back()).contains("<<EOF")), cards.toString());
    }

    @Test
    void aManifestRunOntoItsCommandsLineIsRepairedAsAManifest() {
        String line = "cat <<EOF | kubectl apply -f - apiVersion: v1 kind: Secret metadata: name: shed-keys type: Opaque "
                + "data: gate: Z2F0ZTEy barn: YmFybjEy EOF";
        for (List<CardDraft> cards : List.of(md("# Shed\n\nCreate a secret with two keys:\n\n```\n" + line + "\n```\n"),
                txt("Shed\nCreate a secret with two keys\n" + line + "\n"))) {
            CardDraft secret = NoteCards.one(cards, CardKind.MANIFEST, "shed-keys");
            JsonNode doc = documents(yamlOf(secret.back())).get(0);
            assertEquals("shed-keys", doc.path("metadata").path("name").asText(), secret.back());
            assertEquals("YmFybjEy", doc.path("data").path("barn").asText(), secret.back());
            assertTrue(cards.stream().noneMatch(c -> (c.front() + c.back()).contains("<<EOF")), cards.toString());
        }
        assertNull(Heredocs.runOnManifest("cat <<EOF > shed.yaml apiVersion: v1 kind: Secret EOF"));
    }

    @Test
    void aDocumentThatIsNoManifestStaysWithItsCommandAsWritten() {
        List<CardDraft> cards = md("""
                # Shed

                ```bash
                # Write the pump settings file
                cat <<EOF > /etc/pump.conf
                flow = 3
                  pressure = low
                flow = 3
                EOF
                ```
                """);
        for (CardDraft c : cards) {
            if (!(c.front() + c.back()).contains("pump.conf")) continue;
            // Repeated and indented lines of the document are its content: kept as written.
            assertTrue(c.back().contains("flow = 3\n  pressure = low\nflow = 3\nEOF"), c.toString());
        }
        assertTrue(cards.stream().noneMatch(c -> c.back().strip().equals("`flow = 3`") || c.front().contains("`flow = 3`")),
                cards.toString());
    }

    @Test
    void aDocumentRunOntoTheCommandsLineTakesNoLaterLines() {
        String[] lines = {"cat <<EOF | kubectl apply -f - kind: Pod EOF", "kubectl get pods", "EOF"};
        assertEquals(-1, Heredocs.end(lines, 0, "EOF"));
        assertEquals(2, Heredocs.end(new String[] {"kubectl apply -f - <<'EOF'", "kind: Pod", "  EOF"}, 0, "EOF"));
        assertEquals("END", Heredocs.delimiter("cat << \"END\" | kubectl create -f -"));
        assertNull(Heredocs.delimiter("kubectl get pods"));
        assertTrue(Heredocs.onlyFeeds("cat <<EOF | kubectl apply -f -"));
        assertFalse(Heredocs.onlyFeeds("cat <<EOF > pod.yaml"));
    }

    @Test
    void aFlattenedManifestWhoseBlockScalarHeldNestedYamlGivesNoCard() {
        // The Kubernetes structure says where "metadata" fields go, not the fields of an embedded file.
        List<CardDraft> cards = md("""
                # Shed

                ```yaml
                apiVersion: v1
                kind: ConfigMap
                metadata:
                name: pump-config
                data:
                pump.yaml: |
                pump:
                flow: 3
                pressure: low
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.MANIFEST), cards.toString());
        assertTrue(ManifestRepair.repair("apiVersion: v1\nkind: ConfigMap\nmetadata:\nname: c\ndata:\nf.yaml: |\npump:\nflow: 3\n").lost());
        assertFalse(ManifestRepair.repair("apiVersion: v1\nkind: ConfigMap\nmetadata:\nname: c\ndata:\nf.conf: |\nflow = 3\n").lost());
    }

    /**
     * Any manifest fed to kubectl inline, in a Markdown shell fence or flattened plain text, indented as
     * written or with its indentation lost: every manifest card's YAML parses to the manifest the notes
     * meant, and no card holds a line of it outside a manifest.
     */
    @Property(tries = 60)
    void aFedManifestIsCarriedWithTheNestingItHad(@ForAll("manifests") String[] manifest, @ForAll boolean flattened,
                                                  @ForAll boolean markdown, @ForAll boolean catPipe) {
        String yaml = manifest[0];
        String body = flattened ? yaml.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("") : yaml;
        String opener = catPipe ? "cat <<EOF | kubectl apply -f -" : "kubectl apply -f - <<EOF";
        String block = "# " + manifest[1] + "\n" + opener + "\n" + body + "\nEOF\n";
        List<CardDraft> cards = markdown ? md("# Shed\n\n```bash\n" + block + "```\n") : txt("Shed\n" + block);
        List<JsonNode> expected = documents(yaml);
        assertEquals(1, cards.stream().filter(c -> c.kind() == CardKind.MANIFEST).count(), cards.toString());
        for (CardDraft c : cards) {
            if (c.kind() == CardKind.MANIFEST) {
                assertEquals(expected, documents(yamlOf(c.back())), c.toString());
            } else {
                for (String side : List.of(c.front(), c.back())) {
                    assertFalse(side.contains("apiVersion") || side.contains("<<EOF"), c.toString());
                }
            }
        }
    }

    @Provide
    Arbitrary<String[]> manifests() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
        Arbitrary<String> value = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String[]> secret = Combinators.combine(name, value, value, Arbitraries.of("Secret", "ConfigMap"))
                .as((n, a, b, kind) -> new String[] {"apiVersion: v1\nkind: " + kind + "\nmetadata:\n  name: " + n
                        + "\n  labels:\n    app: " + a + "\n" + (kind.equals("Secret") ? "type: Opaque\n" : "")
                        + "data:\n  first: " + a + "\n  second: " + b, "Create the " + kind.toLowerCase() + " " + n});
        Arbitrary<String[]> pod = Combinators.combine(name, value)
                .as((n, img) -> new String[] {"apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + n + "\nspec:\n  containers:\n  - name: "
                        + n + "\n    image: " + img + ":1.2\n    args:\n    - sleep\n    - \"100\"", "Run the pod " + n});
        return Arbitraries.oneOf(secret, pod);
    }

    private static final Pattern YAML_FENCE = Pattern.compile("(?s)```yaml\\n(.*?)```");

    private static String yamlOf(String back) {
        Matcher m = YAML_FENCE.matcher(back);
        assertTrue(m.find(), back);
        return m.group(1);
    }

    private static List<JsonNode> documents(String yaml) {
        ParsedYaml read = ParsedYaml.of(yaml.strip());
        assertNull(read.error, yaml);
        return new ArrayList<>(read.documents);
    }
}
