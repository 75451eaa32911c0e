package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated short answers around a machine's address or numbered host name: the value alone,
 * with words placing it in someone's setup, is faulted and named; the same value as a range, beside a
 * word of its own, or a loopback address, is a fact.
 */
class LabValueProperties {
    private static final ExamValue VALUE = ExamValue.load();
    private static final Set<String> STOP = Set.of("in", "the", "on", "a", "is");
    private static final String FRONT = "Which machine serves the oven panel?";

    @Property(tries = 300)
    void aMachinesValueAloneIsFaultedAndNamed(@ForAll("machines") String machine, @ForAll("placing") String placing) {
        String back = placing.replace("%", machine);
        String fault = VALUE.labValueFault(FRONT, back, STOP);
        assertNotNull(fault, back);
        assertTrue(fault.contains(machine.toLowerCase(java.util.Locale.ROOT)), fault);
    }

    @Property(tries = 300)
    void aValueWithWordsOfItsOwnIsAFact(@ForAll("machines") String machine, @ForAll("placing") String placing,
            @ForAll("words") String word) {
        String back = placing.replace("%", machine) + " " + word;
        assertNull(VALUE.labValueFault(FRONT, back, STOP), back);
    }

    @Property(tries = 200)
    void rangesAndLoopbackAreFacts(@ForAll("octets") String address, @ForAll("placing") String placing) {
        assertNull(VALUE.labValueFault(FRONT, placing.replace("%", address + "/16"), STOP));
        assertNull(VALUE.labValueFault(FRONT, placing.replace("%", "127." + address.substring(address.indexOf('.') + 1)), STOP));
    }

    @Provide
    Arbitrary<String> octets() {
        Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
        return Combinators.combine(Arbitraries.of(10, 172, 192), octet, octet, octet).as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
    }

    @Provide
    Arbitrary<String> machines() {
        Arbitrary<String> host = Combinators.combine(Arbitraries.of("worker", "oven", "k8s-lab"), Arbitraries.of("node", "wk", ""),
                Arbitraries.integers().between(0, 99)).as((a, b, n) -> a + "-" + b + n);
        return Arbitraries.oneOf(octets(), host);
    }

    @Provide
    Arbitrary<String> placing() {
        return Arbitraries.of("%", "`%`", "% in your case", "e.g. %", "%.", "(%) here");
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("behind the proxy", "reserved for DNS", "first of the range", "panel address");
    }
}
