package io.deckhand.ui.quiz;

/** Believable wrong answers for the screenshot mode: the right one with a piece left out. */
final class DemoAnswers {
    private DemoAnswers() {
    }

    static String slightlyWrong(String right) {
        String r = right.strip();
        int lastLine = r.lastIndexOf('\n');
        if (lastLine > 0) return r.substring(0, lastLine); // a manifest without its last line
        int lastSpace = r.lastIndexOf(' ');
        return lastSpace > 0 ? r.substring(0, lastSpace) : r + "x";
    }
}
