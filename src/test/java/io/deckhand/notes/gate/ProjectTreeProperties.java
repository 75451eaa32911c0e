package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated list answers: points opening with generated paths of a project tree (folders with a
 * repository's names, files with a project extension) are the notes' own tree and the first is named;
 * points opening with Kubernetes' paths (system paths, API groups and versions, kind/name references,
 * a chart's folders) never are, however many.
 */
class ProjectTreeProperties {
    private static final ProjectTree TREE = ProjectTree.load(0.6);

    @Property(tries = 300)
    void projectPathsAreTheNotesOwnTree(@ForAll("projectPaths") List<String> paths, @ForAll("markers") String marker) {
        assertEquals(paths.get(0), TREE.mostlyPaths(list(paths, marker)), list(paths, marker));
    }

    @Property(tries = 300)
    void kubernetesPathsAreNever(@ForAll("subjectPaths") List<String> paths, @ForAll("markers") String marker) {
        assertNull(TREE.mostlyPaths(list(paths, marker)), list(paths, marker));
    }

    private static String list(List<String> heads, String marker) {
        StringBuilder b = new StringBuilder();
        int i = 1;
        for (String h : heads) b.append(marker.replace("#", Integer.toString(i++))).append(h).append(": the part about ovens\n");
        return b.toString();
    }

    @Provide
    Arbitrary<String> markers() {
        return Arbitraries.of("- ", "* ", "#. ", "- `", "#) ");
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
    }

    @Provide
    Arbitrary<List<String>> projectPaths() {
        // A project's top folders: a random word could be a kind ("sa/x-1") or a chart's folder, the subject's.
        Arbitrary<String> top = Arbitraries.of("guides", "site", "labs", "assets", "src", "scripts", "chapters");
        Arbitrary<String> folder = Combinators.combine(top, word(), Arbitraries.integers().between(1, 99))
                .as((a, b, n) -> a + "/" + b + "-" + n);
        Arbitrary<String> file = Combinators.combine(top, word(), Arbitraries.of("js", "html", "py", "json", "sh", "css"))
                .as((a, b, ext) -> a + "/" + b + "." + ext);
        return Arbitraries.oneOf(folder, file).list().ofMinSize(2).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> subjectPaths() {
        Arbitrary<String> system = Combinators.combine(Arbitraries.of("/etc/", "/var/lib/", "~/.", "/opt/"), word())
                .as((root, w) -> root + w + "/" + w + "-1");
        Arbitrary<String> api = Combinators.combine(word(), Arbitraries.of("v1", "v2", "v1beta1", "v2alpha1"))
                .as((group, v) -> group + "/" + v);
        Arbitrary<String> named = Combinators.combine(Arbitraries.of("deploy", "svc", "pods", "configmap", "sts", "job"), word())
                .as((kind, name) -> kind + "/" + name + "-1");
        Arbitrary<String> chart = Combinators.combine(word(), Arbitraries.of("templates", "charts", "crds"))
                .as((name, folder) -> name + "-1/" + folder + "/");
        Arbitrary<String> manifest = word().map(w -> w + "-1/" + w + ".yaml");
        return Arbitraries.oneOf(system, api, named, chart, manifest).list().ofMinSize(2).ofMaxSize(6);
    }
}
