package io.deckhand.bench;

import io.deckhand.quiz.grade.CommandGrader;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.grade.ManifestGrader;
import io.deckhand.quiz.grade.TextGrader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 10 target: grading a 200-line manifest < 5 ms. The answer has its containers in another
 * order, keys reordered, defaults added and two values changed, so every path of the grader runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GradeBench {
    static final String EXPECTED = manifest(false);
    static final String ANSWER = manifest(true);
    static final String COMMAND = "kubectl run tmp --image=busybox:1.36 --restart=Never --rm -it -n dev "
            + "--labels=app=tmp,tier=debug -- sh -c 'wget -qO- http://web.dev.svc:80 | head -n 5'";
    static final String COMMAND_ANSWER = "k -n dev run tmp --rm -ti --restart Never --image busybox:1.36 "
            + "-l tier=debug,app=tmp -- sh -c \"wget -qO- http://web.dev.svc:80 | head -n 5\"";

    private final ManifestGrader manifests = new ManifestGrader();
    private final CommandGrader commands = new CommandGrader();
    private final TextGrader texts = new TextGrader();

    @Setup
    public void check() {
        long lines = EXPECTED.lines().count();
        if (lines < 190 || lines > 230) {
            throw new IllegalStateException("manifest has " + lines + " lines");
        }
        Grade g = manifests.grade(EXPECTED, ANSWER);
        if (g.correct() || g.differences().size() != 2) {
            throw new IllegalStateException("unexpected grade " + g);
        }
        if (!commands.grade(COMMAND, COMMAND_ANSWER).correct()) {
            throw new IllegalStateException("command should be right");
        }
    }

    @Benchmark
    public Grade manifest200Lines() {
        return manifests.grade(EXPECTED, ANSWER);
    }

    @Benchmark
    public Grade kubectlCommand() {
        return commands.grade(COMMAND, COMMAND_ANSWER);
    }

    @Benchmark
    public Grade typedTerm() {
        return texts.grade("PersistentVolumeClaim", "persistent volume clam");
    }

    /** A Deployment with six containers (~200 lines); the answer variant is reordered and slightly wrong. */
    static String manifest(boolean answer) {
        StringBuilder b = new StringBuilder();
        b.append(answer ? "kind: Deployment\napiVersion: apps/v1\n" : "apiVersion: apps/v1\nkind: Deployment\n");
        b.append("""
                metadata:
                  name: shop
                  namespace: prod
                  labels:
                    app: shop
                    tier: backend
                  annotations:
                    owner: team-a
                spec:
                  replicas: 3
                  selector:
                    matchLabels:
                      app: shop
                  template:
                    metadata:
                      labels:
                        app: shop
                    spec:
                      serviceAccountName: shop
                      containers:
                """);
        for (int k = 0; k < 6; k++) {
            int c = answer ? 5 - k : k;
            b.append("      - name: c").append(c).append('\n');
            b.append("        image: registry.local/shop/c").append(c).append(answer && c == 2 ? ":1.1\n" : ":1.0\n");
            if (answer) {
                b.append("        imagePullPolicy: IfNotPresent\n");
            }
            b.append("        args: [\"--port=80").append(c).append("\", \"--verbose\"]\n");
            b.append("        ports:\n");
            b.append("        - containerPort: 80").append(c).append("\n          name: http\n");
            if (answer) {
                b.append("          protocol: TCP\n");
            }
            b.append("        - containerPort: 90").append(c).append("\n          name: metrics\n");
            b.append("        env:\n");
            for (String[] e : new String[][] {{"MODE", "prod"}, {"LEVEL", String.valueOf(c)}, {"REGION", "eu"}}) {
                b.append("        - name: ").append(e[0]).append("\n          value: \"")
                        .append(answer && c == 4 && e[0].equals("REGION") ? "us" : e[1]).append("\"\n");
            }
            b.append("""
                        resources:
                          requests:
                            cpu: 100m
                            memory: 64Mi
                          limits:
                            cpu: 500m
                            memory: 128Mi
                        volumeMounts:
                        - name: data
                          mountPath: /data
                        - name: config
                          mountPath: /etc/shop
                          readOnly: true
                        readinessProbe:
                          httpGet:
                            path: /healthz
                            port: 8080
                """);
        }
        b.append("""
                      volumes:
                      - name: data
                        persistentVolumeClaim:
                          claimName: shop-data
                      - name: config
                        configMap:
                          name: shop-config
                """);
        return b.toString();
    }
}
