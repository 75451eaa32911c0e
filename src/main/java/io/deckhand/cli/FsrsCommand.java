package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.domain.schedule.Schedulers;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.fsrs.Fsrs6Scheduler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** FSRS tools that need no collection. */
@Command(name = "fsrs", description = "FSRS-6 tools (no collection needed).")
public final class FsrsCommand implements Runnable {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'fsrs replay FILE.json'.");
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
}
