package io.deckhand.quiz.grade;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the manifest grader knows about Kubernetes: the values the API server fills in
 * ({@code manifest-defaults.txt}) and how list items are paired ({@code manifest-lists.txt}).
 * Read once, immutable.
 */
final class ManifestRules {
    private static final ManifestRules BUNDLED = new ManifestRules();

    /** Key path suffix ("containers.imagePullPolicy") to the default values written as text. */
    private final Map<String, Set<String>> defaults = new HashMap<>();
    private final List<String> identityKeys = new ArrayList<>();
    private final Set<String> unorderedLists = new HashSet<>();

    static ManifestRules bundled() {
        return BUNDLED;
    }

    private ManifestRules() {
        for (String line : lines("manifest-defaults.txt")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("manifest-defaults.txt: no '=' in " + line);
            }
            Set<String> values = Arrays.stream(line.substring(eq + 1).split("\\|"))
                    .map(String::strip).map(v -> v.equals("\"\"") ? "" : v).collect(Collectors.toSet());
            defaults.put(line.substring(0, eq).strip(), values);
        }
        for (String line : lines("manifest-lists.txt")) {
            String[] w = line.split("\\s+");
            List<String> rest = Arrays.asList(w).subList(1, w.length);
            switch (w[0]) {
                case "identity" -> identityKeys.addAll(rest);
                case "unordered" -> unorderedLists.addAll(rest);
                default -> throw new IllegalStateException("manifest-lists.txt: unknown entry " + w[0]);
            }
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ManifestRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(l -> l.indexOf('#') >= 0 ? l.substring(0, l.indexOf('#')) : l)
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code value} at the field with key path {@code keys} is what the API server would fill in. */
    boolean isDefault(String keys, JsonNode value) {
        String text = defaultText(value);
        if (text == null) {
            return false;
        }
        for (int from = 0; from >= 0; from = next(keys, from)) {
            Set<String> values = defaults.get(from == 0 ? keys : keys.substring(from));
            if (values != null && values.contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static int next(String keys, int from) {
        int dot = keys.indexOf('.', from);
        return dot < 0 ? -1 : dot + 1;
    }

    /** A scalar's text, a list of scalars as [a, b]; null for anything else. */
    private static String defaultText(JsonNode value) {
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray() && value.size() <= 8) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode()) {
                    return null;
                }
                items.add(item.asText());
            }
            return "[" + String.join(", ", items) + "]";
        }
        return null;
    }

    List<String> identityKeys() {
        return identityKeys;
    }

    boolean unordered(String key) {
        return unorderedLists.contains(key);
    }
}
