package io.deckhand.quiz.question;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.render.diagram.Flowchart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Turns cards into questions, deterministic for a seed: the same cards, types, count and seed give
 * the same list. A card yields a type only when it supports it well (see each {@code *Question}
 * method); the count is shared among the types round robin, in an order the seed picks, and no card
 * is used twice while an unused one can still give a question. Each question draws from its own
 * random stream (seed, card, type), so one question does not change when others do. Thread-safe.
 */
public final class QuestionGenerator {
    static final int OPTIONS = 4;
    static final String TRUE = "True";
    static final String FALSE = "False";
    /** Cards scanned for distractors per question, and enough candidates to stop early: keeps 10,000-card decks fast. */
    private static final int SCAN_LIMIT = 2000;
    private static final int ENOUGH_CANDIDATES = 32;

    private final Equivalence equivalence = new Equivalence();

    /** Up to {@code count} questions of the given types from {@code cards}; the same seed gives the same list. */
    public List<Question> generate(List<Card> cards, Set<QuestionType> types, int count, long seed) {
        if (count <= 0 || types.isEmpty() || cards.isEmpty()) return List.of();
        SplittableRandom random = new SplittableRandom(seed);
        Pool pool = new Pool(cards, random.split());
        List<QuestionType> rotation = new ArrayList<>(EnumSet.copyOf(types));
        shuffle(rotation, random);
        List<Question> out = new ArrayList<>(count);
        Set<Long> triedPairs = new HashSet<>(); // (card, type) asked or found unsupported
        boolean[] usedCards = new boolean[cards.size()];
        for (boolean reuse : new boolean[] {false, true}) {
            int[] cursor = new int[QuestionType.values().length];
            List<QuestionType> live = new ArrayList<>(rotation);
            int turn = 0;
            while (out.size() < count && !live.isEmpty()) {
                QuestionType type = live.get(turn % live.size());
                Question q = next(pool, type, cursor, usedCards, triedPairs, reuse, seed);
                if (q == null) {
                    live.remove(type);
                } else {
                    out.add(q);
                    turn++;
                }
            }
        }
        return out;
    }

    private Question next(Pool pool, QuestionType type, int[] cursor, boolean[] usedCards, Set<Long> triedPairs,
                          boolean reuse, long seed) {
        int[] order = pool.order;
        while (cursor[type.ordinal()] < order.length) {
            int i = order[cursor[type.ordinal()]++];
            long pair = (long) i * QuestionType.values().length + type.ordinal();
            if (usedCards[i] && !reuse || !triedPairs.add(pair)) continue;
            Card card = pool.cards.get(i);
            SplittableRandom r = new SplittableRandom(mix(seed, card.id().value(), type.ordinal()));
            Question q = question(pool, i, type, r).orElse(null);
            if (q != null) {
                usedCards[i] = true;
                return q;
            }
        }
        return null;
    }

    /** The question of {@code type} the card at {@code index} gives, if it supports that type. */
    Optional<Question> question(Pool pool, int index, QuestionType type, SplittableRandom random) {
        Card card = pool.cards.get(index);
        return switch (type) {
            case COMMAND -> commandQuestion(card);
            case MANIFEST -> manifestQuestion(card);
            case MULTIPLE_CHOICE -> multipleChoice(pool, index, random);
            case TRUE_FALSE -> trueFalse(pool, index, random);
            case CLOZE -> clozeQuestion(card);
            case FILL_FIELD -> fieldQuestion(card, random);
            case DIAGRAM_NODE -> nodeQuestion(card, random);
            case TYPED -> typedQuestion(pool, index);
        };
    }

    /** Write the command: a card whose whole answer is one command; the answer is that command. */
    private static Optional<Question> commandQuestion(Card card) {
        if (card.kind() != CardKind.COMMAND && card.kind() != CardKind.BASIC && card.kind() != CardKind.REVERSED) {
            return Optional.empty();
        }
        String command = CardText.singleCommand(card.back());
        if (command == null) return Optional.empty();
        return Optional.of(new Question(QuestionType.COMMAND, card.id(), card.front(), List.of(), command));
    }

    /**
     * Write the manifest: a manifest card whose front asks for something (a few words beyond "write
     * the YAML") and whose YAML is mostly real values, not a template of empty keys or placeholders.
     */
    private static Optional<Question> manifestQuestion(Card card) {
        if (card.kind() != CardKind.MANIFEST) return Optional.empty();
        String ask = CardText.question(card.front()).replaceFirst("(?i)^write the (yaml|manifest)\\s*:?", "");
        if (CardText.words(ask) < 3) return Optional.empty();
        return Manifest.of(card).filter(Manifest::writable)
                .map(m -> new Question(QuestionType.MANIFEST, card.id(), card.front(), List.of(), m.yaml()));
    }

    /** Four options: the card's answer and three of the same kind from its deck (else the pool), or none. */
    private Optional<Question> multipleChoice(Pool pool, int index, SplittableRandom random) {
        List<Fact> facts = pool.facts(index);
        for (Fact f : facts) {
            if (f.kind() == AnswerKind.YES_NO) continue;
            List<Facts.Answer> wrong = distractors(pool, index, f, OPTIONS - 1, random);
            if (wrong.size() < OPTIONS - 1) continue;
            List<String> options = new ArrayList<>(OPTIONS);
            options.add(f.display());
            for (Facts.Answer a : wrong) options.add(a.display());
            shuffle(options, random);
            return Optional.of(new Question(QuestionType.MULTIPLE_CHOICE, f.card().id(), f.prompt(), options, f.display()));
        }
        return Optional.empty();
    }

    /** A fact of the card stated with its own answer (true) or with a sibling answer of the same kind (false). */
    private Optional<Question> trueFalse(Pool pool, int index, SplittableRandom random) {
        List<Fact> facts = pool.facts(index);
        if (facts.isEmpty()) return Optional.empty();
        Fact f = facts.get(random.nextInt(facts.size()));
        String shown = f.display();
        boolean truth = random.nextBoolean();
        if (!truth) {
            List<Facts.Answer> wrong = distractors(pool, index, f, 1, random);
            if (wrong.isEmpty()) truth = true;
            else shown = wrong.get(0).display();
        }
        String prompt = "True or false?\n\n" + f.prompt() + "\n\n**Answer:** " + shown;
        return Optional.of(new Question(QuestionType.TRUE_FALSE, f.card().id(), prompt, List.of(TRUE, FALSE),
                truth ? TRUE : FALSE));
    }

    /** Fill in the one deletion a cloze card hides; the prompt is the card's front with its marker. */
    private static Optional<Question> clozeQuestion(Card card) {
        return Cloze.of(card).map(c -> new Question(QuestionType.CLOZE, card.id(), card.front(), List.of(), c.answer()));
    }

    /** One field worth knowing blanked in the card's manifest (see {@link Manifest}). */
    private static Optional<Question> fieldQuestion(Card card, SplittableRandom random) {
        if (!card.back().contains("```")) return Optional.empty();
        Optional<Manifest> m = Manifest.of(card);
        if (m.isEmpty()) return Optional.empty();
        List<Manifest.Field> fields = m.get().fields();
        if (fields.isEmpty()) return Optional.empty();
        List<Manifest.Field> inside = fields.stream().filter(Manifest::beyondType).toList();
        if (!inside.isEmpty()) fields = inside; // the top-level apiVersion and kind only when there is nothing else
        Manifest.Field f = fields.get(random.nextInt(fields.size()));
        String prompt = CardText.withContext(CardText.context(card.front()),
                "What goes in place of `" + Manifest.BLANK + "` at `" + f.path() + "`?\n\n```yaml\n" + f.blanked() + "\n```");
        return Optional.of(new Question(QuestionType.FILL_FIELD, card.id(), prompt, List.of(), f.answer()));
    }

    /** One node of the card's flowchart shown as {@code ?}: a node with a short label no other node has. */
    private static Optional<Question> nodeQuestion(Card card, SplittableRandom random) {
        Optional<Diagram> d = Diagram.of(card);
        if (d.isEmpty()) return Optional.empty();
        List<Flowchart.Vertex> nodes = new ArrayList<>(d.get().askable());
        shuffle(nodes, random);
        for (Flowchart.Vertex v : nodes) {
            Optional<String> hidden = d.get().hide(v);
            if (hidden.isPresent()) {
                String prompt = CardText.withContext(CardText.context(card.front()),
                        "Which label belongs where the diagram shows **" + Diagram.HIDDEN + "**?\n\n```mermaid\n" + hidden.get().strip() + "\n```");
                return Optional.of(new Question(QuestionType.DIAGRAM_NODE, card.id(), prompt, List.of(), Diagram.label(v)));
            }
        }
        return Optional.empty();
    }

    /** A typed answer for question cards with a short answer: a term, a number, a short phrase. */
    private static Optional<Question> typedQuestion(Pool pool, int index) {
        Card card = pool.cards.get(index);
        if (card.kind() != CardKind.BASIC && card.kind() != CardKind.REVERSED && card.kind() != CardKind.DEFINITION
                && card.kind() != CardKind.TABLE_FACT) {
            return Optional.empty();
        }
        for (Fact f : pool.facts(index)) {
            if (f.kind() == AnswerKind.TERM) {
                return Optional.of(new Question(QuestionType.TYPED, card.id(), f.prompt(), List.of(), f.answer()));
            }
        }
        return Optional.empty();
    }

    /**
     * Up to {@code n} wrong answers for {@code fact}: answers of the same kind, from the card's deck
     * first and the rest of the pool after, most alike in form first (ties broken by the seed);
     * never one the grader accepts as the right answer or as an answer already taken, never one
     * given to the same question on another card (it might be right too).
     */
    private List<Facts.Answer> distractors(Pool pool, int index, Fact fact, int n, SplittableRandom random) {
        List<Facts.Answer> chosen = new ArrayList<>(n);
        String key = fact.questionKey();
        Set<String> seen = new HashSet<>();
        seen.add(fact.display());
        for (boolean sameDeck : new boolean[] {true, false}) {
            List<Facts.Answer> candidates = pool.candidates(index, fact.kind(), sameDeck, random);
            int size = candidates.size();
            double[] score = new double[size];
            Integer[] rank = new Integer[size];
            for (int k = 0; k < size; k++) {
                Facts.Answer a = candidates.get(k);
                // a label of the same diagram, an answer from the same kind of card (a command's description
                // for a command's description, not a glossary definition) make the likelier options
                score[k] = Shape.distance(fact.kind(), fact.answer(), a.text()) + random.nextDouble() * 0.25
                        - (a.card() == fact.card() ? 1 : 0) + (a.card().kind() == fact.card().kind() ? 0 : 0.5);
                rank[k] = k;
            }
            Arrays.sort(rank, Comparator.comparingDouble(k -> score[k]));
            for (int k : rank) {
                Facts.Answer a = candidates.get(k);
                if (!seen.add(a.display()) || a.prompt() != null && key.equals(a.questionKey())) continue;
                if (equivalence.same(fact.kind(), fact.answer(), a.text())) continue;
                if (chosen.stream().anyMatch(c -> equivalence.same(fact.kind(), c.text(), a.text()))) continue;
                chosen.add(a);
                if (chosen.size() == n) return chosen;
            }
        }
        return chosen;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static long mix(long seed, long card, int type) {
        long h = seed * 0x9E3779B97F4A7C15L + card;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + type;
        return h ^ (h >>> 29);
    }

    /** The cards of one generation, in an order shuffled by the seed, with their facts read once and kept. */
    static final class Pool {
        final List<Card> cards;
        final int[] order;
        private final List<Fact>[] facts;
        private final List<Facts.Answer>[] lent;
        private final List<Facts.Answer>[] lentWithLabels;
        private final int[] deckOf;
        private final int[][] deckOrder;

        @SuppressWarnings("unchecked")
        Pool(List<Card> cards, SplittableRandom random) {
            this.cards = List.copyOf(cards);
            int n = this.cards.size();
            order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            facts = new List[n];
            lent = new List[n];
            lentWithLabels = new List[n];
            // decks as small numbers: the per-card deck tests below are then int comparisons
            Map<DeckId, Integer> number = new HashMap<>();
            deckOf = new int[n];
            for (int i = 0; i < n; i++) deckOf[i] = number.computeIfAbsent(this.cards.get(i).deckId(), d -> number.size());
            int[] counts = new int[number.size()];
            for (int d : deckOf) counts[d]++;
            deckOrder = new int[number.size()][];
            for (int d = 0; d < counts.length; d++) deckOrder[d] = new int[counts[d]];
            int[] filled = new int[counts.length];
            for (int i : order) deckOrder[deckOf[i]][filled[deckOf[i]]++] = i;
        }

        List<Fact> facts(int i) {
            if (facts[i] == null) facts[i] = Facts.of(cards.get(i));
            return facts[i];
        }

        /** Diagram labels only when asked for: parsing every diagram scanned would cost more than all the rest. */
        private List<Facts.Answer> lent(int i, boolean labels) {
            List<Facts.Answer>[] memo = labels ? lentWithLabels : lent;
            if (memo[i] == null) memo[i] = Facts.lent(cards.get(i), facts(i), labels);
            return memo[i];
        }

        /**
         * Answers of {@code kind} lent by the cards of the same deck as card {@code index} (or by the
         * cards of other decks), read from a seeded starting point and capped, so a question costs
         * the same in a deck of 100 cards and one of 10,000.
         */
        List<Facts.Answer> candidates(int index, AnswerKind kind, boolean sameDeck, SplittableRandom random) {
            int deck = deckOf[index];
            List<Facts.Answer> out = new ArrayList<>();
            if (sameDeck) {
                collect(deckOrder[deck], kind, -1, out, random);
            } else if (deckOrder.length > 1) {
                collect(order, kind, deck, out, random);
            }
            return out;
        }

        private void collect(int[] members, AnswerKind kind, int skipDeck, List<Facts.Answer> out,
                             SplittableRandom random) {
            int n = members.length;
            int start = n == 0 ? 0 : random.nextInt(n);
            int scanned = 0;
            for (int k = 0; k < n && scanned < SCAN_LIMIT && out.size() < ENOUGH_CANDIDATES; k++) {
                int i = members[(start + k) % n];
                if (deckOf[i] == skipDeck) continue;
                scanned++;
                for (Facts.Answer a : lent(i, kind == AnswerKind.LABEL)) {
                    if (a.kind() == kind) out.add(a);
                }
            }
        }
    }
}
