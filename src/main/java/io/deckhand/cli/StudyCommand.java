package io.deckhand.cli;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.app.study.StudyCard;
import io.deckhand.app.study.StudyService;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.Rating;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Answers due cards with seeded ratings through the study service the app uses, printing each
 * answer once it is committed: a reproducible load for tests (the crash test kills it midway).
 */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Answer due (or new) cards automatically with seeded ratings, as the app would save them.",
                "Prints 'answered <card-id> <review-id>' after each answer is on disk. For tests and scripts; "
                        + "to study yourself, open the app."})
final class StudyCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--auto", required = true, paramLabel = "N", description = "Answer up to N cards.")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed for the ratings (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--deck", paramLabel = "NAME", description = "Study this deck (and its sub-decks); default all decks.")
    String deck;

    @Override
    public Integer call() throws Exception {
        if (count < 0) throw new InvalidInputException("--auto needs a number of cards of 0 or more, not " + count + ".");
        PrintWriter out = spec.commandLine().getOut();
        Random random = new Random(seed);
        int answered = 0;
        try (AppServices services = root.openServices()) {
            StudyService study = services.study();
            List<DeckId> scope = scope(study.deckTree());
            while (answered < count) {
                Optional<StudyCard> next = Optional.empty();
                for (DeckId d : scope) {
                    next = study.next(d);
                    if (next.isPresent()) break;
                }
                if (next.isEmpty()) break;
                Rating rating = rating(random);
                Duration took = Duration.ofMillis(2000 + random.nextInt(10_000));
                long reviewId = study.answerWithLogId(next.get().card().id(), rating, took);
                answered++;
                out.println("answered " + next.get().card().id().value() + " " + reviewId);
                out.flush();
            }
        }
        out.println("done: " + answered + " answered" + (answered < count ? " (no more cards due today)" : ""));
        out.flush();
        return 0;
    }

    private List<DeckId> scope(List<DeckSummary> tree) throws InvalidInputException {
        if (deck == null) return tree.stream().filter(d -> d.depth() == 0).map(DeckSummary::id).toList();
        return tree.stream().filter(d -> d.name().value().equalsIgnoreCase(deck.strip())).map(DeckSummary::id).findFirst()
                .map(List::of).orElseThrow(() -> new InvalidInputException("There is no deck named " + deck + "."));
    }

    /** Mostly Good, as real study goes; Again often enough to keep cards in learning. */
    private static Rating rating(Random random) {
        int r = random.nextInt(100);
        if (r < 15) return Rating.AGAIN;
        if (r < 30) return Rating.HARD;
        if (r < 85) return Rating.GOOD;
        return Rating.EASY;
    }
}
