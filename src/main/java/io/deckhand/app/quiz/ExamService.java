package io.deckhand.app.quiz;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.ExamRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.grade.Difference;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Timed mock exams that survive a crash and are stored in the collection.
 *
 * <p>Setting an exam: questions are spread over topics in proportion to their cards, a topic being
 * a deck together with the top heading of the notes its cards came from (or, for an exam set by
 * tags, the tag). A topic without cards of the asked kinds leaves its share to the others. Only
 * the cards' places are read for all cards; each topic's cards are read a few at a time in a
 * seeded order, as many as its share needs.
 *
 * <p>Breakdown: every question counts towards the deck its card was in when the exam was set (the
 * question's {@link QuestionResult#topic()}), each of the card's tags ("#tag") and, for cards from
 * notes, the top two levels of its heading path ("Storage > Volumes"); a tag or heading shared by
 * every question is left out. Weakest first. The score is the mean of the questions' scores
 * (partial credit counts), unanswered questions scoring 0.
 *
 * <p>Time: {@code timeUsed} is exam time as the UI counts it, so the clock stops while the app is
 * closed. An attempt saved with its time used up (the window closed at the very end, before the UI
 * could submit it) is submitted as it stands by {@link #unfinished()}, which then does not return it.
 */
public final class ExamService {
    /** The real CKA and CKAD exams set 15-20 hands-on tasks in two hours and pass at 66 %. */
    public static final int PRESET_QUESTIONS = 17;
    public static final Duration PRESET_TIME = Duration.ofHours(2);
    public static final double PRESET_PASS_MARK = 0.66;
    public static final Set<QuestionType> PRESET_TYPES =
            Set.copyOf(EnumSet.of(QuestionType.COMMAND, QuestionType.MANIFEST, QuestionType.FILL_FIELD));
    public static final int MAX_QUESTIONS = 200;
    private static final int HEADING_LEVELS = 2;

    private final Transactions tx;
    private final DeckRepository decks;
    private final CardRepository cards;
    private final ExamRepository exams;
    private final QuestionSource generator;
    private final ResponseGrader grader;
    private final Clock clock;

    public ExamService(Transactions tx, DeckRepository decks, CardRepository cards, ExamRepository exams,
                       QuestionSource generator, ResponseGrader grader, Clock clock) {
        this.tx = tx;
        this.decks = decks;
        this.cards = cards;
        this.exams = exams;
        this.generator = generator;
        this.grader = grader;
        this.clock = clock;
    }

    /**
     * The CKA/CKAD-format preset over these decks: 17 hands-on questions (commands, manifests, missing
     * manifest fields) spread over the sub-decks by size, 2 hours, pass mark 66 %, a new seed each time.
     */
    public ExamSpec preset(String name, List<DeckId> decks) {
        String title = name == null || name.isBlank() ? "Mock exam" : name.strip();
        return new ExamSpec(title, decks, List.of(), PRESET_QUESTIONS, PRESET_TIME, PRESET_PASS_MARK, PRESET_TYPES,
                clock.millis());
    }

    /**
     * The questions {@link #start} would set for this spec, without storing anything (previews and the
     * command line). Questions are spread over the sub-decks (or, with tags, over the tags) in
     * proportion to their cards.
     */
    public List<Question> questions(ExamSpec spec) throws DeckhandException {
        return plan(spec).questions;
    }

    /**
     * Generates the questions and stores a new attempt. With fewer usable cards than questions asked
     * for, the exam is shorter and its time limit shrinks in proportion (whole minutes). An earlier
     * unfinished attempt is closed first: submitted as it stands if anything was answered, else dropped.
     */
    public ExamAttempt start(ExamSpec spec) throws DeckhandException {
        Plan plan = plan(spec);
        List<Question> qs = plan.questions;
        Set<QuestionType> types = typesOf(spec);
        if (qs.isEmpty()) {
            throw new InvalidInputException("The chosen decks and tags have no cards that make questions of the kinds "
                    + "asked for (" + String.join(", ", types.stream().sorted().map(QuestionType::code).toList()) + ").");
        }
        Duration limit = spec.timeLimit();
        if (qs.size() < spec.questionCount()) {
            long minutes = (long) Math.ceil(spec.timeLimit().toSeconds() / 60.0 * qs.size() / spec.questionCount());
            limit = Duration.ofMinutes(Math.max(1, minutes));
        }
        Instant now = clock.instant();
        ExamSpec stored = new ExamSpec(spec.name(), spec.decks(), spec.tags(), spec.questionCount(), limit,
                spec.passMark(), types, spec.seed());
        long id = tx.inTransaction(() -> {
            for (long open : exams.unfinished()) retire(open);
            List<ExamRepository.Item> items = new ArrayList<>(qs.size());
            for (Question q : qs) {
                CardRepository.QuizRef ref = plan.refs.get(q.cardId());
                Card card = plan.cards.get(q.cardId());
                String deck = ref == null ? "" : plan.scope.deckName(ref.deck());
                List<String> tags = card == null ? List.of() : card.tags();
                String heading = ref == null ? "" : headingTopic(ref.headingPath());
                items.add(new ExamRepository.Item(q.type().code(), q.cardId(), q.prompt(), q.options(), q.answer(),
                        deck, tags, heading, "", false, Optional.empty()));
            }
            return exams.create(new ExamRepository.Attempt(0, stored.name(), stored.decks(), stored.tags(),
                    stored.questionCount(), stored.timeLimit(), stored.passMark(),
                    stored.types().stream().sorted().map(QuestionType::code).toList(), stored.seed(), now, 0,
                    Duration.ZERO, Optional.empty(), Optional.empty()), items);
        });
        return new ExamAttempt(id, stored, now, qs, java.util.Collections.nCopies(qs.size(), ""), Set.of(), 0,
                Duration.ZERO, Optional.empty());
    }

    /**
     * Stores answers ("" = unanswered), flags, current question and time used, so a crash resumes
     * here. Call on every change: one small transaction that rewrites only the questions that changed.
     */
    public void save(long attemptId, List<String> answers, Set<Integer> flagged, int current, Duration timeUsed)
            throws DeckhandException {
        if (current < 0 || current >= Math.max(1, answers.size())) {
            throw new InvalidInputException("There is no question " + (current + 1) + " in this exam.");
        }
        if (timeUsed.isNegative()) throw new InvalidInputException("Time used cannot be negative.");
        List<String> responses = answers.stream().map(a -> a == null ? "" : a).toList();
        Set<Integer> flags = Set.copyOf(flagged);
        boolean saved = tx.inTransaction(() -> exams.saveProgress(attemptId, responses, flags, current, timeUsed));
        if (!saved) throw new InvalidInputException("This exam was already submitted or no longer exists.");
    }

    /**
     * The attempt that was started and never submitted, if any, as it was last saved. One whose time
     * has run out is submitted as it stands instead (see the class comment).
     */
    public Optional<ExamAttempt> unfinished() throws DeckhandException {
        return tx.inTransaction(() -> {
            for (long id : exams.unfinished()) {
                Optional<ExamRepository.Stored> s = exams.find(id);
                if (s.isEmpty()) continue;
                ExamAttempt attempt = attempt(s.get());
                if (attempt.timeUsed().compareTo(attempt.spec().timeLimit()) < 0) return Optional.of(attempt);
                grade(s.get());
            }
            return Optional.<ExamAttempt>empty();
        });
    }

    /** Grades and stores the attempt as submitted (also at time-out). Submitting twice gives the stored result. */
    public ExamResult submit(long attemptId) throws DeckhandException {
        return tx.inTransaction(() -> {
            ExamRepository.Stored s = exams.find(attemptId)
                    .orElseThrow(() -> new InvalidInputException("That exam no longer exists."));
            if (s.attempt().submittedAt().isEmpty()) grade(s);
            return result(exams.find(attemptId).orElseThrow());
        });
    }

    /** Drops an unfinished attempt (the user abandoned it). */
    public void discard(long attemptId) throws DeckhandException {
        tx.inTransaction(() -> {
            Optional<ExamRepository.Stored> s = exams.find(attemptId);
            if (s.isPresent() && s.get().attempt().submittedAt().isEmpty()) exams.delete(attemptId);
            return null;
        });
    }

    /** One submitted attempt's result, if it exists and was submitted. */
    public Optional<ExamResult> result(long attemptId) throws DeckhandException {
        return tx.read(() -> exams.find(attemptId).filter(s -> s.attempt().submittedAt().isPresent()).map(this::result));
    }

    /** Every submitted attempt, oldest first (the score-trend chart). */
    public List<ExamResult> results() throws DeckhandException {
        return tx.read(() -> exams.submitted().stream().map(this::result).toList());
    }

    /**
     * The cards behind the questions answered wrong, for "study weak topics": each once, in exam
     * order, only those still in the collection. Empty while the attempt is unfinished.
     */
    public List<CardId> missedCards(long attemptId) throws DeckhandException {
        return tx.read(() -> {
            ExamRepository.Stored s = exams.find(attemptId)
                    .orElseThrow(() -> new InvalidInputException("That exam no longer exists."));
            Set<CardId> missed = new LinkedHashSet<>();
            for (ExamRepository.Item it : s.items()) {
                if (it.grade().isPresent() && !it.grade().get().correct()) missed.add(it.cardId());
            }
            List<CardId> out = new ArrayList<>();
            for (CardId id : missed) {
                if (cards.find(id).isPresent()) out.add(id);
            }
            return out;
        });
    }

    // --- setting an exam

    private record Plan(QuizCards scope, Map<CardId, CardRepository.QuizRef> refs, Map<CardId, Card> cards,
                        List<Question> questions) {
    }

    private Plan plan(ExamSpec spec) throws DeckhandException {
        check(spec);
        record Loaded(QuizCards scope, List<CardRepository.QuizRef> refs) {
        }
        Loaded loaded = tx.read(() -> {
            QuizCards scope = QuizCards.scope(decks, spec.decks(), spec.tags());
            return new Loaded(scope, cards.quizRefs(scope.scope, scope.tags));
        });
        Map<CardId, CardRepository.QuizRef> byId = new HashMap<>();
        for (CardRepository.QuizRef r : loaded.refs) byId.put(r.id(), r);
        List<TopicSpread.Group> groups = new ArrayList<>();
        Map<CardId, Card> read = new HashMap<>();
        int index = 0;
        for (List<CardId> ids : topicGroups(loaded.scope, loaded.refs, loaded.scope.tags).values()) {
            groups.add(new ReadAhead(ids, new java.util.Random(spec.seed() + 31L * index++), read));
        }
        List<Question> qs = loaded.refs.isEmpty() ? List.of()
                : TopicSpread.pick(groups, generator, typesOf(spec), spec.questionCount(), spec.seed());
        return new Plan(loaded.scope, byId, read, qs);
    }

    /** One topic's cards in a seeded order, read from the collection as the spread asks for more. */
    private final class ReadAhead implements TopicSpread.Group {
        private final List<CardId> order;
        private final List<Card> read = new ArrayList<>();
        private final Map<CardId, Card> loaded;
        private int asked;

        ReadAhead(List<CardId> ids, java.util.Random random, Map<CardId, Card> loaded) {
            this.loaded = loaded;
            order = new ArrayList<>(ids);
            order.sort(Comparator.comparingLong(CardId::value)); // the places come in no particular order
            java.util.Collections.shuffle(order, random);
        }

        @Override
        public int size() {
            return order.size();
        }

        @Override
        public List<Card> first(int n) throws DeckhandException {
            int upTo = Math.min(n, order.size());
            if (upTo > asked) {
                List<CardId> more = order.subList(asked, upTo);
                for (Card c : tx.read(() -> cards.findAll(more))) {
                    read.add(c);
                    loaded.put(c.id(), c);
                }
                asked = upTo;
            }
            return List.copyOf(read);
        }
    }

    /**
     * Card ids by topic, in a stable order: by deck and the top heading of the notes they came from
     * (a single deck made from notes still spreads over its sections), or, when the exam is set by
     * tags, by the first of those tags they carry.
     */
    private static Map<String, List<CardId>> topicGroups(QuizCards scope, List<CardRepository.QuizRef> refs,
                                                         List<String> tags) {
        Map<String, List<CardId>> groups = new HashMap<>();
        for (CardRepository.QuizRef r : refs) {
            String key;
            if (tags.isEmpty()) {
                key = scope.deckName(r.deck()) + (r.headingPath().isEmpty() ? "" : "\u0000" + r.headingPath().get(0));
            } else {
                key = firstTag(r.tags(), tags);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r.id());
        }
        Map<String, List<CardId>> ordered = new LinkedHashMap<>();
        groups.keySet().stream().sorted(Comparator.comparing((String k) -> k.toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Comparator.naturalOrder())).forEach(k -> ordered.put(k, groups.get(k)));
        return ordered;
    }

    /** No types chosen = the preset's hands-on types. */
    private static Set<QuestionType> typesOf(ExamSpec spec) {
        return spec.types().isEmpty() ? PRESET_TYPES : spec.types();
    }

    /** The top levels of a note's heading path ("Storage > Volumes"); "" for cards not from notes. */
    private static String headingTopic(List<String> path) {
        if (path == null || path.isEmpty()) return "";
        return String.join(" > ", path.subList(0, Math.min(HEADING_LEVELS, path.size())));
    }

    private static String firstTag(List<String> cardTags, List<String> tags) {
        for (String t : tags) {
            String wanted = t.strip();
            for (String own : cardTags) {
                if (own.equalsIgnoreCase(wanted) || own.toLowerCase().startsWith(wanted.toLowerCase() + "::")) return wanted;
            }
        }
        return "";
    }

    private static void check(ExamSpec spec) throws InvalidInputException {
        if (spec.name() == null || spec.name().isBlank()) throw new InvalidInputException("Give the exam a name.");
        if (spec.questionCount() < 1 || spec.questionCount() > MAX_QUESTIONS) {
            throw new InvalidInputException("An exam has 1 to " + MAX_QUESTIONS + " questions (not "
                    + spec.questionCount() + ").");
        }
        if (spec.timeLimit().compareTo(Duration.ofMinutes(1)) < 0 || spec.timeLimit().compareTo(Duration.ofHours(24)) > 0) {
            throw new InvalidInputException("The time limit must be between 1 minute and 24 hours.");
        }
        if (!(spec.passMark() > 0 && spec.passMark() <= 1)) {
            throw new InvalidInputException("The pass mark must be above 0 % and at most 100 %.");
        }
    }

    // --- ending an exam

    /** Closes an unfinished attempt that is being replaced: kept and graded if anything was answered. */
    private void retire(long id) throws DeckhandException {
        Optional<ExamRepository.Stored> s = exams.find(id);
        if (s.isEmpty()) return;
        boolean answered = s.get().items().stream().anyMatch(it -> !it.response().isBlank());
        if (answered) grade(s.get());
        else exams.delete(id);
    }

    /** Grades every question and stores the attempt as submitted now. Inside a transaction. */
    private void grade(ExamRepository.Stored s) throws DeckhandException {
        List<ExamRepository.Graded> grades = new ArrayList<>(s.items().size());
        double total = 0;
        for (ExamRepository.Item it : s.items()) {
            Grade g = gradeOne(question(it), it.response());
            total += g.score();
            grades.add(new ExamRepository.Graded(g.score(), g.correct(), g.differences().stream()
                    .map(d -> new ExamRepository.Difference(d.kind().name(), d.where(), d.expected(), d.actual()))
                    .toList()));
        }
        double score = s.items().isEmpty() ? 0 : total / s.items().size();
        exams.saveGrades(s.attempt().id(), grades, score, clock.instant());
    }

    private Grade gradeOne(Question q, String response) {
        if (response.isBlank()) {
            return new Grade(0, false, List.of(new Difference(Difference.Kind.MISSING, "answer", q.answer(), null)));
        }
        return grader.grade(q, response);
    }

    // --- reading stored attempts

    private static Question question(ExamRepository.Item it) {
        return new Question(QuestionType.fromCode(it.typeCode()), it.cardId(), it.prompt(), it.options(), it.answer());
    }

    private static ExamSpec spec(ExamRepository.Attempt a) {
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        for (String code : a.typeCodes()) types.add(QuestionType.fromCode(code));
        return new ExamSpec(a.name(), a.decks(), a.tags(), a.questionCount(), a.timeLimit(), a.passMark(), types,
                a.seed());
    }

    private static ExamAttempt attempt(ExamRepository.Stored s) {
        ExamRepository.Attempt a = s.attempt();
        List<Question> qs = s.items().stream().map(ExamService::question).toList();
        List<String> answers = s.items().stream().map(ExamRepository.Item::response).toList();
        Set<Integer> flagged = new HashSet<>();
        for (int i = 0; i < s.items().size(); i++) if (s.items().get(i).flagged()) flagged.add(i);
        int current = Math.max(0, Math.min(a.current(), qs.size() - 1));
        return new ExamAttempt(a.id(), spec(a), a.startedAt(), qs, answers, flagged, current, a.timeUsed(),
                a.submittedAt());
    }

    private ExamResult result(ExamRepository.Stored s) {
        ExamRepository.Attempt a = s.attempt();
        List<QuestionResult> results = new ArrayList<>(s.items().size());
        Map<String, double[]> topics = new LinkedHashMap<>();
        for (ExamRepository.Item it : s.items()) {
            ExamRepository.Graded g = it.grade().orElse(new ExamRepository.Graded(0, false, List.of()));
            Grade grade = new Grade(Math.max(0, Math.min(1, g.score())), g.correct(), g.differences().stream()
                    .map(d -> new Difference(Difference.Kind.valueOf(d.kind()), d.place(), d.expected(), d.actual()))
                    .toList());
            String topic = it.topic().isBlank() ? "(no deck)" : it.topic();
            results.add(new QuestionResult(question(it), it.response(), grade, topic));
            for (String t : topicsOf(it, topic)) {
                double[] sum = topics.computeIfAbsent(t, k -> new double[2]);
                sum[0] += grade.score();
                sum[1]++;
            }
        }
        Set<String> deckTopics = new HashSet<>();
        for (QuestionResult q : results) deckTopics.add(q.topic());
        List<TopicScore> breakdown = new ArrayList<>();
        topics.forEach((t, sum) -> {
            // A tag or heading every question shares (the bundled deck's "k8s") only repeats the score.
            if (deckTopics.contains(t) || sum[1] < results.size()) {
                breakdown.add(new TopicScore(t, (int) sum[1], sum[0] / sum[1]));
            }
        });
        breakdown.sort(Comparator.comparingDouble(TopicScore::score)
                .thenComparing(Comparator.comparingInt(TopicScore::questions).reversed())
                .thenComparing(TopicScore::topic, String.CASE_INSENSITIVE_ORDER));
        return new ExamResult(a.id(), a.name(), a.submittedAt().orElseThrow(), a.score().orElse(0.0), a.passMark(),
                a.timeUsed().compareTo(a.timeLimit()) > 0 ? a.timeLimit() : a.timeUsed(), breakdown, results);
    }

    private static List<String> topicsOf(ExamRepository.Item it, String deckTopic) {
        List<String> out = new ArrayList<>();
        out.add(deckTopic);
        for (String tag : it.tags()) out.add("#" + tag);
        if (!it.heading().isBlank()) out.add(it.heading());
        return out;
    }
}
