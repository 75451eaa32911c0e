package io.deckhand.quiz.question;

/** How unlike two answers of one kind look (0 = alike): length, word count, and kind-specific form. */
final class Shape {
    private Shape() {
    }

    static double distance(AnswerKind kind, String a, String b) {
        double d = Math.abs(Math.log((a.length() + 4.0) / (b.length() + 4.0)));
        int wa = CardText.words(a);
        int wb = CardText.words(b);
        d += (double) Math.abs(wa - wb) / Math.max(1, Math.max(wa, wb));
        switch (kind) {
            case COMMAND -> {
                if (!token(a, 0).equals(token(b, 0))) d += 0.8;
                else if (!token(a, 1).isEmpty() && token(a, 1).equals(token(b, 1))) d -= 0.2;
                d += 0.15 * Math.abs(flags(a) - flags(b));
            }
            case TERM, LABEL, YES_NO -> {
                if (allCaps(a) != allCaps(b)) d += 0.3;
                if (hasDigit(a) != hasDigit(b)) d += 0.3;
                if (a.contains(" ") != b.contains(" ")) d += 0.2;
            }
            case PHRASE -> {
                if (Character.isUpperCase(a.charAt(0)) != Character.isUpperCase(b.charAt(0))) d += 0.2;
                if (a.endsWith(".") != b.endsWith(".")) d += 0.2;
            }
        }
        return d;
    }

    /** The {@code index}th whitespace-separated word, or "". */
    static String token(String s, int index) {
        int i = 0;
        int n = s.length();
        for (int k = 0; ; k++) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
            if (start == i) return "";
            if (k == index) return s.substring(start, i);
        }
    }

    private static int flags(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '-' && (i == 0 || s.charAt(i - 1) == ' ')) n++;
        }
        return n;
    }

    private static boolean allCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
