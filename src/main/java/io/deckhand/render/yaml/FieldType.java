package io.deckhand.render.yaml;

/** What a Kubernetes field holds, from the structure table's notation (s, [x], {x}, Type, *). */
public sealed interface FieldType {
    FieldType SCALAR = new Scalar();
    FieldType ANY = new Any();

    record Scalar() implements FieldType {
    }

    /** Anything at all (free-form or unknown). */
    record Any() implements FieldType {
    }

    /** An object of a named type with known fields. */
    record Obj(String type) implements FieldType {
    }

    record ListOf(FieldType element) implements FieldType {
    }

    /** A free-form map (labels, annotations, data) whose values are of one type. */
    record MapOf(FieldType value) implements FieldType {
    }

    static FieldType parse(String notation) {
        String n = notation.trim();
        if (n.equals("s")) {
            return SCALAR;
        }
        if (n.equals("*")) {
            return ANY;
        }
        if (n.startsWith("[") && n.endsWith("]")) {
            return new ListOf(parse(n.substring(1, n.length() - 1)));
        }
        if (n.startsWith("{") && n.endsWith("}")) {
            return new MapOf(parse(n.substring(1, n.length() - 1)));
        }
        return new Obj(n);
    }

    /** Holds nested content (mapping or list). */
    default boolean isCollection() {
        return !(this instanceof Scalar);
    }
}
