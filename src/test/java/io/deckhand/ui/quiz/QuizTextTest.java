package io.deckhand.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.quiz.grade.Difference;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wording and small parsers of the quiz screens. */
class QuizTextTest {
    @ParameterizedTest
    @CsvSource({"0.0, 0 %", "0.66, 66 %", "0.6599, 65 %", "0.656, 65 %", "1.0, 100 %", "0.333333, 33 %"})
    void percentagesNeverRoundUpPastThePassMark(double share, String text) {
        assertEquals(text, ScoreText.percent(share));
    }

    @ParameterizedTest
    @CsvSource({"0, 0:00", "59, 0:59", "65, 1:05", "3599, 59:59", "3600, 1:00:00", "7199, 1:59:59", "-5, 0:00"})
    void countdown(long seconds, String text) {
        assertEquals(text, ScoreText.clock(Duration.ofSeconds(seconds)));
    }

    @ParameterizedTest
    @CsvSource({"35, 35 s", "60, 1 min", "2520, 42 min", "3900, 1 h 05 min"})
    void timeUsed(long seconds, String text) {
        assertEquals(text, ScoreText.duration(Duration.ofSeconds(seconds)));
    }

    @Test
    void summary() {
        assertEquals("7 of 10 right \u00b7 74 %", ScoreText.summary(7, 7.4, 10));
        assertEquals("No questions", ScoreText.summary(0, 0, 0));
    }

    @Test
    void tagsAreSplitOnCommasAndSpacesWithoutHashes() {
        assertEquals(List.of("networking", "storage", "k8s/ckad"), QuizSource.parseTags(" #networking, storage  k8s/ckad,,#storage"));
        assertEquals(List.of(), QuizSource.parseTags("  , # "));
        assertEquals(List.of(), QuizSource.parseTags(null));
    }

    @Property
    void parsedTagsAreNeverEmptyNeverHoldASeparatorAndParseToThemselves(@ForAll String typed) {
        List<String> tags = QuizSource.parseTags(typed);
        for (String t : tags) {
            assertFalse(t.isEmpty());
            assertFalse(t.matches(".*[,\\s].*"), t);
            assertFalse(t.startsWith("#"), t);
        }
        assertEquals(tags, QuizSource.parseTags(String.join(", ", tags)));
        assertEquals(tags.size(), tags.stream().distinct().count());
    }

    @Test
    void enterInTheManifestEditorKeepsTheIndentation() {
        String[][] table = {
                {"kind: Pod", ""},
                {"metadata:", "  "},
                {"  name: web", "  "},
                {"spec:\n  containers:", "    "},
                {"  - name: web", "    "},
                {"    - name: web", "      "},
                {"", ""},
        };
        for (String[] row : table) assertEquals(row[1], AnswerInput.indentAfter(row[0]), row[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MISSING|--replicas|3||expected 3",
            "EXTRA|metadata.labels.app||web|not asked for: web",
            "WRONG|spec.containers[nginx].image|nginx:1.27|nginx|expected nginx:1.27, got nginx",
            "WRONG|--port|80||expected 80, got nothing",
            "MISSING|--all-containers|true||''",
            "EXTRA|-it||true|''",
            "MISSING|spec.containers[app].securityContext.privileged|true||expected true",
    })
    void differencesInWords(Difference.Kind kind, String where, String expected, String actual, String text) {
        assertEquals(text, GradeView.differenceText(new Difference(kind, where, expected, actual)));
    }

    @Test
    void optionsLoseTheirMarkdownFences() {
        assertEquals("kubectl get pods", AnswerInput.optionText("```bash\nkubectl get pods\n```"));
        assertEquals("kubectl get pods", AnswerInput.optionText("`kubectl get pods`"));
        assertTrue(AnswerInput.looksLikeCode("`kubectl get pods`"));
        assertFalse(AnswerInput.looksLikeCode("The smallest deployable unit."));
    }

    @Test
    void promptsLoseTheirEmphasisMarksButKeepSnakeCase() {
        assertEquals("Troubleshooting and Debugging", ScoreText.plain("*Troubleshooting and Debugging*"));
        assertEquals("Use kubectl get pods now", ScoreText.plain("Use `kubectl get pods` **now**"));
        assertEquals("a_b and c_d", ScoreText.plain("a_b and c_d"));
        assertEquals("What goes in place of ____ at spec.strategy?", ScoreText.plain("What goes in place of ____ at spec.strategy?"));
    }
}
