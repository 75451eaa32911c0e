package io.deckhand.render.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestReindenterTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final ManifestReindenter reindenter = new ManifestReindenter();

    /** The Deployment example as the Kubernetes docs show it. */
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: nginx-deployment
            spec:
              selector:
                matchLabels:
                  app: nginx
              replicas: 2 # tells deployment to run 2 pods matching the template
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

    private static String flatten(String yaml) {
        return yaml.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
    }

    private static List<JsonNode> docs(String yaml) throws Exception {
        return YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
    }

    /** Extracts the lines from the one starting with {@code first} to the one starting with {@code last}. */
    private static String seedSnippet(String first, String last) throws Exception {
        Path seeds = SharedFixtures.require("seeds");
        for (Path p : Files.list(seeds).sorted().toList()) {
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals(first)) {
                    StringBuilder b = new StringBuilder();
                    for (int j = i; j < lines.size(); j++) {
                        b.append(lines.get(j)).append('\n');
                        if (lines.get(j).startsWith(last)) {
                            return b.toString();
                        }
                    }
                }
            }
        }
        throw new AssertionError("snippet not in seeds: " + first);
    }

    @Test
    void flattenedDocsDeploymentComesBackAsTheDocsShowIt() throws Exception {
        ReindentResult r = reindenter.reindent(flatten(DEPLOYMENT));
        assertTrue(r.changed());
        assertEquals(DEPLOYMENT, r.yaml());
        assertTrue(r.guesses().stream().anyMatch(g -> g.contains("`replicas`")), r.guesses().toString());
        assertTrue(r.guesses().stream().anyMatch(g -> g.contains("`spec` read as a field of `spec.template`")), r.guesses().toString());
    }

    @Test
    void seedDeploymentMatchesTheDocs() throws Exception {
        String seed = seedSnippet("apiVersion: apps/v1", "- containerPort: 80");
        ReindentResult r = reindenter.reindent(seed);
        assertEquals(docs(DEPLOYMENT), docs(r.yaml()), r.yaml());
        assertEquals(List.of(), new YamlValidator().check(r.yaml()));
    }

    @Test
    void seedPvPvcPodBecomeThreeDocumentsAsTheDocsShow() throws Exception {
        String seed = seedSnippet("# pv.yaml", "claimName: pv-claim");
        ReindentResult r = reindenter.reindent(seed);
        List<JsonNode> docs = docs(r.yaml());
        assertEquals(3, docs.size(), r.yaml());
        assertEquals(docs("""
                kind: PersistentVolume
                apiVersion: v1
                metadata:
                  name: pv-vol
                  labels:
                    type: local
                spec:
                  accessModes:
                    - ReadWriteOnce
                  capacity:
                    storage: 2Gi
                  hostPath:
                    path: "/data"
                ---
                kind: PersistentVolumeClaim
                apiVersion: v1
                metadata:
                  name: pv-claim
                spec:
                  accessModes:
                    - ReadWriteOnce
                  resources:
                    requests:
                      storage: 1Gi
                ---
                kind: Pod
                apiVersion: v1
                metadata:
                  name: pv-pod
                spec:
                  containers:
                    - name: pv-container
                      image: nginx
                      ports:
                        - containerPort: 80
                          name: nginxhttp
                      volumeMounts:
                        - mountPath: "/usr/share/nginx/html"
                          name: cvol
                  volumes:
                    - name: cvol
                      persistentVolumeClaim:
                        claimName: pv-claim
                """), docs, r.yaml());
        assertTrue(r.yaml().contains("# pvc.yaml"), "comments are kept");
        assertTrue(r.yaml().contains("name: pv-claim # used in pod.spec.volumes[].pvc.claimName"));
        assertTrue(r.guesses().stream().anyMatch(g -> g.contains("list dash was missing")), r.guesses().toString());
        assertEquals(List.of(), new YamlValidator().check(r.yaml()));
    }

    @Test
    void blockScalarsAndLabelsThatShadowFields() throws Exception {
        String flat = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                labels:
                app: web
                name: cm
                data:
                # a comment
                nginx.conf: |
                server {
                listen 8080;
                }
                """;
        ReindentResult r = reindenter.reindent(flat);
        JsonNode doc = docs(r.yaml()).get(0);
        assertEquals("cm", doc.at("/metadata/name").asText(), r.yaml());
        assertEquals("web", doc.at("/metadata/labels/app").asText());
        assertEquals("server {\n    listen 8080;\n}\n", doc.at("/data/nginx.conf").asText());
        assertTrue(r.yaml().contains("  # a comment\n  nginx.conf: |"), r.yaml());
        assertTrue(r.guesses().stream().anyMatch(g -> g.contains("`name` read as a field of `metadata`")), r.guesses().toString());
    }

    @Test
    void indentedYamlIsLeftAlone() {
        assertFalse(ManifestReindenter.looksFlattened(DEPLOYMENT));
        assertTrue(ManifestReindenter.looksFlattened(flatten(DEPLOYMENT)));
        assertFalse(ManifestReindenter.looksFlattened("a: 1\nb: 2\n"));
    }

    @Test
    void unknownKindStillNestsCommonFields() throws Exception {
        ReindentResult r = reindenter.reindent("apiVersion: v1\nkind: Widget\nmetadata:\nname: w\nspec:\nsize: 3\n");
        JsonNode doc = docs(r.yaml()).get(0);
        assertEquals("w", doc.at("/metadata/name").asText(), r.yaml());
        assertEquals(3, doc.at("/spec/size").asInt(), r.yaml());
    }
}
