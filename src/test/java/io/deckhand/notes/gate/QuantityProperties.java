package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Kubernetes' quantity grammar: a signed decimal number and one case-sensitive suffix, nothing else. */
class QuantityProperties {
    private static final String[] SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "m", "k", "M", "G", "T", "P", "E"};

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> number = Arbitraries.oneOf(digits, digits.map(d -> d + "."),
                Combinators.combine(digits, digits).as((a, b) -> a + "." + b), digits.map(d -> "." + d));
        return Combinators.combine(Arbitraries.of("", "+", "-"), number).as((s, n) -> s + n);
    }

    @Provide
    Arbitrary<String> quantities() {
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                Arbitraries.integers().between(0, 30)).as((e, s, n) -> e + s + n);
        return Combinators.combine(numbers(), Arbitraries.oneOf(Arbitraries.of(SUFFIXES), exponent)).as((n, s) -> n + s);
    }

    @Property(tries = 500)
    void everyNumberWithOneSuffixIsAQuantity(@ForAll("quantities") String q) {
        assertTrue(Quantity.valid(q), q);
    }

    @Property(tries = 300)
    void aBinaryUnitWithAnyOtherCaseIsNotAndItsFixIsTheUnitAsWritten(@ForAll("numbers") String n,
            @ForAll("binaryUnits") String unit, @ForAll("wrongCase") int variant) {
        String wrong = variant == 0 ? unit.toUpperCase(Locale.ROOT) : variant == 1 ? unit.toLowerCase(Locale.ROOT)
                : Character.toLowerCase(unit.charAt(0)) + "I";
        assertFalse(Quantity.valid(n + wrong), n + wrong);
        assertEquals(n + unit, Quantity.caseFixed(n + wrong));
    }

    @Provide
    Arbitrary<String> binaryUnits() {
        return Arbitraries.of("Ki", "Mi", "Gi", "Ti", "Pi", "Ei");
    }

    @Provide
    Arbitrary<Integer> wrongCase() {
        return Arbitraries.integers().between(0, 2);
    }

    @Property(tries = 300)
    void aWordUnitOrTwoSuffixesAreNot(@ForAll("quantities") String q, @ForAll("foreign") String tail) {
        assertFalse(Quantity.valid(q + tail), q + tail);
    }

    @Provide
    Arbitrary<String> foreign() {
        return Arbitraries.of("B", "b", "GB", "MB", "kb", "iB", " Gi", "Gi ", "x", "%", "Mi2", ".5.5", "e", "e+");
    }

    @Property(tries = 500)
    void anyTextIsAnsweredWithoutFailingAndAFixIsAlwaysValid(@ForAll String text) {
        Quantity.valid(text);
        String fixed = Quantity.caseFixed(text);
        if (fixed != null) assertTrue(Quantity.valid(fixed), fixed);
    }

    @Property(tries = 1000)
    void aSuffixlessQuantityIsExactlyWhatJavaReadsAsAPlainDecimal(@ForAll("signsDigitsAndDots") String text) {
        // An independent reader of the same number syntax (without exponent: no letters are drawn).
        boolean java;
        try {
            new BigDecimal(text);
            java = true;
        } catch (NumberFormatException e) {
            java = false;
        }
        assertEquals(java, Quantity.valid(text), text);
    }

    @Provide
    Arbitrary<String> signsDigitsAndDots() {
        return Arbitraries.strings().withChars("0123456789+-.").ofMinLength(0).ofMaxLength(6)
                .edgeCases(c -> c.add(".5").add("5.").add("-.5").add("+1").add(".").add("+"));
    }

    @Property(tries = 300)
    void theGateSaysNothingOfAValidQuantityAndNamesAnInvalidOne(@ForAll("quantities") String q, @ForAll("foreign") String tail) {
        assertNull(ManifestFaults.badQuantity("memory", q));
        assertNull(ManifestFaults.badQuantity("memory", "\"" + q + "\""));
        String bad = q + tail.strip();
        if (!Quantity.valid(bad)) assertTrue(ManifestFaults.badQuantity("memory", bad).contains("memory: " + bad));
    }

    @Example
    void examplesFromTheGrammar() {
        for (String ok : new String[] {"1", "0.5", ".5", "5.", "+1", "-1", "100m", "128Mi", "1Gi", "1G", "1e3", "1E-2", "1E"}) {
            assertTrue(Quantity.valid(ok), ok);
        }
        for (String bad : new String[] {"", "Gi", "1 Gi", "8GI", "500mi", "1gi", "2GB", "1.2.3", "1e", "--1", "1Gi2", "m"}) {
            assertFalse(Quantity.valid(bad), bad);
        }
    }
}
