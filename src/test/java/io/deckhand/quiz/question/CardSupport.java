package io.deckhand.quiz.question;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;

/** The test's own, coarser idea of which cards can give which question type (an upper bound). */
final class CardSupport {
    private CardSupport() {
    }

    static boolean supports(Card card, QuestionType type) {
        CardKind k = card.kind();
        String back = card.back();
        return switch (type) {
            case COMMAND -> (k == CardKind.COMMAND || k == CardKind.BASIC || k == CardKind.REVERSED)
                    && back.strip().startsWith("`") && back.strip().replace("```bash\n", "").strip().lines().count() <= 2;
            case MANIFEST -> k == CardKind.MANIFEST && back.contains("```yaml");
            case MULTIPLE_CHOICE, TRUE_FALSE -> k != CardKind.LIST && k != CardKind.MANIFEST;
            case CLOZE -> k == CardKind.CLOZE && card.front().contains("[");
            case FILL_FIELD -> back.contains("```yaml") || back.contains("```yml");
            case DIAGRAM_NODE -> back.contains("```mermaid") && back.contains("-->");
            case TYPED -> k == CardKind.BASIC || k == CardKind.REVERSED || k == CardKind.DEFINITION || k == CardKind.TABLE_FACT;
        };
    }
}
