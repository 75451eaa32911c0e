package io.deckhand.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated Obsidian-style vault of realistic Kubernetes study notes (Markdown with front matter,
 * headings, definitions, commands, manifests, diagrams, tables, callouts, flashcard markup, plus some
 * flattened plain-text notes), for benchmarks and load tests. Deterministic for a seed. JDK only, so
 * the benchmark build can compile it too.
 */
public final class VaultGenerator {
    /** One generated note. */
    public record Note(String path, String text) {
    }

    private static final String[] OBJECTS = {"Pod", "Deployment", "Service", "Ingress", "ConfigMap", "Secret",
        "StatefulSet", "DaemonSet", "Job", "CronJob", "PersistentVolume", "PersistentVolumeClaim", "StorageClass",
        "Namespace", "ServiceAccount", "Role", "RoleBinding", "ClusterRole", "NetworkPolicy", "HorizontalPodAutoscaler",
        "ReplicaSet", "Endpoint", "LimitRange", "ResourceQuota", "PodDisruptionBudget", "Node", "Lease"};
    private static final String[] VERBS = {"get", "describe", "delete", "edit", "logs", "explain", "apply -f", "rollout status",
        "scale --replicas=3", "label", "annotate", "top", "port-forward", "exec -it"};
    private static final String[] PHRASES = {"keeps the desired number of replicas running",
        "exposes a set of pods behind a stable virtual IP", "stores configuration as key value pairs",
        "holds sensitive data such as passwords and tokens", "gives each replica a stable identity and storage",
        "runs one copy of a pod on every node", "runs a task to completion", "limits what a namespace may consume",
        "binds a role to users, groups or service accounts", "controls traffic between pods",
        "scales a workload on CPU or custom metrics", "claims storage from a persistent volume"};
    private static final String[] WORDS = ("the a cluster node pod container image volume network policy label selector "
            + "scheduler controller kubelet api server etcd namespace replica rollout probe liveness readiness resource "
            + "limit request quota taint toleration affinity service endpoint ingress dns port traffic storage claim")
            .split(" ");

    private final Random random;
    private final StringBuilder sb = new StringBuilder();

    public VaultGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Notes until their total size reaches {@code targetChars}. */
    public List<Note> generate(long targetChars) {
        List<Note> notes = new ArrayList<>();
        long total = 0;
        int n = 0;
        while (total < targetChars) {
            String folder = "topic-" + (n % 17);
            Note note = n % 10 == 9 ? new Note(folder + "/flat-" + n + ".txt", flatNote())
                    : new Note(folder + "/note-" + n + ".md", markdownNote());
            notes.add(note);
            total += note.text().length();
            n++;
        }
        return notes;
    }

    /** Writes the notes under {@code root} (with an .obsidian folder, as a real vault has). */
    public static void write(Path root, List<Note> notes) throws IOException {
        Files.createDirectories(root.resolve(".obsidian"));
        Files.writeString(root.resolve(".obsidian/app.json"), "{}");
        for (Note note : notes) {
            Path p = root.resolve(note.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, note.text(), StandardCharsets.UTF_8);
        }
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) s.append(' ');
            String w = pick(WORDS);
            if (random.nextInt(12) == 0) w = "`" + w + "`";
            else if (random.nextInt(20) == 0) w = "[[" + pick(OBJECTS) + "]]";
            s.append(w);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.append('.').toString();
    }

    private String markdownNote() {
        sb.setLength(0);
        String obj = pick(OBJECTS);
        sb.append("---\ntags: [k8s, ").append(obj.toLowerCase()).append("]\ncreated: 2024-0")
                .append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10)).append("\n---\n");
        sb.append("# ").append(obj).append("\n\n");
        sb.append("A ").append(obj).append(' ').append(pick(PHRASES)).append(". ").append(sentence(14)).append("\n\n");
        int sections = 3 + random.nextInt(4);
        for (int s = 0; s < sections; s++) section(obj);
        return sb.toString();
    }

    private void section(String obj) {
        String other = pick(OBJECTS);
        switch (random.nextInt(8)) {
            case 0 -> {
                sb.append("## Commands\n\n```bash\n");
                for (int i = 0; i < 3; i++) {
                    String verb = pick(VERBS);
                    sb.append("# ").append(verb.split(" ")[0]).append(" the ").append(obj.toLowerCase())
                            .append(" in the current namespace\n");
                    sb.append("kubectl ").append(verb).append(' ').append(obj.toLowerCase()).append(" my-")
                            .append(random.nextInt(100)).append('\n');
                }
                sb.append("```\n\n");
            }
            case 1 -> {
                sb.append("## Manifest\n\nExample ").append(obj).append(" manifest\n\n```yaml\napiVersion: v1\nkind: ")
                        .append(obj).append("\nmetadata:\n  name: demo-").append(random.nextInt(1000))
                        .append("\n  labels:\n    app: web\nspec:\n  replicas: ").append(1 + random.nextInt(5))
                        .append("\n  selector:\n    matchLabels:\n      app: web\n```\n\n");
            }
            case 2 -> {
                sb.append("## How it fits\n\n```mermaid\ngraph LR; u[user] --> i[Ingress] --> s[").append(obj)
                        .append("] --> p[").append(other).append("]\n```\n\n");
            }
            case 3 -> {
                sb.append("## ").append(obj).append(" vs ").append(other).append("\n\n| Property | ").append(obj)
                        .append(" | ").append(other).append(" |\n|---|---|---|\n");
                for (int i = 0; i < 3; i++) {
                    sb.append("| ").append(pick(WORDS)).append(' ').append(pick(WORDS)).append(" | ")
                            .append(random.nextBoolean() ? "yes" : "no").append(" | ")
                            .append(random.nextBoolean() ? "yes" : "no").append(" |\n");
                }
                sb.append('\n');
            }
            case 4 -> {
                sb.append("## Terms\n\n");
                for (int i = 0; i < 4; i++) {
                    sb.append("- **").append(pick(OBJECTS)).append("**: ").append(pick(PHRASES)).append('\n');
                    if (random.nextInt(3) == 0) sb.append("  - ").append(sentence(8)).append('\n');
                }
                sb.append('\n');
            }
            case 5 -> {
                sb.append("## Review\n\n#flashcards/k8s/").append(obj.toLowerCase()).append("\n\n");
                sb.append("What does a ").append(obj).append(" do::It ").append(pick(PHRASES)).append("\n\n");
                sb.append("The ==").append(pick(WORDS)).append("== ").append(sentence(9).toLowerCase()).append("\n\n");
                sb.append("Which object ").append(pick(PHRASES)).append("?\n?\n").append(other).append("\n\n");
            }
            case 6 -> {
                sb.append("> [!question] Why use a ").append(obj).append("?\n> ").append(sentence(16)).append("\n\n");
                sb.append("> [!note]\n> ").append(sentence(20)).append("\n\n");
                sb.append("<details><summary>What is ").append(other).append("?</summary>\n\n")
                        .append(sentence(12)).append("\n\n</details>\n\n");
            }
            default -> {
                sb.append("## Notes\n\n");
                for (int p = 0; p < 2 + random.nextInt(3); p++) sb.append(sentence(20 + random.nextInt(30))).append("\n\n");
                sb.append("Q: ").append("How do you debug a ").append(obj).append("?\nA: ").append(sentence(12)).append("\n\n");
            }
        }
    }

    /** A note whose Markdown was flattened: no blank lines, no markers, bare YAML and commands. */
    private String flatNote() {
        sb.setLength(0);
        String obj = pick(OBJECTS);
        sb.append(obj).append('\n').append(Character.toUpperCase(pick(PHRASES).charAt(0)))
                .append(pick(PHRASES).substring(1)).append('\n');
        for (int i = 0; i < 6; i++) {
            sb.append("kubectl ").append(pick(VERBS)).append(' ').append(obj.toLowerCase()).append('\n')
                    .append("shows ").append(sentence(6).toLowerCase()).append('\n');
        }
        sb.append("Example\napiVersion: v1\nkind: ").append(obj).append("\nmetadata:\nname: demo\nspec:\nreplicas: 2\n");
        sb.append("Q: What does a ").append(obj).append(" do?\nA: It ").append(pick(PHRASES)).append('\n');
        sb.append("#ask why is ").append(pick(WORDS)).append(" needed?\n").append(sentence(10)).append('\n');
        sb.append("graph LR; a[client] --> b(").append(obj).append(") --> c[").append(pick(OBJECTS)).append("]\n");
        sb.append("Property | ").append(obj).append(" | Other |\n---|---|---|\nNamespaced | yes | no |\n");
        for (int p = 0; p < 3; p++) sb.append(sentence(18)).append('\n');
        return sb.toString();
    }

    /** Writes a vault of about {@code args[1]} MB (default 10) to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        long mb = args.length > 1 ? Long.parseLong(args[1]) : 10;
        write(Path.of(args[0]), new VaultGenerator(1).generate(mb * 1024 * 1024));
    }
}
