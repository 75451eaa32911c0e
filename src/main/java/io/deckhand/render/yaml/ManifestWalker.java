package io.deckhand.render.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/** Walks parser tokens alongside the Kubernetes structure and records fields that do not belong. */
final class ManifestWalker {
    private final JsonParser p;
    private final K8sStructure structure;
    private final List<YamlProblem> problems;

    ManifestWalker(JsonParser p, K8sStructure structure, List<YamlProblem> problems) {
        this.p = p;
        this.structure = structure;
        this.problems = problems;
    }

    void walkDocuments(List<String> kinds) throws IOException {
        int doc = 0;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            String kind = doc < kinds.size() ? kinds.get(doc) : null;
            doc++;
            var type = structure.typeOfKind(kind);
            if (type.isPresent()) {
                walk(t, new FieldType.Obj(type.get()), "");
            } else {
                p.skipChildren();
            }
        }
    }

    private void walk(JsonToken t, FieldType type, String path) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            if (type instanceof FieldType.Scalar || type instanceof FieldType.ListOf) {
                report(p.currentTokenLocation(), "`" + path + "` should be " + describe(type) + ", not a mapping");
                p.skipChildren();
                return;
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                String childPath = path.isEmpty() ? name : path + "." + name;
                FieldType child = structure.child(type, name);
                if (child == null) {
                    report(at, "unknown field `" + childPath + "`" + suggestion(type, name));
                    child = FieldType.ANY;
                }
                walk(p.nextToken(), child, childPath);
            }
        } else if (t == JsonToken.START_ARRAY) {
            if (!(type instanceof FieldType.ListOf) && !(type instanceof FieldType.Any)) {
                report(p.currentTokenLocation(), "`" + path + "` should be " + describe(type) + ", not a list");
                p.skipChildren();
                return;
            }
            FieldType element = type instanceof FieldType.ListOf l ? l.element() : FieldType.ANY;
            int i = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                walk(t, element, path + "[" + i++ + "]");
            }
        } else if (t != null && t != JsonToken.VALUE_NULL && type.isCollection() && !(type instanceof FieldType.Any)) {
            report(p.currentTokenLocation(), "`" + path + "` should be " + describe(type) + ", not a single value");
        }
    }

    private String suggestion(FieldType type, String name) {
        if (!(type instanceof FieldType.Obj o)) {
            return "";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String f : structure.fields(o.type()).keySet()) {
            int d = FieldNames.distance(f.toLowerCase(), name.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best != null && bestDistance <= Math.max(1, name.length() / 4) ? " (did you mean `" + best + "`?)" : "";
    }

    private static String describe(FieldType type) {
        if (type instanceof FieldType.ListOf) {
            return "a list";
        }
        if (type instanceof FieldType.Scalar) {
            return "a single value";
        }
        return "a mapping";
    }

    private void report(JsonLocation at, String message) {
        problems.add(new YamlProblem(at.getLineNr(), at.getColumnNr(), message));
    }
}
