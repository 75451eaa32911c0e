package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.notes.NoteParser;
import io.deckhand.vault.VaultGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate's verdicts (score, ticked, reasons) on every card of a generated vault, line by line,
 * against the verdicts recorded before its internals were made faster (issue 9): speed-ups of the
 * gate must not change what it says. A change of the gate's rules changes verdicts on purpose; then
 * record them again: {@code java -cp "target/test-classes:target/classes:..."
 * io.deckhand.notes.gate.QualityGateVerdictsTest src/test/resources/io/deckhand/notes/gate/verdicts-vault1.txt}
 * and review the diff.
 */
class QualityGateVerdictsTest {
    private static final String RECORDED = "verdicts-vault1.txt";

    @Test
    void theVerdictsOnAGeneratedVaultAreTheRecordedOnes() throws IOException {
        List<String> recorded;
        try (InputStream in = QualityGateVerdictsTest.class.getResourceAsStream(RECORDED)) {
            recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> now = verdicts();
        assertEquals(recorded.size(), now.size(), "number of cards");
        for (int i = 0; i < now.size(); i++) assertEquals(recorded.get(i), now.get(i), "card " + (i + 1));
    }

    /** One line per card of the vault, in order: where it comes from, its score, ticked or not, its reasons. */
    static List<String> verdicts() {
        List<String> out = new ArrayList<>();
        NoteParser parser = new NoteParser();
        for (VaultGenerator.Note n : new VaultGenerator(1).generate(250_000)) {
            for (CardDraft d : parser.parse(n.path(), n.text()).drafts()) {
                out.add(n.path() + ":" + d.source().firstLine() + "\t" + d.quality().score() + "\t"
                        + d.quality().passed() + "\t" + String.join(" | ", d.quality().reasons()).replace('\n', ' '));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), verdicts(), StandardCharsets.UTF_8);
    }
}
