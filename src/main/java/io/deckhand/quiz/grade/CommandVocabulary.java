package io.deckhand.quiz.grade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the command grader knows about kubectl: resource names and their aliases, flags with their
 * short letters and whether they take a value, and which verbs take a resource type. Read once from
 * the bundled {@code kubectl.txt}, immutable.
 */
final class CommandVocabulary {
    /** How a flag consumes the words after it. */
    enum Takes { VALUE, BOOL, OPTIONAL }

    /** A known flag; for OPTIONAL ones, the value of a bare flag and the words it may take. */
    record Flag(String name, Takes takes, String bareValue, Set<String> optionalValues) {
    }

    private static final CommandVocabulary BUNDLED = load();

    private final Map<String, String> programs = new HashMap<>();
    private final Map<String, String> resources = new HashMap<>();
    private final Map<String, Flag> flags = new HashMap<>();
    private final Map<String, String> shorts = new HashMap<>();
    private final Map<String, String> verbShorts = new HashMap<>();
    private final Set<String> commaSets = new HashSet<>();
    private final Set<String> subcommandVerbs = new HashSet<>();
    private final Set<String> typedVerbs = new HashSet<>();
    private final Set<String> podVerbs = new HashSet<>();
    private final Set<String> fieldPathVerbs = new HashSet<>();
    private final Set<String> noSplitPrograms = new HashSet<>();
    private final Map<String, Integer> typedAfter = new HashMap<>();

    static CommandVocabulary bundled() {
        return BUNDLED;
    }

    private static CommandVocabulary load() {
        try (InputStream in = CommandVocabulary.class.getResourceAsStream("kubectl.txt")) {
            if (in == null) {
                throw new IllegalStateException("kubectl.txt missing from the class path");
            }
            CommandVocabulary v = new CommandVocabulary();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(v::read);
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(String line) {
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (text.isEmpty()) {
            return;
        }
        String[] w = text.split("\\s+");
        List<String> rest = Arrays.asList(w).subList(1, w.length);
        switch (w[0]) {
            case "program" -> programs.put(w[1], w[2]);
            case "resource" -> rest.forEach(alias -> resources.put(alias, w[1]));
            case "flag" -> {
                Flag f = flag(w[1], w[3]);
                flags.put(w[1], f);
                if (!w[2].equals("-")) {
                    shorts.put(w[2], w[1]);
                }
            }
            case "short" -> verbShorts.put(w[1] + " " + w[2], w[3]);
            case "commaset" -> commaSets.addAll(rest);
            case "subcommand" -> subcommandVerbs.addAll(rest);
            case "typed" -> typedVerbs.addAll(rest);
            case "podded" -> podVerbs.addAll(rest);
            case "fieldpath" -> fieldPathVerbs.addAll(rest);
            case "nosplit" -> noSplitPrograms.addAll(rest);
            case "typedafter" -> typedAfter.put(w[1] + " " + w[2], Integer.parseInt(w[3]));
            default -> throw new IllegalStateException("kubectl.txt: unknown entry " + w[0]);
        }
    }

    private static Flag flag(String name, String takes) {
        if (takes.equals("value")) {
            return new Flag(name, Takes.VALUE, null, Set.of());
        }
        if (takes.equals("bool")) {
            return new Flag(name, Takes.BOOL, "true", Set.of());
        }
        String[] parts = takes.split(":");
        return new Flag(name, Takes.OPTIONAL, parts[1], Set.of(parts[2].split(",")));
    }

    /** The program a typed word stands for ({@code k} is {@code kubectl}). */
    String program(String word) {
        return programs.getOrDefault(word, word);
    }

    /** The canonical name of a resource type (pods for po, Pod, pod), or null when unknown. */
    String resource(String name) {
        return resources.get(name.toLowerCase(Locale.ROOT));
    }

    /** The long name of a short kubectl flag letter after {@code verb}, or null when unknown. */
    String longName(String verb, String letter) {
        String special = verb == null ? null : verbShorts.get(verb + " " + letter);
        return special != null ? special : shorts.get(letter);
    }

    /** A known kubectl flag by long name, or null. */
    Flag flag(String longName) {
        return flags.get(longName);
    }

    boolean commaSet(String longName) {
        return commaSets.contains(longName);
    }

    boolean hasSubcommand(String verb) {
        return subcommandVerbs.contains(verb);
    }

    boolean typed(String verb) {
        return typedVerbs.contains(verb);
    }

    /** For a verb's sub-command whose resource type comes after some words (auth can-i VERB TYPE): how many; -1 for none. */
    int typedAfter(String verb, String subcommand) {
        return typedAfter.getOrDefault(verb + " " + subcommand, -1);
    }

    boolean podded(String verb) {
        return podVerbs.contains(verb);
    }

    boolean fieldPath(String verb) {
        return fieldPathVerbs.contains(verb);
    }

    boolean splitsShortFlags(String program) {
        return !noSplitPrograms.contains(program);
    }
}
