package io.deckhand.bench;

import io.deckhand.exchange.csv.CsvParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Splitting a 10,000-row text import (about 1 MB, a quoted two-line field with doubled quotes per row,
 * CRLF) - the figure that decided CsvParser's library (docs/architecture.md, "Hand-written where a
 * library exists").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvParseBench {
    static final String TEXT = table(10_000);

    private final CsvParser parser = new CsvParser(',', true);

    @Benchmark
    public int split10000QuotedRows() {
        return parser.parse(TEXT, 1).size();
    }

    private static String table(int rows) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            sb.append("What does kubectl get pods -n kube-system ").append(i).append(" show?,")
                    .append("\"Pods in the \"\"kube-system\"\" namespace,\nwith status\",k8s::pods tag").append(i).append("\r\n");
        }
        return sb.toString();
    }
}
