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
                        + "to study yourself, open the app.",
                "With --custom, lists the cards of a custom study session (changing nothing); the app studies them."})
final class StudyCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--auto", paramLabel = "N", description = "Answer up to N cards.")
    Integer count;

    @Option(names = "--custom", paramLabel = "KIND", description = "List a custom study session of --deck: "
            + "ahead (reviews due within --days), forgotten (Again within --days), tag (--tag), kind (--kind).")
    String custom;

    @Option(names = "--days", defaultValue = "7", paramLabel = "N", description = "Days ahead or back for --custom (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--tag", paramLabel = "TAG", description = "The tag for --custom tag.")
    String tag;

    @Option(names = "--kind", paramLabel = "KIND", description = "The card kind for --custom kind (command, manifest, ...).")
    String kind;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "At most N cards for --custom (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed for the ratings (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--deck", paramLabel = "NAME", description = "Study this deck (and its sub-decks); default all decks.")
    String deck;

    @Override
    public Integer call() throws Exception {
        if (custom != null) {
            if (count != null) throw new InvalidInputException("Give --auto or --custom, not both.");
            return listCustom();
        }
        if (count == null) throw new InvalidInputException("Give --auto N to answer cards, or --custom KIND to list a session.");
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

    private int listCustom() throws Exception {
        if (deck == null) throw new InvalidInputException("--custom needs --deck NAME.");
        io.deckhand.app.study.CustomStudy.Mode mode = switch (custom.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ahead" -> io.deckhand.app.study.CustomStudy.Mode.AHEAD;
            case "forgotten" -> io.deckhand.app.study.CustomStudy.Mode.FORGOTTEN;
            case "tag" -> io.deckhand.app.study.CustomStudy.Mode.TAG;
            case "kind" -> io.deckhand.app.study.CustomStudy.Mode.KIND;
            default -> throw new InvalidInputException("--custom is one of ahead, forgotten, tag, kind, not \"" + custom + "\".");
        };
        io.deckhand.domain.card.CardKind cardKind = null;
        if (kind != null) {
            try {
                cardKind = io.deckhand.domain.card.CardKind.fromCode(kind.strip().toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("There is no card kind \"" + kind + "\".");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = root.openServices()) {
            DeckId id = scope(services.study().deckTree()).get(0);
            var request = new io.deckhand.app.study.CustomStudy(mode, days, tag, cardKind, limit, false);
            var ids = services.study().customStudy(id, request);
            for (var cardId : ids) {
                // The question's last line: a front starts with its heading path as context.
                String front = services.library().card(cardId).front().strip();
                out.println(cardId.value() + "\t" + front.lines().reduce((a, b) -> b).orElse(""));
            }
            out.println(ids.size() + (ids.size() == 1 ? " card" : " cards"));
        }
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
