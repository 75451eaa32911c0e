package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.note.ObsidianSrSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObsidianSrSettingsFileTest {
    @Test
    void theVaultsDataJsonReadsAsItStands() {
        ObsidianSrSettings s = ObsidianSrSettingsFile.fromJson("""
                {"settings": {"flashcardTags": ["#cards", "#review/cards"], "singleLineCardSeparator": ";;",
                  "multilineCardEndMarker": "+++", "clozePatterns": ["**[123;;]answer[;;hint]**"],
                  "convertFoldersToDecks": true, "baseEase": 250},
                 "buryDate": "2026-01-02", "buryList": []}
                """);
        assertEquals(";;", s.singleLineSeparator());
        assertEquals(":::", s.singleLineReversedSeparator());
        assertEquals("+++", s.multilineEndMarker());
        assertEquals(List.of(ObsidianSrSettings.BOLD_CLOZE), s.clozePatterns());
        assertEquals(List.of("#cards", "#review/cards"), s.flashcardTags());
        assertTrue(s.foldersToDecks());
    }

    @Test
    void olderVersionsChooseClozesWithTheConvertOptions() {
        ObsidianSrSettings s = ObsidianSrSettingsFile.fromJson("""
                {"convertHighlightsToClozes": false, "convertBoldTextToClozes": true, "convertCurlyBracketsToClozes": true}
                """);
        assertEquals(List.of(ObsidianSrSettings.BOLD_CLOZE, ObsidianSrSettings.CURLY_CLOZE), s.clozePatterns());
    }

    @Test
    void emptyMeansThePluginsDefaults() {
        assertEquals(ObsidianSrSettings.pluginDefaults(), ObsidianSrSettingsFile.fromJson("{}"));
    }

    @Test
    void badSettingsSayWhatIsWrong() {
        assertEquals("The single-line separator cannot be empty.", assertThrows(IllegalArgumentException.class,
                () -> ObsidianSrSettingsFile.fromJson("{\"singleLineCardSeparator\": \"\"}")).getMessage());
        assertEquals("\"flashcardTags\" should be a list of text.", assertThrows(IllegalArgumentException.class,
                () -> ObsidianSrSettingsFile.fromJson("{\"flashcardTags\": 3}")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ObsidianSrSettingsFile.fromJson("{oops"))
                .getMessage().startsWith("This is not a settings file in JSON"));
        ObsidianSrSettings noAnswer = new ObsidianSrSettings("::", ":::", "?", "??", "", List.of("==x=="),
                List.of("#flashcards"), false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ObsidianSrSettingsFile.toSyntax(noAnswer))
                .getMessage().contains("needs the word 'answer'"));
    }

    @Test
    void theVaultFileIsFoundFromAnyFolderInTheVault(@TempDir Path vault) throws Exception {
        Path file = vault.resolve(ObsidianSrSettingsFile.VAULT_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
        Path deep = Files.createDirectories(vault.resolve("k8s/net"));
        assertEquals(Optional.of(file), ObsidianSrSettingsFile.vaultSettingsFile(deep));
        Path note = Files.writeString(deep.resolve("svc.md"), "Q::A");
        assertEquals(Optional.of(file), ObsidianSrSettingsFile.vaultSettingsFile(note));
    }

    @Test
    void aVaultWithoutThePluginHasNoSettingsFile(@TempDir Path vault) throws Exception {
        Files.createDirectories(vault.resolve(".obsidian"));
        assertEquals(Optional.empty(), ObsidianSrSettingsFile.vaultSettingsFile(Files.createDirectories(vault.resolve("notes"))));
    }

    /** What is written reads back the same. */
    @Property(tries = 300)
    void jsonRoundTrip(@ForAll("settings") ObsidianSrSettings s) {
        assertEquals(s, ObsidianSrSettingsFile.fromJson(ObsidianSrSettingsFile.toJson(s)));
    }

    /** A settings file a user wrote by hand either reads or says why not; nothing else escapes. */
    @Property(tries = 500)
    void anyTextReadsOrIsRefusedWithAMessage(@ForAll String text) {
        try {
            ObsidianSrSettingsFile.fromJson(text);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<ObsidianSrSettings> settings() {
        Arbitrary<String> sep = Arbitraries.strings().withChars(":?=;@>!%&").ofMinLength(1).ofMaxLength(4);
        Arbitrary<List<String>> clozes = Arbitraries.of(ObsidianSrSettings.HIGHLIGHT_CLOZE, ObsidianSrSettings.BOLD_CLOZE,
                ObsidianSrSettings.CURLY_CLOZE, "{{c123::answer[::hint]}}").list().uniqueElements().ofMaxSize(4);
        Arbitrary<List<String>> tags = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(t -> "#" + t)
                .list().uniqueElements().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(sep, sep, sep, sep, Arbitraries.of("", "+++", "---"), clozes, tags,
                Arbitraries.of(true, false)).as((a, b, c, d, e, f, g, h) -> a.equals(b) || c.equals(d) ? null
                        : new ObsidianSrSettings(a, b, c, d, e, f, g, h)).filter(java.util.Objects::nonNull);
    }
}
