package io.deckhand.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Anki field HTML to Markdown for 1,000 fields of the shapes Anki's editor writes (the scan's
 * path) and of ExchangeBench's cards: with the scan ({@code convert}) and through jsoup only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlToMarkdownBench {
    private final List<String> fields = new ArrayList<>();

    @Setup
    public void fields() {
        for (int i = 1; i <= 250; i++) {
            fields.add("What does <code>kubectl " + i + "</code> do in namespace ns-" + (i % 50) + "?");
            fields.add("It lists the <b>resources</b> of kind K" + i + " with their status, age and labels.");
            fields.add("<div>Which flag sets the&nbsp;<i>namespace</i> of item " + i + "?</div><div><br></div><div>-n &amp; --namespace</div>");
            fields.add("Line one of " + i + "<br>line two<br><span>see also</span> <u>notes</u> &lt;here&gt;");
        }
    }

    @Benchmark
    public void withScan(Blackhole bh) {
        for (String f : fields) bh.consume(HtmlToMarkdown.convert(f));
    }

    @Benchmark
    public void jsoupOnly(Blackhole bh) {
        for (String f : fields) bh.consume(HtmlToMarkdown.convertWithJsoup(f));
    }
}
