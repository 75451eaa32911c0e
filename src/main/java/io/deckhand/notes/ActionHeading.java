package io.deckhand.notes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A heading that is an action, a verb phrase rather than a name: a verb of doing first, bare ("Drain a
 * node") or as its -ing form ("Draining a node"), and then its object. Told by the shape of the words:
 * the verb from the word lists, an object after it that is no part of a noun compound ("Update strategy",
 * "Rolling updates" name things). The action reads as an instruction ("drain a node") to ask "How do you
 * ...?" with; an object the heading leaves to its section ("Create one from a file" under "ConfigMap")
 * is taken from the section's heading.
 */
final class ActionHeading {
    private static final int MAX_WORDS = 10;
    private static final Pattern NOT_LETTER = Pattern.compile("[^A-Za-z-]");
    /** "one", "it", "them": the object is the section's subject, said again. */
    private static final Set<String> STAND_INS = Set.of("one", "it", "them", "these", "this");
    /** "from a file", "with a selector": the verb's object is left out, the phrase goes on with how. */
    private static final Set<String> PREPOSITIONS = Set.of("from", "with", "in", "into", "to", "for", "on", "using",
            "via", "by", "as", "without", "across", "between");

    /** "and"/"or" between two verbs of one action. */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "&");
    /** "Confirming X and watching it live": a further -ing verb after "and" is a second step of the action. */
    private static final Pattern AND_GERUND = Pattern.compile("(?i)\\b(and|or)\\s+([a-z]+ing)\\b");

    private ActionHeading() {
    }

    private static final class Holder {
        static final Set<String> VERBS = Vocabulary.load("action-verbs.txt");
        static final Set<String> PARTICLES = Vocabulary.load("verb-particles.txt");
    }

    /** A verb a heading may open an action with: a command verb or one of the further action verbs. */
    static boolean isVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Vocabulary.isCommandVerb(w) || PlainLines.isImperative(w) || Holder.VERBS.contains(w);
    }

    /**
     * The base form of an -ing word whose verb is a known one ("draining" → "drain", "configuring" →
     * "configure", "running" → "run"), or null. Spelling rules: the -e dropped before -ing, or the final
     * consonant doubled.
     */
    static String baseOfGerund(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || w.length() < 5) return null;
        String stem = w.substring(0, w.length() - 3);
        if (isVerb(stem)) return stem;
        if (isVerb(stem + "e")) return stem + "e";
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && isVerb(stem.substring(0, n - 1))) return stem.substring(0, n - 1);
        return null;
    }

    /**
     * The heading as an instruction, verb first in its base form and lower case, the rest as written:
     * "Draining a node" → "drain a node"; {@code subject} (the section's heading, or null) stands in for
     * an object the heading leaves out. Null when the heading is no action.
     */
    static String instruction(String heading, String subject) {
        String plain = Inline.plain(heading).replace("*", "").strip();
        if (plain.isEmpty() || plain.startsWith("`") || Vocabulary.isClause(plain) || plain.endsWith(":")) return null;
        String[] w = plain.split("\\s+");
        if (w.length < 2 || w.length > MAX_WORDS || !Character.isLetter(plain.charAt(0))) return null;
        String first = NOT_LETTER.matcher(w[0]).replaceAll("");
        if (!first.equals(w[0])) return null;
        String lower = first.toLowerCase(Locale.ROOT);
        String verb;
        boolean gerund = false;
        if (isVerb(lower)) {
            verb = lower;
        } else {
            verb = baseOfGerund(lower);
            gerund = true;
            if (verb == null) return null;
        }
        int at = 1;
        StringBuilder action = new StringBuilder(verb);
        if (at < w.length && Holder.PARTICLES.contains(w[at].toLowerCase(Locale.ROOT))) action.append(' ').append(w[at++].toLowerCase(Locale.ROOT));
        // "Download and install the config", "Creating and exposing a pod": each verb of the pair in its base form.
        boolean paired = false;
        if (at + 1 < w.length && COORDINATORS.contains(w[at].toLowerCase(Locale.ROOT))) {
            String second = NOT_LETTER.matcher(w[at + 1]).replaceAll("").toLowerCase(Locale.ROOT);
            String base = gerund ? baseOfGerund(second) : isVerb(second) ? second : null;
            if (base != null) {
                action.append(' ').append(w[at].toLowerCase(Locale.ROOT)).append(' ').append(base);
                at += 2;
                paired = true;
            }
        }
        if (at >= w.length) return null;
        String next = NOT_LETTER.matcher(w[at]).replaceAll("").toLowerCase(Locale.ROOT);
        boolean determined = Vocabulary.isDeterminer(next);
        // "Drain and cordon workflow": two verbs before a bare noun name a process; a pair acts on a determined object.
        if (paired && !determined) return null;
        // "Rolling updates", "Running pods": an -ing word that describes, unless a determiner opens its object.
        if (gerund && Vocabulary.isDescribingParticiple(lower) && !determined) return null;
        // "Scaling command", "Testing output": a lone word after the verb that names a part of a note makes a name.
        if (at + 1 == w.length && Vocabulary.isSectionLabel(NOT_LETTER.matcher(w[at]).replaceAll(""))) return null;
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, at, w.length));
        boolean standIn = STAND_INS.contains(next);
        // "Create from a file" leaves a command's object out; "Recover from a failure" has none to leave out.
        if (standIn || PREPOSITIONS.contains(next) && Vocabulary.isCommandVerb(verb)) {
            String thing = subjectNoun(subject, next.equals("them") || next.equals("these"));
            if (thing == null) return null;
            rest = standIn ? thing + rest.substring(w[at].length()) : thing + " " + rest;
        } else if (next.endsWith("ed") && !determined && at + 1 == w.length) {
            // "Getting started": a participle after the verb is no object.
            return null;
        }
        return action + " " + laterGerunds(rest);
    }

    /** "which GC is active and watching it live" → "... and watch it live": every step in its base form. */
    private static String laterGerunds(String rest) {
        java.util.regex.Matcher m = AND_GERUND.matcher(rest);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String base = baseOfGerund(m.group(2));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(base == null ? m.group() : m.group(1) + " " + base));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "Seed tray" → "seed tray", but "ConfigMap" and "HAProxy config" keep the capitals a name is spelt with. */
    private static String ordinaryFirst(String s) {
        int end = s.indexOf(' ') < 0 ? s.length() : s.indexOf(' ');
        String first = s.substring(0, end);
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0)) || !first.substring(1).chars().allMatch(Character::isLowerCase)) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean countable(String subject, String last) {
        return Vocabulary.isBuiltInKind(last) || subject.indexOf(' ') > 0 && last.chars().allMatch(Character::isLowerCase);
    }

    /**
     * The section's subject as the verb's object: "a ConfigMap" for one of them, "ConfigMaps" for all;
     * null when the heading names no thing (a clause, a part of a note, an action of its own).
     */
    private static String subjectNoun(String subject, boolean all) {
        if (subject == null) return null;
        String s = Inline.plain(subject).replace("*", "").strip();
        if (s.isEmpty() || Inline.words(s) > 4 || Vocabulary.isClause(s) || Vocabulary.isSectionLabel(s)
                || instruction(s, null) != null || PlainLines.isImperative(PlainLines.firstToken(s))) {
            return null;
        }
        String[] w = s.split("\\s+");
        String last = w[w.length - 1];
        boolean plural = FactRules.isPlural(last);
        if (all) return plural || !countable(s, last) ? s : s + "s";
        // A name ("etcd", "Helm") takes no article; a kind or a common noun is counted: "a ConfigMap".
        if (!plural && !countable(s, last)) return s;
        String one = ordinaryFirst(plural ? s.substring(0, s.length() - 1) : s);
        char c = Character.toLowerCase(one.charAt(0));
        return ("aeiou".indexOf(c) >= 0 ? "an " : "a ") + one;
    }
}
