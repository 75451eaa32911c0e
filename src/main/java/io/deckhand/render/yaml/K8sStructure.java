package io.deckhand.render.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which fields of the common Kubernetes kinds are objects, lists, free-form maps or scalars
 * (bundled {@code k8s-structure.json}, derived from the Kubernetes API model). Immutable.
 */
public final class K8sStructure {
    /** Synthetic type for a manifest whose kind is unknown: the top-level fields of all kinds. */
    public static final String ANY_KIND = "(any kind)";

    private static volatile K8sStructure bundled;

    private final Map<String, Map<String, FieldType>> types;
    private final Map<String, String> kinds;

    private K8sStructure(Map<String, Map<String, FieldType>> types, Map<String, String> kinds) {
        this.types = types;
        this.kinds = kinds;
    }

    /** The table shipped with Deckhand (loaded once). */
    public static K8sStructure bundled() {
        K8sStructure s = bundled;
        if (s == null) {
            try (InputStream in = K8sStructure.class.getResourceAsStream("k8s-structure.json")) {
                if (in == null) {
                    throw new IllegalStateException("k8s-structure.json missing from the class path");
                }
                s = read(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = s;
        }
        return s;
    }

    static K8sStructure read(JsonNode root) {
        Map<String, Map<String, FieldType>> types = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("types").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> t = it.next();
            Map<String, FieldType> fields = new LinkedHashMap<>();
            t.getValue().fields().forEachRemaining(f -> fields.put(f.getKey(), FieldType.parse(f.getValue().asText())));
            types.put(t.getKey(), Collections.unmodifiableMap(fields));
        }
        Map<String, String> kinds = new HashMap<>();
        root.get("kinds").fields().forEachRemaining(k -> kinds.put(k.getValue().asText(), k.getValue().asText()));
        Map<String, FieldType> anyKind = new LinkedHashMap<>();
        for (String kind : kinds.values()) {
            types.getOrDefault(kind, Map.of()).forEach((name, type) ->
                    anyKind.merge(name, type, (a, b) -> a.equals(b) ? a : FieldType.ANY));
        }
        types.put(ANY_KIND, Collections.unmodifiableMap(anyKind));
        return new K8sStructure(Map.copyOf(types), Map.copyOf(kinds));
    }

    /** The type name of a kind ("Deployment"), if the table knows it. */
    public Optional<String> typeOfKind(String kind) {
        return Optional.ofNullable(kind == null ? null : kinds.get(kind.trim()));
    }

    /** Whether some type of the table has a field of this name (exact spelling, e.g. "labels"). */
    public boolean hasField(String name) {
        java.util.Set<String> names = fieldNames;
        if (names == null) {
            java.util.Set<String> all = new java.util.HashSet<>();
            for (Map<String, FieldType> f : types.values()) all.addAll(f.keySet());
            fieldNames = names = java.util.Set.copyOf(all);
        }
        return names.contains(name);
    }

    private volatile java.util.Set<String> fieldNames;

    /** Fields of a type; empty for unknown types. */
    public Map<String, FieldType> fields(String type) {
        return types.getOrDefault(type, Map.of());
    }

    /** The type of {@code field} inside a value of {@code parent}: null when the field is unknown there. */
    public FieldType child(FieldType parent, String field) {
        if (parent instanceof FieldType.Obj o) {
            return fields(o.type()).get(field);
        }
        if (parent instanceof FieldType.MapOf m) {
            return m.value();
        }
        return parent instanceof FieldType.Any ? FieldType.ANY : null;
    }
}
