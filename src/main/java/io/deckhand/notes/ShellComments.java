package io.deckhand.notes;

import java.util.Locale;
import java.util.Set;

/**
 * How the comment lines of a command block ("# ..." in a cheat sheet) belong to its commands: a comment
 * wrapped over several lines is one description; a line warning what running a command causes is a
 * caveat for its answer side; a comment that names the commands it heads ("# Get commands") labels the
 * group and describes none of them; a line that lost its "#" in a fixed-width wrap still ends the comment.
 */
final class ShellComments {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final java.util.regex.Pattern WHITESPACE_RUN = java.util.regex.Pattern.compile("\\s+");
    private ShellComments() {
    }

    private static final class Holder {
        static final Set<String> OPEN_ENDS = Vocabulary.load("comment-open-ends.txt");
        static final Set<String> CAVEAT_OPENERS = Vocabulary.load("comment-caveat-openers.txt");
        static final Set<String> CONTENT_NOUNS = Vocabulary.load("comment-content-nouns.txt");
        static final Set<String> ASIDE_OPENERS = Vocabulary.load("comment-asides.txt");
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}'’-]+");

    /**
     * Whether {@code next} carries on the comment line before it: that line ends no sentence (no stop,
     * and it starts no caveat), and the next starts in lower case, or the line before stopped mid-phrase
     * (after a comma, a preposition, a determiner or a conjunction).
     */
    static boolean wrapsOn(String before, String next) {
        if (next.isEmpty() || before.isEmpty() || isCaveat(next)) return false;
        char last = before.charAt(before.length() - 1);
        if (".!?:".indexOf(last) >= 0) return false;
        return Character.isLowerCase(next.charAt(0)) || last == ',' || RuleContext.cutOff(before) || endsOpen(before);
    }

    /** Words only, ending at a stop: no flag, path, quote, operator or assignment a command would hold. */
    private static final java.util.regex.Pattern PROSE_LINE = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*(?:[,;]?\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)*[.!?]");
    /** A comment line reaching this column was likely cut by a fixed-width wrap, not ended by its writer. */
    private static final int WRAP_WIDTH = 48;

    /**
     * Whether {@code line}, a line without "#" right under a comment (its "#" at {@code hashColumn} of
     * {@code commentLine}), is the rest of that comment's sentence, its "#" lost when the notes were
     * wrapped at a fixed width: the comment ends no sentence; the line is words only and ends one, and no
     * command; and it is set out-dented from the "#", or the comment line is as long as a wrapped one or
     * stopped mid-phrase.
     */
    static boolean continuesWithoutMark(String commentLine, int hashColumn, String comment, String line) {
        String c = comment.strip();
        String t = line.strip();
        if (c.isEmpty() || t.isEmpty() || ".!?:;".indexOf(c.charAt(c.length() - 1)) >= 0) return false;
        if (!PROSE_LINE.matcher(t).matches() || PlainLines.command(t) != null) return false;
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) indent++;
        return indent < hashColumn || commentLine.stripTrailing().length() >= WRAP_WIDTH || stopsMidPhrase(c);
    }

    /** Words only, running on: a line a fixed-width wrap cut before its sentence ended. */
    private static final java.util.regex.Pattern RUNNING_LINE = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*(?:[,;]?\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)*,?");
    /** A comment's rest longer than this is no wrapped sentence but text of its own. */
    private static final int MAX_REST_LINES = 6;

    /**
     * How many lines from {@code from} are the rest of the comment that lost its "#" in a fixed-width
     * wrap (0 when none): one line as {@link #continuesWithoutMark} reads it, or a sentence wrapped over
     * several: each line but the last reaches the wrap width without ending it, the last ends it, none is
     * a command, and the first is placed as a wrapped rest is (out-dented, or after a wrap-long or
     * mid-phrase comment line).
     */
    static int restWithoutMark(String commentLine, int hashColumn, String comment, String[] raw, int from) {
        if (from >= raw.length) return 0;
        if (continuesWithoutMark(commentLine, hashColumn, comment, raw[from])) return 1;
        String c = comment.strip();
        if (c.isEmpty() || ".!?:;".indexOf(c.charAt(c.length() - 1)) >= 0) return 0;
        int indent = 0;
        while (indent < raw[from].length() && Character.isWhitespace(raw[from].charAt(indent))) indent++;
        if (indent >= hashColumn && commentLine.stripTrailing().length() < WRAP_WIDTH && !stopsMidPhrase(c)) return 0;
        String sofar = c;
        for (int j = from; j < raw.length && j - from < MAX_REST_LINES; j++) {
            String t = raw[j].strip();
            if (t.isEmpty() || t.startsWith("#") || PlainLines.command(t) != null) return 0;
            if (j > from && continuesWithoutMark(raw[j - 1], hashColumn, sofar, raw[j])) return j - from + 1;
            if (!RUNNING_LINE.matcher(t).matches() || raw[j].stripTrailing().length() < WRAP_WIDTH) return 0;
            sofar = sofar + " " + t;
        }
        return 0;
    }

    /** The line stops where no sentence ends: after a comma or on a word such as "with", "the", "or". */
    static boolean stopsMidPhrase(String line) {
        String t = line.strip();
        return !t.isEmpty() && (t.endsWith(",") || RuleContext.cutOff(t) || endsOpen(t));
    }

    /** The line stops on a word no sentence ends with ("... that holds a", "... together with"). */
    static boolean endsOpen(String line) {
        String[] words = WHITESPACE_RUN.split(line.strip());
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        return words.length >= 2 && WORD.matcher(lastWord).matches() && Holder.OPEN_ENDS.contains(lastWord);
    }

    /**
     * "will cause a short outage", "Warning: drops the cache": the line warns what running the command
     * causes; it does not say what the command does. What a command prints ("will show 2 pods") is an
     * expected result, no caveat.
     */
    static boolean isCaveat(String line) {
        String l = Inline.plain(line).strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty() || CommandRules.statesExpectedResult(l)) return false;
        for (String opener : Holder.CAVEAT_OPENERS) {
            if (l.startsWith(opener) && (l.length() == opener.length() || !Character.isLetterOrDigit(l.charAt(opener.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Get commands with basic output", "Useful examples": the comment names the commands it heads (a
     * plural such as "commands" as its first or second word), so it labels them and is no question.
     */
    static boolean labelsGroup(String comment) {
        String[] words = WHITESPACE_RUN.split(Inline.plain(comment).strip().toLowerCase(Locale.ROOT));
        for (int i = 0; i < Math.min(2, words.length); i++) {
            if (Holder.CONTENT_NOUNS.contains(words[i].replaceAll("[^a-z-]", ""))) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[a-z0-9]+");
    /** A pronoun standing for the thing the command acts on, which the note never names. */
    private static final Set<String> PRONOUNS = Set.of("it", "they", "them");
    private static final Set<String> COMPLEMENTISERS = Set.of("if", "that", "whether");
    /** "It works": a pronoun and a word or two is an outcome, no description. */
    private static final int BARE_OUTCOME_WORDS = 3;

    /**
     * "Test if it works", "Watch it get killed", "it works": a check of "it" or a bare outcome of "it",
     * where "it" is what the command acts on and the note never names it.
     */
    private static boolean checksOnlyIt(String[] words) {
        if (PRONOUNS.contains(words[0])) return words.length <= BARE_OUTCOME_WORDS;
        if (!Vocabulary.isCheckVerb(words[0]) || words.length < 2) return false;
        if (PRONOUNS.contains(words[1])) return true;
        return words.length >= 3 && COMPLEMENTISERS.contains(words[1]) && PRONOUNS.contains(words[2]);
    }
    /** A note this long has room to say something of its own; an aside is short. */
    private static final int ASIDE_MAX_WORDS = 8;

    /**
     * Whether a note next to {@code command} is an aside, not what the command does: it names nothing
     * the command names (no content word shared with the command and its arguments), and it either
     * opens as a note to the reader (where or as whom to run it, what to do around it:
     * {@code comment-asides.txt}) or only checks "it", what the command acts on ("Test if it works",
     * {@code check-verbs.txt}): the answer says neither the command's action nor its object. "Marks it
     * unschedulable" says an action and stays. A note saying what a check should find ("Should be
     * blocked", {@link TaskRules#isExpectation}) is an aside too, whatever words it shares.
     */
    static boolean isAside(String note, String command) {
        if (TaskRules.isExpectation(note)) return true;
        String n = Inline.plain(note).strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("(")) n = n.substring(1).strip();
        n = n.replaceAll("[.)!]+$", "").strip();
        String[] words = n.split("\\s+");
        if (n.isEmpty() || words.length > ASIDE_MAX_WORDS || sharesContentWord(n, command.toLowerCase(Locale.ROOT))) return false;
        if (checksOnlyIt(words)) return true;
        for (String opener : Holder.ASIDE_OPENERS) {
            if (n.startsWith(opener) && (n.length() == opener.length() || !Character.isLetterOrDigit(n.charAt(opener.length())))) {
                return true;
            }
        }
        return false;
    }

    /** A word of three letters or more, no function word, that the command holds too, or one that opens the other ("pods", "pod"). */
    private static boolean sharesContentWord(String note, String command) {
        java.util.List<String> own = new java.util.ArrayList<>();
        java.util.regex.Matcher c = TOKEN.matcher(command);
        while (c.find()) if (c.group().length() >= 3) own.add(c.group());
        java.util.regex.Matcher m = TOKEN.matcher(note);
        while (m.find()) {
            String w = m.group();
            if (w.length() < 3 || Vocabulary.isFunctionWord(w)) continue;
            for (String o : own) {
                if (o.equals(w) || Math.min(o.length(), w.length()) >= 4 && (o.startsWith(w) || w.startsWith(o))) return true;
            }
        }
        return false;
    }

    /** A caveat as a sentence for the answer side: "will cause an outage" reads "It will cause an outage." */
    static String caveatSentence(String caveat) {
        String c = Inline.plain(caveat).strip();
        if (c.isEmpty()) return "";
        String first = c.split("\\s+", 2)[0];
        if (Character.isLowerCase(first.charAt(0)) && Set.of("will", "would", "may", "might", "could").contains(first)) c = "It " + c;
        c = Inline.capitalise(c);
        char last = c.charAt(c.length() - 1);
        return ".!?".indexOf(last) >= 0 ? c : c + ".";
    }

    /** A JSON literal quoted in a command line ('{"spec":{...}}', '[{"op":...}]'): the data the command sends. */
    private static final java.util.regex.Pattern PAYLOAD = java.util.regex.Pattern.compile("'([\\{\\[].*?[\\}\\]])'|\"([\\{\\[].*?[\\}\\]])\"");
    /** A key whose value is a scalar, not a nested object or array: a field the payload sets. */
    private static final java.util.regex.Pattern LEAF_KEY = java.util.regex.Pattern.compile("\"([A-Za-z_][\\w.-]*)\"\\s*:\\s*(?![\\s{\\[])");
    private static final java.util.regex.Pattern PATCH_PATH = java.util.regex.Pattern.compile("\"path\"\\s*:\\s*\"([^\"]+)\"");
    /** The members of a JSON Patch operation (RFC 6902): its form, not fields of the object patched. */
    private static final Set<String> PATCH_MEMBERS = Set.of("op", "path", "value", "from");
    private static final java.util.regex.Pattern CAMEL_HUMP = java.util.regex.Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /**
     * The fields a command's quoted JSON payload sets ("unschedulable" of '{"spec":{"unschedulable":true}}',
     * "image" of a JSON Patch path "/spec/containers/0/image"), in order; none without a payload.
     */
    static java.util.List<String> payloadFields(String command) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher p = PAYLOAD.matcher(command);
        while (p.find()) {
            String json = p.group(1) != null ? p.group(1) : p.group(2).replace("\\\"", "\"");
            java.util.regex.Matcher path = PATCH_PATH.matcher(json);
            while (path.find()) {
                String[] parts = path.group(1).split("/");
                for (int i = parts.length - 1; i >= 0; i--) {
                    if (!parts[i].isEmpty() && !parts[i].chars().allMatch(Character::isDigit) && !parts[i].equals("-")) {
                        out.add(parts[i]);
                        break;
                    }
                }
            }
            java.util.regex.Matcher key = LEAF_KEY.matcher(json);
            while (key.find()) if (!PATCH_MEMBERS.contains(key.group(1))) out.add(key.group(1));
        }
        return java.util.List.copyOf(out);
    }

    /**
     * Whether the question names every field the command's payload sets, as written or in words
     * ("containerPort" as "container port", an array by its item): otherwise "Which command ...?" cannot be answered from it.
     */
    static boolean namesPayload(String question, String command) {
        String q = Inline.plain(question).toLowerCase(Locale.ROOT);
        for (String field : payloadFields(command)) {
            String f = field.toLowerCase(Locale.ROOT);
            String words = CAMEL_HUMP.matcher(field).replaceAll(" ").toLowerCase(Locale.ROOT);
            // An array named by one of its items: "the first label" for "labels".
            String one = f.endsWith("s") && f.length() > 3 ? f.substring(0, f.length() - 1) : f;
            if (!NamedTargets.mentions(q, f) && !NamedTargets.mentions(q, words) && !NamedTargets.mentions(q, one)) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern TRAILING_LINK = java.util.regex.Pattern.compile(
            "[\\s,;:-]*[(<]?https?://\\S+?[)>]?[.]?\\s*$");

    /**
     * "drain a node https://example.org/drain": a link after what a comment says is where to read more, no
     * part of it. A link the sentence needs ("Download from https://...") stays.
     */
    static String withoutLinks(String comment) {
        java.util.regex.Matcher m = TRAILING_LINK.matcher(comment);
        if (!m.find()) return comment;
        String said = comment.substring(0, m.start()).strip();
        return stopsMidPhrase(said) ? comment : said;
    }
}
