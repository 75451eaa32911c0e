package io.deckhand.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the quiz and exam commands share: deck and type options, and a question as JSON. */
final class QuizJson {
    private QuizJson() {
    }

    /** {"type","prompt","options","answer","card_id"}; type is the type's code. */
    static ObjectNode question(ObjectNode n, Question q) {
        n.put("type", q.type().code());
        n.put("prompt", q.prompt());
        ArrayNode options = n.putArray("options");
        q.options().forEach(options::add);
        n.put("answer", q.answer());
        n.put("card_id", q.cardId().value());
        return n;
    }

    static List<DeckId> decks(AppServices services, List<String> names) throws DeckhandException {
        List<DeckId> ids = new ArrayList<>();
        if (names == null) return ids;
        for (String name : names) ids.add(services.deckOptions().deckNamed(name).id());
        return ids;
    }

    /** "command,manifest,mc" as types; none given = {@code fallback}. */
    static Set<QuestionType> types(List<String> codes, Set<QuestionType> fallback) throws InvalidInputException {
        if (codes == null || codes.isEmpty()) return fallback;
        Set<QuestionType> out = EnumSet.noneOf(QuestionType.class);
        for (String code : codes) {
            if (code.isBlank()) continue;
            try {
                out.add(QuestionType.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown question type \"" + code.strip() + "\". Known types: "
                        + Arrays.stream(QuestionType.values()).map(QuestionType::code).collect(Collectors.joining(", "))
                        + ".");
            }
        }
        return out.isEmpty() ? fallback : out;
    }
}
