package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.quiz.ExamAttempt;
import io.deckhand.app.quiz.ExamService;
import io.deckhand.app.quiz.ExamSpec;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.quiz.question.Question;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteDeckRepository;
import io.deckhand.storage.SqliteNoteRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Setting a 60-question mock exam (CKA/CKAD preset types: command, manifest, missing field) from a
 * 10,000-card collection in a file on this disk: five sub-decks, cards from notes under twenty
 * sections, a third commands, a fifth manifests, the rest definitions. {@code questions} reads the
 * cards and generates; {@code start} also stores the attempt (one transaction, synchronous=FULL).
 * Goal: under 100 ms. Run: mvn -o -Pbench verify -Djmh.args="ExamBench -f 1 -wi 3 -i 5"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExamBench {
    static final int CARDS = 10_000;
    static final int QUESTIONS = 60;
    private static final List<String> SUB_DECKS = List.of("Workloads", "Storage", "Networking", "Security", "Troubleshooting");
    private Path dir;
    private AppServices services;
    private ExamSpec spec;
    private long seed;

    @Setup(Level.Trial)
    public void build() throws Exception {
        dir = Files.createTempDirectory("deckhand-exam-bench");
        Database db = Database.open(dir.resolve("collection.sqlite"));
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
        services = Bootstrap.wire(db, clock);
        var decks = new SqliteDeckRepository(db, clock);
        var notes = new SqliteNoteRepository(db, clock);
        var cards = new SqliteCardRepository(db, clock);
        DeckId root = db.inTransaction(() -> {
            DeckId parent = decks.create(new DeckName("Kubernetes"), PresetId.DEFAULT).id();
            List<DeckId> subs = new ArrayList<>();
            for (String s : SUB_DECKS) subs.add(decks.create(new DeckName("Kubernetes::" + s), PresetId.DEFAULT).id());
            for (int i = 0; i < CARDS; i++) {
                String section = "Section " + (i % 20);
                String front;
                String back;
                CardKind kind;
                if (i % 3 == 0) {
                    kind = CardKind.COMMAND;
                    front = "*" + section + "*\n\nCreate a deployment named web-" + i + " running nginx:1." + (i % 27);
                    back = "`kubectl create deployment web-" + i + " --image=nginx:1." + (i % 27) + " -n team-" + (i % 7) + "`";
                } else if (i % 5 == 1) {
                    kind = CardKind.MANIFEST;
                    front = "*" + section + "*\n\nWrite the manifest for a Pod named app-" + i + " that sleeps an hour";
                    back = "```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: app-" + i + "\n  labels:\n    tier: t"
                            + (i % 4) + "\nspec:\n  containers:\n  - name: app\n    image: busybox:1." + (i % 36)
                            + "\n    command: [\"sleep\", \"3600\"]\n```";
                } else {
                    kind = CardKind.BASIC;
                    front = "*" + section + "*\n\nWhat is **term " + i + "**?";
                    back = "A made-up object number " + i + " that keeps " + (i % 11) + " replicas of something running.";
                }
                var note = notes.insert("bench-" + i, kind.code(), List.of(front, back),
                        new SourceRef("notes/k8s-" + (i % 5) + ".md", i + 1, i + 2, List.of(section, "Part " + (i % 3))), "");
                cards.insert(note.id(), subs.get(i % subs.size()), kind, front, back, List.of("k8s"),
                        SchedulingState.newCard(clock.instant()));
            }
            return parent;
        });
        ExamSpec preset = services.exam().preset("Bench mock", List.of(root));
        spec = new ExamSpec(preset.name(), preset.decks(), preset.tags(), QUESTIONS, preset.timeLimit(),
                preset.passMark(), preset.types(), 1);
        List<Question> check = services.exam().questions(spec);
        if (check.size() != QUESTIONS) throw new IllegalStateException("only " + check.size() + " questions");
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        services.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private ExamSpec next() {
        seed++;
        return new ExamSpec(spec.name(), spec.decks(), spec.tags(), spec.questionCount(), spec.timeLimit(),
                spec.passMark(), spec.types(), seed);
    }

    /** Reading the 10,000 cards and generating the 60 questions spread over the topics. */
    @Benchmark
    public List<Question> questions() throws Exception {
        return services.exam().questions(next());
    }

    /** As {@link #questions}, and storing the new attempt (the previous one, unanswered, is dropped). */
    @Benchmark
    public ExamAttempt start() throws Exception {
        ExamService exams = services.exam();
        return exams.start(next());
    }
}
