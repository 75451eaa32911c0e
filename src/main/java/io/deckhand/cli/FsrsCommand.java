package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.app.deckoptions.FsrsOptimization;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.fsrs.Fsrs6Scheduler;
import io.deckhand.domain.schedule.fsrs.optimize.OptimizeResult;
import io.deckhand.domain.schedule.select.Schedulers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** FSRS tools: replay and optimise (on a review-log file, or on a deck's preset in the collection). */
@Command(name = "fsrs", description = "FSRS-6 tools.")
public final class FsrsCommand implements Runnable {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'fsrs replay FILE.json' or 'fsrs optimize REVLOG.csv'.");
    }

    @Command(name = "replay", description = {
        "Replays review histories through the FSRS-6 scheduler and prints every step as JSON.",
        "FILE.json: {\"suites\": {NAME: {\"parameters\": {...}, \"histories\": [{\"id\", \"start\", "
                + "\"reviews\": [{\"rating\", \"review_time\"}]}]}}} (the shape of the FSRS reference vectors)."})
    int replay(@Parameters(paramLabel = "FILE.json", description = "Review histories to replay.") Path file)
            throws Exception {
        List<FsrsReplayReader.Suite> suites = FsrsReplayReader.read(file);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode();
        ObjectNode bySuite = out.putObject("suites");
        for (FsrsReplayReader.Suite suite : suites) {
            Fsrs6Scheduler scheduler = new Fsrs6Scheduler(suite.options());
            ArrayNode histories = bySuite.putObject(suite.name()).putArray("histories");
            int index = 0;
            for (FsrsReplayReader.History h : suite.histories()) {
                index++;
                ObjectNode hn = histories.addObject();
                hn.put("id", h.id());
                ArrayNode reviews = hn.putArray("reviews");
                SchedulingState card = SchedulingState.newCard(h.start());
                for (FsrsReplayReader.Review r : h.reviews()) {
                    card = scheduler.answer(card, r.rating(), r.time(), Schedulers.fuzzSeed(index, card.reps()));
                    ObjectNode rn = reviews.addObject();
                    rn.put("step", r.step());
                    rn.put("state", card.state().code());
                    rn.put("stability", card.stability());
                    rn.put("difficulty", card.difficulty());
                    rn.put("scheduled_days", card.scheduledDays());
                    rn.put("due_ms", card.due().toEpochMilli());
                }
            }
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.println(mapper.writeValueAsString(out));
        pw.flush();
        return 0;
    }

    @Command(name = "optimize", aliases = "optimise", description = {
        "Fits the 21 FSRS-6 parameters to a review history (as Anki's Optimize, after fsrs-rs) and prints them",
        "with log loss and RMSE (bins) before and after, and the time taken. The fitted parameters are worth",
        "keeping only when they predict the history better (lower log loss).",
        "REVLOG.csv: card_id,review_time (epoch ms),review_rating (1-4),review_state (0 new, 1 learning,",
        "2 review, 3 relearning)[,review_duration]; compared with the default parameters.",
        "--deck NAME: the history of the decks sharing that deck's preset, compared with the preset's parameters."})
    int optimize(
            @Parameters(paramLabel = "REVLOG.csv", arity = "0..1", description = "Review log to fit.") Path file,
            @CommandLine.Option(names = "--deck", paramLabel = "NAME", description = "Fit the preset of this deck in the collection.") String deck,
            @CommandLine.Option(names = "--save", description = "With --deck: save the fitted parameters into the preset when they are better.") boolean save,
            @CommandLine.Option(names = "--next-day-starts-at", paramLabel = "HOUR", defaultValue = "4",
                    description = "With REVLOG.csv: hour a study day starts (default 4).") int rolloverHour,
            @CommandLine.Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC",
                    description = "With REVLOG.csv: time zone of the study days (default UTC).") String zone,
            @CommandLine.Option(names = "--json", description = "Print JSON.") boolean json) throws Exception {
        if ((file == null) == (deck == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either REVLOG.csv or --deck NAME.");
        }
        if (save && deck == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--save works with --deck only.");
        }
        long start = System.nanoTime();
        FsrsOptimizeOutput.Run run;
        if (deck != null) {
            try (AppServices services = root.openServices()) {
                DeckOptionsService options = services.deckOptions();
                Deck d = options.deckNamed(deck);
                FsrsOptimization o = options.optimizeFsrs(d.presetId(), save, ProgressListener.NONE);
                run = new FsrsOptimizeOutput.Run(o.result(), o.summary(), o.presetName(), o.saved());
            }
        } else {
            OptimizeResult result = FsrsOptimizeOutput.optimizeFile(file, zone, rolloverHour);
            run = new FsrsOptimizeOutput.Run(result, null, null, false);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? FsrsOptimizeOutput.json(run, millis) : FsrsOptimizeOutput.text(run, millis));
        out.flush();
        return 0;
    }

    @Command(name = "simulate", description = {
        "Simulates studying a deck with FSRS (as fsrs-rs's simulator) from its cards' memory today, with its",
        "preset's parameters and limits: reviews, minutes a day and cards recalled for each desired retention",
        "from 70% to 97% (* marks the one simulated day by day). With --exam: how many new cards a day give",
        "--target of the deck recalled on that date."})
    int simulate(
            @CommandLine.Option(names = "--deck", required = true, paramLabel = "NAME", description = "The deck (with its sub-decks).") String deck,
            @CommandLine.Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "Days to simulate (default 365).") int days,
            @CommandLine.Option(names = "--new-per-day", paramLabel = "N", description = "New cards a day (default: the preset's).") Integer newPerDay,
            @CommandLine.Option(names = "--retention", paramLabel = "R", description = "Desired retention, 0.70-0.99 (default: the preset's).") Double retention,
            @CommandLine.Option(names = "--exam", paramLabel = "DATE", description = "Exam date, YYYY-MM-DD.") String exam,
            @CommandLine.Option(names = "--target", paramLabel = "SHARE", defaultValue = "0.9",
                    description = "With --exam: share of the deck to know then, 0-1 (default 0.9).") double target,
            @CommandLine.Option(names = "--json", description = "Print JSON.") boolean json) throws Exception {
        java.time.LocalDate examDate = null;
        if (exam != null) {
            try {
                examDate = java.time.LocalDate.parse(exam.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "The exam date must look like 2027-03-14, not \"" + exam + "\".");
            }
        }
        try (AppServices services = root.openServices()) {
            Deck d = services.deckOptions().deckNamed(deck);
            io.deckhand.domain.deck.DeckPreset preset = services.deckOptions().presetOf(d.id());
            double r = retention != null ? retention : preset.desiredRetention();
            int n = newPerDay != null ? newPerDay : preset.newPerDay();
            var forecast = services.workload().forecast(d.id(), days, n, r);
            var plan = examDate == null ? null : services.workload().planExam(d.id(), examDate, target, r);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? FsrsSimulateOutput.json(forecast, plan) : FsrsSimulateOutput.text(forecast, plan));
            out.flush();
        }
        return 0;
    }
}
