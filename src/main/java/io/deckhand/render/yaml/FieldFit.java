package io.deckhand.render.yaml;

import io.deckhand.text.YamlLine;

/** Whether a key or list item fits a place, by the Kubernetes structure table. */
final class FieldFit {
    private final K8sStructure structure;

    FieldFit(K8sStructure structure) {
        this.structure = structure;
    }

    /** The type is an object that has this field: a sure placement. */
    boolean hasField(FieldType type, String key) {
        return type instanceof FieldType.Obj o && structure.fields(o.type()).containsKey(key);
    }

    /** A free-form map or unknown value takes any key, but only when nothing surer does. */
    static boolean takesAnyKey(FieldType type) {
        return type instanceof FieldType.MapOf || type instanceof FieldType.Any;
    }

    /** Whether a list of {@code element}s takes an item whose content is {@code rest} (null: empty item). */
    boolean takesItem(FieldType element, YamlLine rest) {
        if (rest == null) {
            return !(element instanceof FieldType.Scalar);
        }
        if (rest.kind() == YamlLine.Kind.KEY) {
            return hasField(element, rest.key()) || takesAnyKey(element);
        }
        return element instanceof FieldType.Scalar || element instanceof FieldType.Any;
    }

    /** The type of a field's value; unknown fields hold anything. */
    FieldType child(FieldType parent, String key) {
        FieldType t = structure.child(parent, key);
        return t == null ? FieldType.ANY : t;
    }

    /** The object type a document of this kind starts with, or null for an unknown kind. */
    String typeOfKind(String kind) {
        return structure.typeOfKind(kind).orElse(null);
    }
}
