package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.deckoptions.DeckOptions;
import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.SchedulerKind;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shows or changes the options preset a deck uses. */
@Command(name = "options", mixinStandardHelpOptions = true, description = {"Show a deck's options, or change them with --set.",
        "Keys: scheduler (fsrs6|sm2), retention (0.70-0.99 or 70%%-99%%), learning-steps (\"1m 10m\"), "
                + "relearning-steps, new-per-day, reviews-per-day, max-interval (days), fuzz (on|off), "
                + "day-rollover (hour 0-23, for the whole collection).",
        "Options belong to a preset; every deck using the same preset changes with it."})
final class DeckOptionsCommand implements Callable<Integer> {
    static final String ROLLOVER = "day-rollover";

    @ParentCommand
    DeckCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DECK", description = "Full deck name, e.g. \"Kubernetes::Storage\".")
    String deckName;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change an option (repeatable).")
    Map<String, String> changes = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (AppServices services = parent.root.openServices()) {
            DeckOptionsService options = services.deckOptions();
            Deck deck = options.deckNamed(deckName);
            if (!changes.isEmpty()) apply(options, deck);
            print(options, deck, options.presetOf(deck.id()));
        }
        return 0;
    }

    /** Checks every change before writing any; the preset's options are saved in one transaction. */
    private void apply(DeckOptionsService options, Deck deck) throws Exception {
        DeckPreset preset = options.presetOf(deck.id());
        DeckOptions edited = DeckOptions.of(preset);
        Integer rollover = null;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            if (change.getKey().strip().equalsIgnoreCase(ROLLOVER)) {
                rollover = hour(change.getValue());
            } else {
                edited = edited.with(change.getKey(), change.getValue());
            }
        }
        if (!edited.equals(DeckOptions.of(preset))) options.updateOptions(preset.id(), edited);
        if (rollover != null) options.setRolloverHour(rollover);
    }

    private static int hour(String value) throws InvalidInputException {
        try {
            int h = Integer.parseInt(value.strip());
            if (h >= 0 && h <= 23) return h;
        } catch (NumberFormatException ignored) {
            // falls through to the message
        }
        throw new InvalidInputException("day-rollover is an hour from 0 to 23, not \"" + value + "\".");
    }

    private void print(DeckOptionsService options, Deck deck, DeckPreset p) throws Exception {
        int sharedBy = options.decksUsing(p.id()).size();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode n = mapper.createObjectNode();
            n.put("deck", deck.name().value());
            n.putObject("preset").put("id", p.id().value()).put("name", p.name()).put("decks", sharedBy);
            n.put("scheduler", p.scheduler().code());
            n.put("retention", p.desiredRetention());
            DeckOptions o = DeckOptions.of(p);
            n.put("learning-steps", o.learningSteps());
            n.put("relearning-steps", o.relearningSteps());
            n.put("new-per-day", p.newPerDay());
            n.put("reviews-per-day", p.reviewsPerDay());
            n.put("max-interval", p.maximumIntervalDays());
            n.put("fuzz", p.fuzz());
            n.put(ROLLOVER, options.rolloverHour());
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } else {
            DeckOptions o = DeckOptions.of(p);
            row(out, "Deck", deck.name().value());
            row(out, "Preset", p.name() + (sharedBy > 1 ? " (shared by " + sharedBy + " decks)" : ""));
            row(out, "Scheduler", p.scheduler() == SchedulerKind.SM2 ? "SM-2 (sm2)" : "FSRS-6 (fsrs6)");
            row(out, "Desired retention", Math.round(p.desiredRetention() * 100) + "%"
                    + (p.scheduler() == SchedulerKind.SM2 ? " (used by FSRS only)" : ""));
            row(out, "Learning steps", o.learningSteps().isEmpty() ? "none" : o.learningSteps());
            row(out, "Relearning steps", o.relearningSteps().isEmpty() ? "none" : o.relearningSteps());
            row(out, "New cards per day", Integer.toString(p.newPerDay()));
            row(out, "Reviews per day", Integer.toString(p.reviewsPerDay()));
            row(out, "Maximum interval", p.maximumIntervalDays() + " days");
            row(out, "Fuzz", p.fuzz() ? "on" : "off");
            row(out, "Next day starts", String.format(Locale.ROOT, "%02d:00 (whole collection)", options.rolloverHour()));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("%-19s %s%n", label + ":", value);
    }
}
