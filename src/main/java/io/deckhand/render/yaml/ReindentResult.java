package io.deckhand.render.yaml;

import java.util.List;

/**
 * A re-indented YAML text and the guesses made to restore its structure.
 *
 * @param yaml the re-indented text (the input unchanged when nothing needed restoring)
 * @param guesses one sentence per decision the structure table did not settle, with its output line
 * @param changed whether the text differs from the input
 */
public record ReindentResult(String yaml, List<String> guesses, boolean changed) {
    public ReindentResult {
        guesses = List.copyOf(guesses);
    }
}
