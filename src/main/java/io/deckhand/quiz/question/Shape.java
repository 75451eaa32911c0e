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
                String[] ta = a.split("\\s+");
                String[] tb = b.split("\\s+");
                if (!ta[0].equals(tb[0])) d += 0.8;
                else if (ta.length > 1 && tb.length > 1 && ta[1].equals(tb[1])) d -= 0.2;
                d += 0.15 * Math.abs(flags(ta) - flags(tb));
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

    private static int flags(String[] tokens) {
        int n = 0;
        for (String t : tokens) if (t.startsWith("-")) n++;
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
