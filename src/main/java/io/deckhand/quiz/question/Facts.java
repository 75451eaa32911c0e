package io.deckhand.quiz.question;

import io.deckhand.domain.card.Card;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The question-and-answer pairs a card gives, and the answers it lends other questions as distractors. */
final class Facts {
    private Facts() {
    }

    /**
     * The card's facts, the one best suited to multiple choice first: a command for "which command",
     * a description for "what does `X` do", a term for a definition (asked from its definition, as
     * terms make the better options), the deletion of a cloze, the hidden label of a diagram card.
     */
    static List<Fact> of(Card card) {
        String front = card.front();
        String context = CardText.context(front);
        String question = CardText.question(front);
        List<Fact> out = new ArrayList<>(2);
        switch (card.kind()) {
            case COMMAND, BASIC, REVERSED -> {
                String command = CardText.singleCommand(card.back());
                if (command != null) {
                    out.add(new Fact(card, front, command, AnswerKind.COMMAND));
                } else {
                    prose(card, front, out);
                }
            }
            case DEFINITION -> {
                String term = CardText.boldTerm(question);
                String definition = CardText.prose(card.back());
                if (definition != null) {
                    if (term != null && AnswerKind.ofText(term) == AnswerKind.TERM
                            && !CardText.normalise(definition).contains(CardText.normalise(term))) {
                        out.add(new Fact(card, CardText.withContext(context, "Which term is this?\n\n> " + definition),
                                term, AnswerKind.TERM));
                    }
                    prose(card, front, out);
                }
            }
            case TABLE_FACT -> prose(card, front, out);
            case CLOZE -> Cloze.of(card).ifPresent(c -> {
                AnswerKind k = AnswerKind.ofText(c.answer());
                if (k != null) out.add(new Fact(card, front, c.answer(), k));
            });
            case DIAGRAM -> {
                String label = hiddenLabel(card);
                if (label != null) out.add(new Fact(card, front, label, AnswerKind.LABEL));
            }
            default -> {
            }
        }
        return out;
    }

    private static void prose(Card card, String front, List<Fact> out) {
        String answer = CardText.prose(card.back());
        if (answer == null) return;
        AnswerKind k = AnswerKind.ofText(answer);
        if (k != null) out.add(new Fact(card, front, answer, k));
    }

    /** A diagram card's answer: its back opens with the hidden label in bold, and its front shows a "?". */
    private static String hiddenLabel(Card card) {
        if (!card.front().contains(Diagram.HIDDEN)) return null;
        String back = card.back().strip();
        int end = back.indexOf("\n\n");
        String first = end < 0 ? back : back.substring(0, end);
        if (!first.startsWith("**") || !first.endsWith("**") || first.length() <= 4) return null;
        String label = CardText.oneLine(first.substring(2, first.length() - 2));
        return label.isEmpty() || label.length() > CardText.MAX_PHRASE_CHARS ? null : label;
    }

    /** An answer some card lends as a distractor; {@code prompt} is null for diagram labels that answer nothing. */
    record Answer(Card card, String text, String display, AnswerKind kind, String prompt) {
        /** See {@link Fact#questionKey()}; computed only for the few candidates that rank high. */
        String questionKey() {
            return prompt == null ? null : CardText.normalise(CardText.question(prompt));
        }
    }

    /** The answers a card lends: its facts' answers (and for a diagram, when {@code labels}, every node label). */
    static List<Answer> lent(Card card, List<Fact> facts, boolean labels) {
        List<Answer> out = new ArrayList<>(facts.size() + 4);
        for (Fact f : facts) out.add(new Answer(card, f.answer(), f.display(), f.kind(), f.prompt()));
        if (labels && card.back().contains("mermaid")) {
            Optional<Diagram> d = Diagram.of(card);
            if (d.isPresent()) {
                for (String label : d.get().labels()) {
                    if (out.stream().noneMatch(a -> a.text().equals(label))) {
                        out.add(new Answer(card, label, label, AnswerKind.LABEL, null));
                    }
                }
            }
        }
        return out;
    }
}
