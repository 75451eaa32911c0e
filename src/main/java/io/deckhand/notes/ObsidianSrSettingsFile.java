package io.deckhand.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.domain.note.ObsidianSrSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Obsidian Spaced Repetition plugin's settings as JSON (its own keys: the vault's
 * {@code data.json} reads as it stands) and as the syntax notes are read with.
 */
public final class ObsidianSrSettingsFile {
    /** Where the plugin keeps its settings, relative to the vault folder. */
    public static final String VAULT_FILE = ".obsidian/plugins/obsidian-spaced-repetition/data.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ObsidianSrSettingsFile() {
    }

    /**
     * The syntax notes are read with: the plugin's rules (only notes carrying a flashcard tag hold
     * cards). Throws with a message in the user's words when a cloze pattern cannot be used.
     */
    public static ExplicitSyntax toSyntax(ObsidianSrSettings s) {
        List<ClozePattern> patterns = new ArrayList<>();
        for (String p : s.clozePatterns()) {
            try {
                patterns.add(ClozePattern.compile(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The cloze pattern \"" + p + "\" cannot be used: it needs the word"
                        + " 'answer' where the hidden text goes, and every [ closed.", e);
            }
        }
        return new ExplicitSyntax(s.singleLineSeparator(), s.singleLineReversedSeparator(), s.multilineSeparator(),
                s.multilineReversedSeparator(), s.multilineEndMarker(), patterns, s.flashcardTags(), true,
                s.foldersToDecks());
    }

    /**
     * Reads settings written as the plugin's JSON: its {@code data.json} (settings under "settings") or
     * the same keys at the top. Missing keys keep the plugin's defaults; without {@code clozePatterns}
     * (plugin versions before 1.13) the convert* options choose the built-in patterns.
     */
    public static ObsidianSrSettings fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("This is not a settings file in JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("The settings file holds no JSON object.");
        JsonNode s = root.path("settings").isObject() ? root.get("settings") : root;
        ObsidianSrSettings d = ObsidianSrSettings.pluginDefaults();
        List<String> clozes;
        if (s.has("clozePatterns")) {
            clozes = strings(s.get("clozePatterns"), "clozePatterns");
        } else {
            clozes = new ArrayList<>();
            if (bool(s, "convertHighlightsToClozes", true)) clozes.add(ObsidianSrSettings.HIGHLIGHT_CLOZE);
            if (bool(s, "convertBoldTextToClozes", false)) clozes.add(ObsidianSrSettings.BOLD_CLOZE);
            if (bool(s, "convertCurlyBracketsToClozes", false)) clozes.add(ObsidianSrSettings.CURLY_CLOZE);
        }
        List<String> tags = s.has("flashcardTags") ? strings(s.get("flashcardTags"), "flashcardTags") : d.flashcardTags();
        return new ObsidianSrSettings(text(s, "singleLineCardSeparator", d.singleLineSeparator()),
                text(s, "singleLineReversedCardSeparator", d.singleLineReversedSeparator()),
                text(s, "multilineCardSeparator", d.multilineSeparator()),
                text(s, "multilineReversedCardSeparator", d.multilineReversedSeparator()),
                text(s, "multilineCardEndMarker", d.multilineEndMarker()), clozes, tags,
                bool(s, "convertFoldersToDecks", d.foldersToDecks()));
    }

    /** The settings as the plugin's JSON keys (what {@link #fromJson} reads back). */
    public static String toJson(ObsidianSrSettings s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("singleLineCardSeparator", s.singleLineSeparator());
        o.put("singleLineReversedCardSeparator", s.singleLineReversedSeparator());
        o.put("multilineCardSeparator", s.multilineSeparator());
        o.put("multilineReversedCardSeparator", s.multilineReversedSeparator());
        o.put("multilineCardEndMarker", s.multilineEndMarker());
        ArrayNode c = o.putArray("clozePatterns");
        s.clozePatterns().forEach(c::add);
        ArrayNode t = o.putArray("flashcardTags");
        s.flashcardTags().forEach(t::add);
        o.put("convertFoldersToDecks", s.foldersToDecks());
        return o.toString();
    }

    /** Reads a settings file; the message names the file and what is wrong. */
    public static ObsidianSrSettings read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The plugin's settings file of the vault holding {@code path} (the folder itself or one above it),
     * if there is one: notes imported from a vault are read the way the plugin reads them there.
     */
    public static Optional<Path> vaultSettingsFile(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) p = p.getParent();
        for (; p != null; p = p.getParent()) {
            Path f = p.resolve(VAULT_FILE);
            if (Files.isRegularFile(f)) return Optional.of(f);
            if (Files.isDirectory(p.resolve(".obsidian"))) return Optional.empty(); // the vault's root, without the plugin
        }
        return Optional.empty();
    }

    private static String text(JsonNode s, String key, String fallback) {
        JsonNode v = s.get(key);
        if (v == null || v.isNull()) return fallback;
        if (!v.isTextual()) throw new IllegalArgumentException("\"" + key + "\" should be text, not " + v.getNodeType().toString().toLowerCase() + ".");
        return v.asText();
    }

    private static boolean bool(JsonNode s, String key, boolean fallback) {
        JsonNode v = s.get(key);
        if (v == null || v.isNull()) return fallback;
        if (!v.isBoolean()) throw new IllegalArgumentException("\"" + key + "\" should be true or false.");
        return v.asBoolean();
    }

    private static List<String> strings(JsonNode v, String key) {
        List<String> out = new ArrayList<>();
        if (v.isTextual()) { // older plugin versions: tags as one string
            for (String part : v.asText().split("[,\\s]+")) if (!part.isBlank()) out.add(part);
            return out;
        }
        if (!v.isArray()) throw new IllegalArgumentException("\"" + key + "\" should be a list of text.");
        for (JsonNode e : v) {
            if (!e.isTextual()) throw new IllegalArgumentException("\"" + key + "\" should hold only text.");
            out.add(e.asText());
        }
        return out;
    }
}
