package io.deckhand.bench;

import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.diagram.Flowchart;
import io.deckhand.render.diagram.FlowchartParser;
import io.deckhand.render.page.CardPage;
import io.deckhand.render.yaml.ManifestReindenter;
import io.deckhand.render.yaml.ReindentResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4 targets (warm): 50-node flowchart with 5 subgraphs parsed, laid out and drawn < 50 ms;
 * a card with a manifest and a diagram to HTML < 10 ms; re-indenting a 100-line manifest < 2 ms.
 * {@link #coldFirstDiagram} measures the first diagram in a fresh JVM (single shot per fork).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBench {
    static final String FLOWCHART = flowchart();
    static final String MANIFEST = manifest100();
    static final String CARD = "## Rolling update\n\nA Deployment keeps **2** replicas:\n\n```yaml\n"
            + flatDeployment() + "```\n\n```mermaid\ngraph LR; c1(Cluster) --> n1(node1) --> p11[pod 1] n1 --> p12[pod 2] "
            + "c1 --> n2(node2) --> p21[pod 1]\n```\n\n- [x] check `kubectl rollout status`\n";

    private final DiagramRenderer diagrams = new DiagramRenderer();
    private final FlowchartParser parser = new FlowchartParser();
    private final CardPage page = new CardPage();
    private final ManifestReindenter reindenter = new ManifestReindenter();

    @Setup
    public void check() {
        if (MANIFEST.lines().count() < 100) {
            throw new IllegalStateException("manifest too short");
        }
    }

    @Benchmark
    public String flowchart50Nodes5Subgraphs() throws Exception {
        Flowchart f = parser.parse(FLOWCHART);
        return diagrams.toInlineSvg(f);
    }

    @Benchmark
    public String cardWithManifestAndDiagram() {
        return page.html(CARD, false);
    }

    @Benchmark
    public ReindentResult reindent100LineManifest() {
        return reindenter.reindent(MANIFEST);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public String coldFirstDiagram() throws Exception {
        return new DiagramRenderer().toSvg("graph LR; c1(Cluster) --> n1(node1) --> p11[pod 1] n1 --> p12[pod 2]", false);
    }

    static String flowchart() {
        StringBuilder b = new StringBuilder("flowchart LR\n");
        int n = 0;
        for (int s = 0; s < 5; s++) {
            b.append("  subgraph s").append(s).append(" [Group ").append(s).append("]\n");
            for (int i = 0; i < 10; i++, n++) {
                String shape = switch (i % 4) {
                    case 0 -> "[Node " + n + "]";
                    case 1 -> "(Node " + n + ")";
                    case 2 -> "{Node " + n + "}";
                    default -> "([Node " + n + "])";
                };
                b.append("    n").append(n).append(shape).append('\n');
                if (i > 0) {
                    b.append("    n").append(n - 1).append(i % 3 == 0 ? " -.-> " : " --> ").append('n').append(n).append('\n');
                }
            }
            b.append("  end\n");
        }
        for (int s = 0; s < 4; s++) {
            b.append("  n").append(s * 10 + 9).append(" -->|next| n").append((s + 1) * 10).append('\n');
            b.append("  n").append(s * 10 + 4).append(" ==> n").append((s + 1) * 10 + 6).append('\n');
        }
        return b.append("  classDef hot fill:#d00000,color:#fff\n  class n3,n17 hot\n").toString();
    }

    static String flatDeployment() {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                name: nginx-deployment
                spec:
                selector:
                matchLabels:
                app: nginx
                replicas: 2
                template:
                metadata:
                labels:
                app: nginx
                spec:
                containers:
                - name: nginx
                image: nginx:1.14.2
                ports:
                - containerPort: 80
                """;
    }

    static String manifest100() {
        StringBuilder b = new StringBuilder("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                name: web
                labels:
                app: web
                tier: frontend
                annotations:
                owner: team-a
                spec:
                replicas: 3
                selector:
                matchLabels:
                app: web
                template:
                metadata:
                labels:
                app: web
                spec:
                containers:
                """);
        for (int c = 0; c < 4; c++) {
            b.append("- name: c").append(c).append("\nimage: nginx:1.2").append(c).append("\n# ports of c").append(c)
                    .append("\nports:\n- containerPort: 80").append(c).append("\nname: http\n- containerPort: 44").append(c)
                    .append("\nenv:\n- name: MODE\nvalue: prod\n- name: LEVEL\nvalue: \"").append(c)
                    .append("\"\nresources:\nlimits:\ncpu: 500m\nmemory: 128Mi\nvolumeMounts:\n- name: data\nmountPath: /data\n");
        }
        b.append("volumes:\n- name: data\npersistentVolumeClaim:\nclaimName: data\n");
        return b.toString();
    }
}
