package io.deckhand.render.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Checks YAML text with Jackson YAML, hardened against hostile input (size, nesting depth and alias
 * limits; duplicate keys rejected), and checks Kubernetes manifests of known kinds against
 * {@link K8sStructure}: unknown fields are reported with their path, e.g.
 * {@code spec.template.spec.containers[0].imagePullPolcy}. Thread-safe.
 */
public final class YamlValidator {
    /** Larger snippets are refused: notes hold manifests, not data dumps. */
    public static final int MAX_CHARS = 512 * 1024;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_ALIASES = 50;

    private final YAMLFactory factory;
    private final K8sStructure structure;

    public YamlValidator(K8sStructure structure) {
        this.structure = structure;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS * 2);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_CHARS).maxDocumentLength(MAX_CHARS * 2L).build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public YamlValidator() {
        this(K8sStructure.bundled());
    }

    /** All problems found; empty when the YAML is valid (and, for manifests, well-formed). */
    public List<YamlProblem> check(String yaml) {
        List<YamlProblem> problems = new ArrayList<>();
        if (yaml.length() > MAX_CHARS) {
            problems.add(new YamlProblem(1, 1, "This YAML is " + (yaml.length() / 1024) + " KB; Deckhand checks snippets up to "
                    + (MAX_CHARS / 1024) + " KB."));
            return problems;
        }
        List<String> kinds = new ArrayList<>();
        try {
            syntax(yaml, kinds);
        } catch (IOException | RuntimeException e) {
            problems.add(problemOf(e));
            return problems;
        }
        try (JsonParser p = factory.createParser(yaml)) {
            new ManifestWalker(p, structure, problems).walkDocuments(kinds);
        } catch (IOException | RuntimeException e) {
            problems.add(problemOf(e));
        }
        return problems;
    }

    /** The kind of each document, in order (null where absent), validating the syntax as a side effect. */
    private void syntax(String yaml, List<String> kinds) throws IOException {
        int aliases = 0;
        try (JsonParser p = factory.createParser(yaml)) {
            int depth = 0;
            String pendingKind = null;
            boolean rootIsObject = false;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (depth == 0) {
                        rootIsObject = t == JsonToken.START_OBJECT;
                        pendingKind = null;
                    }
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 0) {
                        kinds.add(rootIsObject ? pendingKind : null);
                    }
                } else if (depth == 0) {
                    kinds.add(null);
                } else if (depth == 1 && t == JsonToken.FIELD_NAME && "kind".equals(p.currentName())) {
                    if (p.nextToken().isScalarValue()) {
                        pendingKind = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
                    if (++aliases > MAX_ALIASES) {
                        throw new IllegalArgumentException("too many anchors");
                    }
                }
            }
        }
    }

    static YamlProblem problemOf(Exception e) {
        Throwable c = e;
        while (c != null) {
            if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                String msg = m.getProblem() != null ? m.getProblem() : m.getMessage();
                return new YamlProblem(m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1, clean(msg));
            }
            c = c.getCause() == c ? null : c.getCause();
        }
        if (e instanceof JsonProcessingException j) {
            JsonLocation loc = j.getLocation();
            String msg = j.getOriginalMessage();
            return new YamlProblem(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), clean(msg));
        }
        return new YamlProblem(0, 0, clean(String.valueOf(e.getMessage())));
    }

    private static String clean(String message) {
        String m = message == null ? "invalid YAML" : message.strip();
        int nl = m.indexOf('\n');
        m = nl > 0 ? m.substring(0, nl) : m;
        if (m.startsWith("Duplicate field")) {
            m = m.replace("Duplicate field", "Duplicate key");
        }
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "The YAML is nested too deeply (more than " + MAX_DEPTH + " levels).";
        }
        if (m.contains("Number of aliases") || m.equals("too many anchors")) {
            return "The YAML uses too many aliases (more than " + MAX_ALIASES + "); it could expand without limit.";
        }
        if (m.contains("code point") || m.contains("document length")) {
            return "The YAML is too large to check.";
        }
        return m.isEmpty() ? "invalid YAML" : m;
    }
}
