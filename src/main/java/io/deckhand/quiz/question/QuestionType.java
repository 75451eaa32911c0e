package io.deckhand.quiz.question;

/** The kinds of quiz question; {@link #code()} is what the CLI's {@code --types} and JSON use. */
public enum QuestionType {
    COMMAND("command"),
    MANIFEST("manifest"),
    MULTIPLE_CHOICE("mc"),
    TRUE_FALSE("tf"),
    CLOZE("cloze"),
    FILL_FIELD("field"),
    DIAGRAM_NODE("node"),
    TYPED("typed");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static QuestionType fromCode(String code) {
        for (QuestionType t : values()) {
            if (t.code.equalsIgnoreCase(code.strip())) return t;
        }
        throw new IllegalArgumentException("unknown question type: " + code);
    }
}
