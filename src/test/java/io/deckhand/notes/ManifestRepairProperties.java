package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the repair at extraction: a manifest that lost its indentation, or was run together
 * on one line, is stored as YAML that parses to the tree it had.
 */
class ManifestRepairProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
    /** Words YAML reads as something other than a string: never generated as names. */
    private static final Set<String> YAML_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    @Property(tries = 300)
    void aManifestThatLostItsIndentationIsStoredWithItsNesting(@ForAll("manifests") ObjectNode manifest) throws Exception {
        String yaml = YAML.writeValueAsString(manifest);
        String flat = yaml.lines().map(String::strip).collect(Collectors.joining("\n"));
        assertEquals(manifest, YAML.readTree(ManifestRepair.repair(flat).yaml()), flat);
    }

    @Property(tries = 300)
    void aManifestRunTogetherOnOneLineIsStoredWithItsNesting(@ForAll("manifests") ObjectNode manifest) throws Exception {
        String yaml = YAML.writeValueAsString(manifest);
        String oneLine = yaml.lines().map(String::strip).collect(Collectors.joining(" "));
        assertEquals(manifest, YAML.readTree(ManifestRepair.repair(oneLine).yaml()), oneLine);
    }

    @Property(tries = 150)
    void aFlattenedNoteStoresTheManifestCardWithItsNesting(@ForAll("manifests") ObjectNode manifest) throws Exception {
        String yaml = YAML.writeValueAsString(manifest);
        String flat = yaml.lines().map(String::strip).collect(Collectors.joining("\n"));
        List<CardDraft> cards = NoteCards.txt("Example manifest\n" + flat + "\n");
        CardDraft card = cards.stream().filter(c -> c.kind() == CardKind.MANIFEST).findFirst()
                .orElseThrow(() -> new AssertionError("no manifest card for\n" + flat + "\n" + cards));
        assertEquals(manifest, YAML.readTree(ManifestCardsTest.yamlOf(card.back())), flat);
    }

    @Property(tries = 300)
    void aManifestWithItsIndentationIsStoredAsWritten(@ForAll("manifests") ObjectNode manifest) throws Exception {
        String yaml = YAML.writeValueAsString(manifest).strip();
        assertEquals(yaml, ManifestRepair.repair(yaml).yaml());
    }

    @Property(tries = 200)
    void aDryRunTemplateIsStoredAsTheManifestItPrints(@ForAll("manifests") ObjectNode manifest) throws Exception {
        String yaml = YAML.writeValueAsString(manifest).strip();
        String dryRun = yaml.replaceFirst("(?m)^metadata:$", "metadata:\n  creationTimestamp: null") + "\nstatus: {}\n";
        assertEquals(manifest, YAML.readTree(ManifestShape.withoutEmptyServerFields(dryRun)), dryRun);
    }

    @Property(tries = 200)
    void aWholeManifestIsNeitherAnExcerptNorProse(@ForAll("manifests") ObjectNode manifest) throws Exception {
        String yaml = YAML.writeValueAsString(manifest);
        List<JsonNode> docs = List.of(YAML.readTree(yaml));
        assertEquals(List.of(false, false, false),
                List.of(ManifestShape.elided(yaml), ManifestShape.hasProseKey(docs), ManifestShape.identityOnly(docs)), yaml);
    }

    @Provide
    Arbitrary<ObjectNode> manifests() {
        return Arbitraries.oneOf(pods(), deployments(), services(), configMaps());
    }

    private Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
                .flatMap(a -> Arbitraries.strings().withCharRange('a', 'z').numeric().ofMaxLength(4).map(b -> a + (b.isEmpty() ? "" : "-" + b)))
                .filter(s -> !YAML_WORDS.contains(s));
    }

    private Arbitrary<String> images() {
        return Combinators.combine(names(), Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 9))
                .as((n, major, minor) -> n + ":" + major + "." + minor);
    }

    private ObjectNode metadata(String name, String app) {
        ObjectNode m = F.objectNode();
        m.put("name", name);
        if (app != null) m.putObject("labels").put("app", app);
        return m;
    }

    private Arbitrary<ObjectNode> containers() {
        return Combinators.combine(names(), images(), Arbitraries.integers().between(1, 65535).list().ofMaxSize(2),
                names().list().ofMaxSize(2), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((name, image, ports, env, limits, mount) -> {
                    ObjectNode c = F.objectNode();
                    c.put("name", name);
                    c.put("image", image);
                    if (!ports.isEmpty()) {
                        ArrayNode p = c.putArray("ports");
                        for (int port : ports) p.addObject().put("containerPort", port);
                    }
                    if (!env.isEmpty()) {
                        ArrayNode e = c.putArray("env");
                        for (String v : env) e.addObject().put("name", v.toUpperCase().replace('-', '_')).put("value", v);
                    }
                    if (limits) c.putObject("resources").putObject("limits").put("cpu", "250m").put("memory", "64Mi");
                    if (mount) c.putArray("volumeMounts").addObject().put("name", "data").put("mountPath", "/data");
                    return c;
                });
    }

    private Arbitrary<ObjectNode> podSpecs() {
        return Combinators.combine(containers().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false),
                names().injectNull(0.5)).as((cs, volume, account) -> {
                    ObjectNode spec = F.objectNode();
                    ArrayNode list = spec.putArray("containers");
                    cs.forEach(list::add);
                    if (volume || cs.stream().anyMatch(c -> c.has("volumeMounts"))) {
                        spec.putArray("volumes").addObject().put("name", "data").putObject("emptyDir");
                    }
                    // Not restartPolicy: containers have one too (sidecars), so after a container it has two readings.
                    if (account != null) spec.put("serviceAccountName", account);
                    return spec;
                });
    }

    private Arbitrary<ObjectNode> pods() {
        return Combinators.combine(names(), podSpecs(), Arbitraries.of(true, false)).as((name, spec, labelled) -> {
            ObjectNode m = F.objectNode();
            m.put("apiVersion", "v1");
            m.put("kind", "Pod");
            m.set("metadata", metadata(name, labelled ? name : null));
            m.set("spec", spec);
            return m;
        });
    }

    private Arbitrary<ObjectNode> deployments() {
        return Combinators.combine(names(), podSpecs(), Arbitraries.integers().between(1, 9)).as((name, spec, replicas) -> {
            ObjectNode d = F.objectNode();
            d.put("apiVersion", "apps/v1");
            d.put("kind", "Deployment");
            d.set("metadata", metadata(name, null));
            ObjectNode s = d.putObject("spec");
            s.put("replicas", replicas);
            s.putObject("selector").putObject("matchLabels").put("app", name);
            ObjectNode template = s.putObject("template");
            template.set("metadata", F.objectNode().set("labels", F.objectNode().put("app", name)));
            template.set("spec", spec);
            return d;
        });
    }

    private Arbitrary<ObjectNode> services() {
        return Combinators.combine(names(), Arbitraries.of("ClusterIP", "NodePort", "LoadBalancer"),
                Arbitraries.integers().between(1, 65535).list().ofMinSize(1).ofMaxSize(3)).as((name, type, ports) -> {
                    ObjectNode s = F.objectNode();
                    s.put("apiVersion", "v1");
                    s.put("kind", "Service");
                    s.set("metadata", metadata(name, null));
                    ObjectNode spec = s.putObject("spec");
                    spec.put("type", type);
                    spec.putObject("selector").put("app", name);
                    ArrayNode p = spec.putArray("ports");
                    for (int port : ports) p.addObject().put("port", port).put("targetPort", port);
                    return s;
                });
    }

    private Arbitrary<ObjectNode> configMaps() {
        return Combinators.combine(names(), names().list().ofMinSize(1).ofMaxSize(4)).as((name, keys) -> {
            ObjectNode c = F.objectNode();
            c.put("apiVersion", "v1");
            c.put("kind", "ConfigMap");
            c.set("metadata", metadata(name, null));
            ObjectNode data = c.putObject("data");
            for (String k : keys) data.put("cfg-" + k, k);
            return c;
        });
    }
}
