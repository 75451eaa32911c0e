package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any cheat-sheet block of comments (wrapped over lines, with or without their "#"), commands and inline
 * documents, in a Markdown fence or flattened plain text: every side's markup is balanced (fences and code
 * spans closed), no side ends in a lead-in that lost what it leads in to, and a manifest card's YAML parses.
 */
class CheatSheetStructureProperties {

    @Property(tries = 120)
    void everyCardIsWellFormedWhateverTheBlock(@ForAll("blocks") List<String> parts, @ForAll boolean plainText) {
        String block = String.join("\n", parts) + "\n";
        List<CardDraft> cards = plainText ? NoteCards.txt("Shed cheat sheet\n" + block)
                : NoteCards.md("# Shed cheat sheet\n\n```bash\n" + block + "```\n");
        for (CardDraft c : cards) {
            for (String side : List.of(c.front(), c.back())) {
                String shown = block + "\n" + c;
                assertEquals(0, fences(side) % 2, "open fence: " + shown);
                assertEquals(0, countOf(withoutFences(side), '`') % 2, "open code span: " + shown);
                String last = side.strip();
                if (!last.endsWith("```")) assertFalse(LEAD_IN_END.matcher(last).find(), "dangling lead-in: " + shown);
            }
            if (c.kind() == CardKind.MANIFEST) {
                Matcher y = YAML.matcher(c.back());
                while (y.find()) assertNull(ParsedYaml.of(y.group(1)).error, "YAML does not parse: " + block + "\n" + c);
            }
        }
    }

    private static final Pattern FENCE = Pattern.compile("(?m)^```");
    private static final Pattern FENCED = Pattern.compile("(?s)```.*?```");
    private static final Pattern YAML = Pattern.compile("(?s)```yaml\\n(.*?)```");
    /** A side ending where something should follow: a colon, or a pointer at a block. */
    private static final Pattern LEAD_IN_END = Pattern.compile(
            "(?i)(?::|\\b(?:by running|such as|as follows|like this|for example|here's how|this is how))[.?]?$");

    private static int fences(String s) {
        Matcher m = FENCE.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String withoutFences(String s) {
        return FENCED.matcher(s).replaceAll(" ");
    }

    private static long countOf(String s, char ch) {
        return s.chars().filter(x -> x == ch).count();
    }

    @Provide
    Arbitrary<List<String>> blocks() {
        Arbitrary<String> command = Arbitraries.of("kubectl get pods -A -o wide", "kubectl drain node01 --ignore-daemonsets",
                "kubectl rollout undo deployment web", "kubectl logs web -c app --previous",
                "kubectl create configmap shed --from-literal=mode=fast", "kubectl get pods web  # lists the web pod");
        Arbitrary<String> sentence = Arbitraries.of("List every pod in all namespaces together with the node each one runs on",
                "Drain the node before the maintenance window so that every pod that runs on it is evicted",
                "Here's how to roll back a deployment", "Roll back the deployment, here's how:",
                "Show the logs of the previous instance of a container", "will cause a short outage");
        Arbitrary<Integer> width = Arbitraries.integers().between(40, 80);
        Arbitrary<Boolean> keepMarks = Arbitraries.of(true, false);
        Arbitrary<String> comment = Combinators.combine(sentence, width, keepMarks).as((s, w, keep) -> {
            List<String> lines = new java.util.ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : (s.endsWith(":") ? s : s + ".").split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > w) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            lines.add(line.toString());
            StringBuilder out = new StringBuilder("# ").append(lines.get(0));
            for (String l : lines.subList(1, lines.size())) out.append('\n').append(keep ? "# " : "").append(l);
            return out.toString();
        });
        Arbitrary<String> heredoc = Arbitraries.of(
                "cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Secret\nmetadata:\nname: shed-keys\ntype: Opaque\ndata:\ngate: Z2F0ZTEy\nEOF",
                "kubectl apply -f - <<EOF\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shed\ndata:\n  mode: fast\nEOF",
                "cat <<EOF | kubectl apply -f - apiVersion: v1 kind: Secret metadata: name: barn type: Opaque data: key: YmFybjEy EOF",
                "cat <<EOF > /etc/pump.conf\nflow = 3\nEOF");
        return Arbitraries.oneOf(comment, command, command, heredoc).list().ofMinSize(2).ofMaxSize(8);
    }
}
