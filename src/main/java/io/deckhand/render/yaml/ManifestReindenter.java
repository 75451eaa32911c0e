package io.deckhand.render.yaml;

import io.deckhand.text.YamlLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Restores the indentation of a Kubernetes manifest whose leading whitespace was lost (notes pasted
 * as plain text). Each line is placed by asking the {@link K8sStructure} which open mapping or list
 * it belongs to: the innermost object that has the field wins; a free-form map (labels, data) takes
 * a key only when no enclosing object has a field of that name. Comments are kept, list items get
 * their dash when the note lost it, a repeated {@code kind}/{@code apiVersion} starts a new
 * document, and every decision the table did not settle is listed as a guess. Thread-safe.
 *
 * <p>The work is shared out: {@link FlatteningCheck} (was structure lost?), {@link ManifestLinePlacer}
 * (where each line goes), {@link OpenFrames} (the open mappings and lists), {@link FieldFit} (the table's
 * answers), {@link BlockScalarCopy} (block scalar text) and {@link ReindentedLines} (output and guesses).
 */
public final class ManifestReindenter {
    private final FieldFit fit;

    public ManifestReindenter(K8sStructure structure) {
        this.fit = new FieldFit(structure);
    }

    public ManifestReindenter() {
        this(K8sStructure.bundled());
    }

    /** True when some key without a value is not followed by a more indented line: structure was lost. */
    public static boolean looksFlattened(String text) {
        return FlatteningCheck.looksFlattened(text);
    }

    public ReindentResult reindent(String text) {
        if (text.length() > YamlValidator.MAX_CHARS) {
            return new ReindentResult(text, List.of("Not re-indented: the snippet is larger than "
                    + YamlValidator.MAX_CHARS / 1024 + " KB."), false);
        }
        String[] raw = text.split("\n", -1);
        List<YamlLine> lines = new ArrayList<>(raw.length);
        for (String r : raw) {
            lines.add(YamlLine.of(r));
        }
        ManifestLinePlacer placer = new ManifestLinePlacer(lines, fit);
        String result = placer.place();
        String normalisedInput = text.endsWith("\n") ? text : text + "\n";
        boolean changed = !result.equals(normalisedInput);
        return new ReindentResult(changed ? result : text, changed ? placer.guesses() : List.of(), changed);
    }
}
