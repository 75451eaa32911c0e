package io.deckhand.domain.search;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.search.SearchNode.And;
import io.deckhand.domain.search.SearchNode.Comparison;
import io.deckhand.domain.search.SearchNode.Not;
import io.deckhand.domain.search.SearchNode.Or;
import io.deckhand.domain.search.SearchNode.Property;
import io.deckhand.domain.search.SearchNode.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads Anki's basic search language: words and "quoted phrases" (front or back), {@code deck:},
 * {@code tag:}, {@code is:}, {@code flag:}, {@code kind:}, {@code prop:}, {@code -} to negate,
 * space for AND, {@code or}, and parentheses. Other {@code word:value} tokens are plain text, so a
 * URL or a {@code key: value} line can be searched as it reads.
 */
public final class SearchParser {
    /** Longer searches are refused before they are read: nobody types this much, and it bounds the work. */
    public static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 50;
    private static final Pattern PROP = Pattern.compile("([a-z]+)(<=|>=|!=|<|>|=)(-?\\d+(?:\\.\\d+)?)");

    private final List<Token> tokens;
    private int at;
    private int depth;

    private SearchParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The search as a tree; blank text matches every card. */
    public static SearchNode parse(String text) throws SearchSyntaxException {
        String t = text == null ? "" : text;
        if (t.length() > MAX_LENGTH) {
            throw new SearchSyntaxException("The search is " + t.length() + " characters long; at most "
                    + MAX_LENGTH + " are read.");
        }
        SearchParser p = new SearchParser(tokenize(t));
        if (p.tokens.isEmpty()) return new And(List.of());
        SearchNode node = p.or();
        if (p.at < p.tokens.size()) {
            // the only token or() stops at without consuming is a closing parenthesis
            throw new SearchSyntaxException("There is a \")\" without a matching \"(\".");
        }
        return node;
    }

    private SearchNode or() throws SearchSyntaxException {
        if (++depth > MAX_DEPTH) throw new SearchSyntaxException("The search nests parentheses too deeply.");
        List<SearchNode> parts = new ArrayList<>();
        parts.add(and());
        while (peekWord("or")) {
            at++;
            if (at >= tokens.size() || tokens.get(at).isClose()) {
                throw new SearchSyntaxException("\"or\" needs something to search for after it.");
            }
            parts.add(and());
        }
        depth--;
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private SearchNode and() throws SearchSyntaxException {
        List<SearchNode> parts = new ArrayList<>();
        while (at < tokens.size() && !tokens.get(at).isClose() && !peekWord("or")) {
            if (peekWord("and")) {
                at++;
                continue;
            }
            parts.add(unary());
        }
        if (parts.isEmpty()) {
            if (at >= tokens.size()) throw new SearchSyntaxException("\"and\" needs something to search for after it.");
            if (peekWord("or")) throw new SearchSyntaxException("\"or\" needs something to search for before it.");
            if (depth == 1) throw new SearchSyntaxException("There is a \")\" without a matching \"(\".");
            throw new SearchSyntaxException("There is an empty pair of parentheses.");
        }
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private SearchNode unary() throws SearchSyntaxException {
        Token t = tokens.get(at);
        if (t.kind == TokenKind.OPEN) {
            at++;
            if (at >= tokens.size()) throw new SearchSyntaxException("A \"(\" is never closed.");
            SearchNode inner = or();
            if (at >= tokens.size()) throw new SearchSyntaxException("A \"(\" is never closed.");
            at++; // the ")"
            return t.negated ? new Not(inner) : inner;
        }
        at++;
        SearchNode term = term(t);
        return t.negated ? new Not(term) : term;
    }

    private boolean peekWord(String word) {
        if (at >= tokens.size()) return false;
        Token t = tokens.get(at);
        return t.kind == TokenKind.WORD && !t.quoted && !t.negated && t.text.equalsIgnoreCase(word);
    }

    private static SearchNode term(Token t) throws SearchSyntaxException {
        if (t.quoted || t.key == null) {
            if (t.text.isEmpty()) throw new SearchSyntaxException("There is an empty pair of quotes.");
            return new SearchNode.Text(t.text);
        }
        String value = t.text;
        String key = t.key;
        if (value.isEmpty()) throw new SearchSyntaxException("\"" + key + ":\" needs a value after the colon.");
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (key) {
            case "deck" -> new SearchNode.Deck(value);
            case "tag" -> new SearchNode.Tag(value);
            case "is" -> new SearchNode.Is(status(lower));
            case "flag" -> new SearchNode.Flag(flag(lower));
            case "kind" -> new SearchNode.Kind(kind(lower));
            case "prop" -> prop(lower);
            default -> throw new IllegalStateException("unhandled key " + key);
        };
    }

    private static Status status(String value) throws SearchSyntaxException {
        for (Status s : Status.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(value)) return s;
        }
        throw new SearchSyntaxException("\"is:" + value + "\" is not known; use one of "
                + Arrays.stream(Status.values()).map(s -> "is:" + s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ".");
    }

    private static int flag(String value) throws SearchSyntaxException {
        if (value.length() == 1 && value.charAt(0) >= '0' && value.charAt(0) <= '7') return value.charAt(0) - '0';
        throw new SearchSyntaxException("\"flag:" + value + "\" is not a flag; use flag:0 (none) to flag:7.");
    }

    private static CardKind kind(String value) throws SearchSyntaxException {
        for (CardKind k : CardKind.values()) {
            if (k.code().equals(value)) return k;
        }
        throw new SearchSyntaxException("\"kind:" + value + "\" is not a card kind; use one of "
                + Arrays.stream(CardKind.values()).map(CardKind::code).collect(Collectors.joining(", ")) + ".");
    }

    private static SearchNode prop(String value) throws SearchSyntaxException {
        Matcher m = PROP.matcher(value);
        if (!m.matches()) {
            throw new SearchSyntaxException("\"prop:" + value + "\" should read like prop:ivl>30 "
                    + "(a property, one of < <= > >= = !=, and a number).");
        }
        Property property = null;
        for (Property p : Property.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(m.group(1))) property = p;
        }
        if (property == null) {
            throw new SearchSyntaxException("\"prop:" + m.group(1) + "\" is not known; use one of "
                    + Arrays.stream(Property.values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ".");
        }
        Comparison comparison = null;
        for (Comparison c : Comparison.values()) {
            if (c.symbol().equals(m.group(2))) comparison = c;
        }
        String number = m.group(3);
        if (property != Property.EASE && number.contains(".")) {
            throw new SearchSyntaxException("\"prop:" + value + "\" needs a whole number.");
        }
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new SearchSyntaxException("\"" + number + "\" is not a number.");
        }
        if (Math.abs(v) > 1_000_000) {
            throw new SearchSyntaxException("\"" + number + "\" is out of range (at most a million).");
        }
        return new SearchNode.Prop(property, comparison, v);
    }

    private enum TokenKind { WORD, OPEN, CLOSE }

    /** A word, or a parenthesis; {@code key} is set for deck:, tag:, ... ; {@code quoted} for "a phrase". */
    private record Token(TokenKind kind, String key, String text, boolean quoted, boolean negated) {
        boolean isClose() {
            return kind == TokenKind.CLOSE;
        }
    }

    private static final List<String> KEYS = List.of("deck", "tag", "is", "flag", "kind", "prop");

    private static List<Token> tokenize(String text) throws SearchSyntaxException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
                c = text.charAt(i);
            } else if (c == '-') {
                throw new SearchSyntaxException("A \"-\" must come right before what it excludes, as in -tag:old.");
            }
            if (c == '(') {
                out.add(new Token(TokenKind.OPEN, null, "(", false, negated));
                i++;
                continue;
            }
            if (c == ')') {
                if (negated) throw new SearchSyntaxException("A \"-\" must come right before what it excludes, as in -tag:old.");
                out.add(new Token(TokenKind.CLOSE, null, ")", false, false));
                i++;
                continue;
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) throw new SearchSyntaxException("A quote (\") is never closed.");
                out.add(new Token(TokenKind.WORD, null, text.substring(i + 1, end), true, negated));
                i = end + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '('
                    && text.charAt(i) != ')' && text.charAt(i) != '"') {
                i++;
            }
            String word = text.substring(start, i);
            int colon = word.indexOf(':');
            String key = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : null;
            if (key != null && KEYS.contains(key)) {
                String value = word.substring(colon + 1);
                // deck:"My deck" keeps the quoted value's spaces
                if (value.isEmpty() && i < n && text.charAt(i) == '"') {
                    int end = text.indexOf('"', i + 1);
                    if (end < 0) throw new SearchSyntaxException("A quote (\") is never closed.");
                    value = text.substring(i + 1, end);
                    i = end + 1;
                }
                out.add(new Token(TokenKind.WORD, key, value, false, negated));
            } else {
                out.add(new Token(TokenKind.WORD, null, word, false, negated));
            }
        }
        return out;
    }
}
