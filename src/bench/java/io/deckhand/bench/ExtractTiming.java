package io.deckhand.bench;

import com.vladsch.flexmark.parser.Parser;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.notes.NoteParser;
import io.deckhand.notes.gate.QualityGate;
import io.deckhand.vault.VaultGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * {@link ExtractBench}'s three measures (extraction, flexmark alone, the gate alone) as thread CPU
 * time on one thread: on a machine shared with other work, JMH's wall-clock time mostly measures the
 * wait for a core, and one op over 10 MB takes minutes there. Rounds alternate the measures so a
 * change in load hits all three alike; the ratio extraction / flexmark is issue 9's figure.
 * Run: mvn -o -q -Pbench compile && java -cp "target/classes:$(cat cp.txt)" io.deckhand.bench.ExtractTiming [MB] [rounds]
 */
public final class ExtractTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExtractTiming() {
    }

    public static void main(String[] args) {
        long mb = args.length > 0 ? Long.parseLong(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<VaultGenerator.Note> notes = new VaultGenerator(1).generate(mb * 1024 * 1024);
        NoteParser parser = new NoteParser();
        Parser flexmark = Parser.builder(NoteParser.flexmarkOptions()).build();
        List<List<CardDraft>> drafts = new ArrayList<>();
        for (VaultGenerator.Note n : notes) drafts.add(parser.parse(n.path(), n.text()).drafts());
        IntSupplier extract = () -> {
            int cards = 0;
            for (VaultGenerator.Note n : notes) cards += parser.parse(n.path(), n.text()).drafts().size();
            return cards;
        };
        IntSupplier flexmarkOnly = () -> {
            int lines = 0;
            for (VaultGenerator.Note n : notes) lines += flexmark.parse(n.text()).getLineCount();
            return lines;
        };
        IntSupplier gateOnly = () -> {
            int passed = 0;
            for (List<CardDraft> note : drafts) {
                for (CardDraft d : QualityGate.standard().judge(note)) if (d.quality().passed()) passed++;
            }
            return passed;
        };
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long[] sum = new long[3];
        int counted = 0;
        IntSupplier[] work = {extract, flexmarkOnly, gateOnly};
        for (int round = 0; round < rounds; round++) {
            long[] cpu = new long[3];
            for (int k = 0; k < 3; k++) cpu[k] = cpuOf(work[k]);
            if (round < rounds / 3) continue; // warm-up
            counted++;
            for (int k = 0; k < 3; k++) {
                best[k] = Math.min(best[k], cpu[k]);
                sum[k] += cpu[k];
            }
            System.out.printf("round %d: extract %7.1f ms  flexmark %7.1f ms  gate %7.1f ms  ratio %.2f%n", round,
                    cpu[0] / 1e6, cpu[1] / 1e6, cpu[2] / 1e6, (double) cpu[0] / cpu[1]);
        }
        System.out.printf("%d MB, %d notes, %d rounds counted: mean extract %.1f ms, flexmark %.1f ms, gate %.1f ms;"
                + " ratio of means %.2f, of bests %.2f%n", mb, notes.size(), counted, sum[0] / 1e6 / counted,
                sum[1] / 1e6 / counted, sum[2] / 1e6 / counted, (double) sum[0] / sum[1], (double) best[0] / best[1]);
    }

    private static long cpuOf(IntSupplier work) {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        if (work.getAsInt() < 0) throw new IllegalStateException();
        return CPU.getCurrentThreadCpuTime() - cpu0;
    }
}
