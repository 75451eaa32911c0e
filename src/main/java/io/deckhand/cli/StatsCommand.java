package io.deckhand.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.stats.StatsReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The Statistics screen's figures as text or JSON. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print statistics of the collection or one deck (with its sub-decks): reviews per day",
                "for a year, due forecast, true retention (young / mature), cards by state, answer buttons,",
                "FSRS stability / difficulty / retrievability, and topics (deck, tag, heading) weakest first."})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--deck", paramLabel = "NAME", description = "Only this deck and its sub-decks.")
    String deck;

    @Option(names = "--json", description = "Print JSON (every day of the year, every topic).")
    boolean json;


    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = root.openServices()) {
            StatsReport r = services.stats().report(Optional.ofNullable(deck));
            if (json) out.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(r)));
            else text(r, out);
        }
        out.flush();
        return 0;
    }

    ObjectNode json(StatsReport r) {
        ObjectNode o = CliJson.MAPPER.createObjectNode();
        if (r.deck().isPresent()) o.put("deck", r.deck().get());
        else o.putNull("deck");
        o.put("today", r.today().toString());
        o.put("answers", r.answers());
        o.put("studyDays", r.studyDays());
        o.put("studyMs", r.durationMs());
        ArrayNode days = o.putArray("heatmap");
        for (StatsReport.Day d : r.days()) {
            ObjectNode n = days.addObject();
            n.put("day", d.day().toString());
            n.put("answers", d.total());
            n.put("new", d.newCards());
            n.put("learning", d.learning());
            n.put("young", d.young());
            n.put("mature", d.mature());
            n.put("ms", d.durationMs());
        }
        ObjectNode f = o.putObject("forecast");
        f.put("overdue", r.forecast().overdue());
        f.put("next30", r.forecast().total(30));
        f.put("next90", r.forecast().total(90));
        ArrayNode due = f.putArray("days");
        for (StatsReport.Due d : r.forecast().days()) due.addObject().put("day", d.day().toString()).put("cards", d.cards());
        ArrayNode ret = o.putArray("retention");
        for (StatsReport.Retention p : r.retention()) {
            ObjectNode n = ret.addObject();
            n.put("period", p.period().toLowerCase(Locale.ROOT));
            n.put("days", p.days());
            pass(n.putObject("young"), p.young());
            pass(n.putObject("mature"), p.mature());
            pass(n.putObject("all"), p.total());
        }
        StatsReport.States s = r.states();
        o.putObject("states").put("new", s.newCards()).put("learning", s.learning()).put("relearning", s.relearning())
                .put("young", s.young()).put("mature", s.mature()).put("suspended", s.suspended())
                .put("buried", s.buried()).put("total", s.total());
        ArrayNode buttons = o.putArray("buttons");
        for (StatsReport.Buttons b : r.buttons()) {
            buttons.addObject().put("kind", b.kind().toLowerCase(Locale.ROOT)).put("again", b.again()).put("hard", b.hard())
                    .put("good", b.good()).put("easy", b.easy());
        }
        ObjectNode dist = o.putObject("distributions");
        dist.put("cards", r.distributions().cards());
        bins(dist.putArray("stability"), r.distributions().stability());
        bins(dist.putArray("difficulty"), r.distributions().difficulty());
        bins(dist.putArray("retrievability"), r.distributions().retrievability());
        ArrayNode topics = o.putArray("topics");
        for (StatsReport.Topic t : r.topics()) {
            ObjectNode n = topics.addObject();
            n.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
            n.put("name", t.name());
            n.put("cards", t.cards());
            n.put("mature", t.mature());
            n.put("matureShare", t.matureShare());
            n.put("reviews", t.reviews());
            n.put("passed", t.passed());
            if (t.retention().isPresent()) n.put("retention", t.retention().get());
            else n.putNull("retention");
        }
        return o;
    }

    private static void pass(ObjectNode n, StatsReport.Pass p) {
        n.put("reviews", p.reviews());
        n.put("passed", p.passed());
        if (p.rate().isPresent()) n.put("rate", p.rate().get());
        else n.putNull("rate");
    }

    private static void bins(ArrayNode arr, List<StatsReport.Bin> bins) {
        for (StatsReport.Bin b : bins) {
            ObjectNode n = arr.addObject().put("label", b.label()).put("from", b.from());
            if (Double.isInfinite(b.to())) n.putNull("to"); // open above
            else n.put("to", b.to());
            n.put("cards", b.cards());
        }
    }

    private static void text(StatsReport r, PrintWriter out) {
        out.printf("Statistics of %s, %s%n", r.deck().map(d -> "deck " + d + " (with sub-decks)").orElse("the whole collection"),
                r.today());
        if (r.answers() == 0) out.println("Reviews: none in the last year yet.");
        else out.printf("Reviews in the last year: %d %s on %d %s, %s of study%n", r.answers(),
                r.answers() == 1 ? "answer" : "answers", r.studyDays(), r.studyDays() == 1 ? "day" : "days",
                minutes(r.durationMs()));
        List<StatsReport.Day> month = r.lastDays(30);
        out.printf("Last 30 days: %d answers, %s%n", month.stream().mapToLong(StatsReport.Day::total).sum(),
                minutes(month.stream().mapToLong(StatsReport.Day::durationMs).sum()));
        StatsReport.Forecast f = r.forecast();
        out.printf("Due: today %d (%d overdue), next 7 days %d, next 30 days %d, next 90 days %d%n",
                f.days().get(0).cards(), f.overdue(), f.total(7), f.total(30), f.total(90));
        out.println();
        out.printf("%-16s %-16s %-16s %-16s%n", "True retention", "Young", "Mature", "All");
        for (StatsReport.Retention p : r.retention()) {
            out.printf("  %-14s %-16s %-16s %-16s%n", p.period(), pass(p.young()), pass(p.mature()), pass(p.total()));
        }
        StatsReport.States s = r.states();
        out.printf("%nCards: %d (new %d, learning %d, relearning %d, young %d, mature %d, suspended %d, buried %d)%n",
                s.total(), s.newCards(), s.learning(), s.relearning(), s.young(), s.mature(), s.suspended(), s.buried());
        out.printf("%n%-22s %7s %7s %7s %7s%n", "Answer buttons (year)", "Again", "Hard", "Good", "Easy");
        for (StatsReport.Buttons b : r.buttons()) {
            out.printf("  %-20s %7d %7d %7d %7d%n", b.kind(), b.again(), b.hard(), b.good(), b.easy());
        }
        out.println();
        if (r.distributions().cards() == 0) {
            out.println("FSRS memory: no studied cards in FSRS decks yet.");
        } else {
            out.printf("FSRS memory of %d studied cards:%n", r.distributions().cards());
            histogram(out, "Stability", r.distributions().stability());
            histogram(out, "Difficulty", r.distributions().difficulty());
            histogram(out, "Retrievability", r.distributions().retrievability());
        }
        out.println();
        if (r.topics().isEmpty()) {
            out.println("Topics: no cards yet.");
            return;
        }
        out.println("Topics, weakest first (retention of review answers in the year, share of cards mature):");
        for (StatsReport.Topic t : r.topics()) {
            out.printf("  %-8s %-40s %4d%% mature of %d %s, %s%n", t.kind().name().toLowerCase(Locale.ROOT),
                    t.kind() == StatsReport.TopicKind.TAG ? "#" + t.name() : t.name(), Math.round(t.matureShare() * 100),
                    t.cards(), t.cards() == 1 ? "card" : "cards",
                    t.retention().map(v -> Math.round(v * 100) + "% of " + t.reviews() + " reviews remembered")
                            .orElse("no reviews"));
        }
    }

    private static void histogram(PrintWriter out, String name, List<StatsReport.Bin> bins) {
        StringBuilder line = new StringBuilder("  " + name + ":");
        for (StatsReport.Bin b : bins) line.append("  ").append(b.label()).append(' ').append(b.cards());
        out.println(line);
    }

    private static String pass(StatsReport.Pass p) {
        return p.rate().map(v -> Math.round(v * 100) + "% of " + p.reviews()).orElse("-");
    }

    private static String minutes(long ms) {
        long m = Math.round(ms / 60_000.0);
        return m < 60 ? m + " min" : (m / 60) + " h " + (m % 60) + " min";
    }
}
