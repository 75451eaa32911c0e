package io.deckhand.quiz.grade;

import io.deckhand.quiz.grade.CommandVocabulary.Flag;
import io.deckhand.quiz.grade.ShellTokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns a command line into its meaning: pipeline parts, each with its program, environment
 * assignments, positional arguments in order (kubectl resource types folded to one spelling),
 * flags as a set keyed by their long name, the words after {@code --} and redirections.
 */
final class CommandParser {
    static final String KUBECTL = "kubectl";

    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-[0-9][0-9.]*");
    private static final Pattern LETTERS = Pattern.compile("-[A-Za-z]+");

    /** One argument with the role it plays (command, resource, name, argument), for messages. */
    record Part(String role, String text) {
    }

    /** One simple command of a pipeline or list, and the operator that follows it ("" at the end). */
    record Segment(String program, Map<String, String> env, List<Part> positionals,
                   Map<String, List<String>> flags, List<String> trailing, Map<String, String> redirects,
                   String text, String next) {
        int size() {
            return 1 + env.size() + positionals.size() + flags.values().stream().mapToInt(List::size).sum()
                    + trailing.size() + redirects.size();
        }
    }

    private final CommandVocabulary vocabulary;
    /** Long flags written as --name=value on either side: for programs Deckhand does not know, they take a value. */
    private final Set<String> valueFlags;

    CommandParser(CommandVocabulary vocabulary, Set<String> valueFlags) {
        this.vocabulary = vocabulary;
        this.valueFlags = valueFlags;
    }

    /** The long flags of {@code line} written as {@code --name=value}. */
    static void collectValueFlags(List<Token> tokens, Set<String> into) {
        for (Token t : tokens) {
            if (!t.operator() && t.text().startsWith("--") && t.text().indexOf('=') > 2) {
                into.add(t.text().substring(2, t.text().indexOf('=')));
            }
        }
    }

    List<Segment> parse(List<Token> tokens) {
        List<Segment> segments = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Map<String, String> redirects = new TreeMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.operator()) {
                words.add(t.text());
            } else if (t.redirection()) {
                boolean hasTarget = i + 1 < tokens.size() && !tokens.get(i + 1).operator();
                redirects.put(t.text(), hasTarget ? tokens.get(++i).text() : "");
            } else {
                if (!words.isEmpty() || !redirects.isEmpty()) {
                    segments.add(segment(words, redirects, t.text()));
                }
                words = new ArrayList<>();
                redirects = new TreeMap<>();
            }
        }
        if (!words.isEmpty() || !redirects.isEmpty()) {
            segments.add(segment(words, redirects, ""));
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).next().equals(";")) {
            Segment last = segments.remove(segments.size() - 1); // a trailing ";" or newline means nothing
            segments.add(new Segment(last.program(), last.env(), last.positionals(), last.flags(), last.trailing(),
                    last.redirects(), last.text(), ""));
        }
        return segments;
    }

    private Segment segment(List<String> words, Map<String, String> redirects, String next) {
        Map<String, String> env = new TreeMap<>();
        int i = 0;
        while (i < words.size() && ENV.matcher(words.get(i)).matches()) {
            String w = words.get(i++);
            env.put(w.substring(0, w.indexOf('=')), w.substring(w.indexOf('=') + 1));
        }
        String program = i < words.size() ? vocabulary.program(words.get(i)) : "";
        List<String> args = i < words.size() ? words.subList(i + 1, words.size()) : List.of();
        Scan scan = new Scan();
        if (program.equals(KUBECTL)) {
            String verb = new Scan().kubectl(args, null).positionals.stream().findFirst().orElse(null);
            scan.kubectl(args, verb);
        } else {
            scan.generic(args, vocabulary.splitsShortFlags(program));
        }
        List<Part> positionals = program.equals(KUBECTL) ? kubectlPositionals(scan.positionals)
                : numbered(scan.positionals, 0);
        Map<String, List<String>> flags = new LinkedHashMap<>();
        scan.flags.forEach((k, v) -> flags.put(k, v.stream().sorted().toList()));
        return new Segment(program, env, positionals, flags, List.copyOf(scan.trailing), Map.copyOf(redirects),
                display(words), next);
    }

    /** kubectl verb, sub-command and resource type in one spelling; pod/NAME as NAME for pod verbs. */
    private List<Part> kubectlPositionals(List<String> p) {
        List<Part> out = new ArrayList<>();
        if (p.isEmpty()) {
            return out;
        }
        String verb = p.get(0);
        out.add(new Part("command", verb));
        int i = 1;
        boolean typed = vocabulary.typed(verb);
        if (vocabulary.hasSubcommand(verb) && i < p.size()) {
            String sub = p.get(i++);
            out.add(new Part("sub-command", sub));
            int skip = vocabulary.typedAfter(verb, sub);
            for (int k = 0; k < skip && i < p.size(); k++) {
                out.add(new Part("argument " + (out.size() + 1), p.get(i++)));
            }
            typed |= skip >= 0;
        }
        if (i < p.size()) {
            String first = p.get(i);
            if (vocabulary.fieldPath(verb)) {
                int dot = first.indexOf('.');
                String head = dot < 0 ? first : first.substring(0, dot);
                out.add(new Part("resource", resource(head) + (dot < 0 ? "" : first.substring(dot))));
                i++;
            } else if (typed) {
                i++;
                int slash = first.indexOf('/');
                String type;
                if (slash > 0) {
                    type = resource(first.substring(0, slash));
                    out.add(new Part("resource", type));
                    out.add(new Part("name", first.substring(slash + 1)));
                } else {
                    type = String.join(",", Arrays.stream(first.split(",")).map(this::resource).sorted().toList());
                    out.add(new Part("resource", type));
                }
                for (; i < p.size(); i++) {
                    String a = p.get(i);
                    int s = a.indexOf('/');
                    if (s > 0 && vocabulary.resource(a.substring(0, s)) != null) {
                        String t = resource(a.substring(0, s));
                        out.add(t.equals(type) ? new Part("name", a.substring(s + 1)) : new Part("resource/name", t + a.substring(s)));
                    } else {
                        out.add(new Part("name", a));
                    }
                }
            } else if (vocabulary.podded(verb)) {
                i++;
                int slash = first.indexOf('/');
                String type = slash > 0 ? resource(first.substring(0, slash)) : "pods";
                out.add(type.equals("pods") ? new Part("pod", first.substring(slash + 1))
                        : new Part("resource/name", type + first.substring(slash)));
            }
        }
        out.addAll(numbered(p.subList(i, p.size()), out.size()));
        return out;
    }

    private String resource(String name) {
        String canonical = vocabulary.resource(name);
        return canonical == null ? name : canonical;
    }

    private static List<Part> numbered(List<String> words, int before) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(new Part("argument " + (before + i + 1), words.get(i)));
        }
        return out;
    }

    private static String display(List<String> words) {
        return String.join(" ", words.stream().map(w -> w.isEmpty() || w.matches(".*[\\s'\"\\\\|&;<>$`].*")
                ? "'" + w.replace("'", "'\\''") + "'" : w).toList());
    }

    /** Flags, positionals and the words after {@code --} of one command's arguments. */
    private final class Scan {
        final Map<String, List<String>> flags = new LinkedHashMap<>();
        final List<String> positionals = new ArrayList<>();
        final List<String> trailing = new ArrayList<>();

        Scan kubectl(List<String> args, String verb) {
            for (int j = 0; j < args.size(); j++) {
                String w = args.get(j);
                if (w.equals("--")) {
                    trailing.addAll(args.subList(j + 1, args.size()));
                    break;
                } else if (w.startsWith("--")) {
                    j = longFlag(args, j);
                } else if (w.startsWith("-") && w.length() > 1 && !NUMBER.matcher(w).matches()) {
                    j = shortFlags(args, j, verb);
                } else {
                    positionals.add(w);
                }
            }
            return this;
        }

        private int longFlag(List<String> args, int j) {
            String w = args.get(j);
            int eq = w.indexOf('=');
            String name = eq < 0 ? w.substring(2) : w.substring(2, eq);
            Flag f = vocabulary.flag(name);
            if (eq >= 0) {
                add(name, w.substring(eq + 1));
                return j;
            }
            return takeValue(args, j, name, f);
        }

        private int shortFlags(List<String> args, int j, String verb) {
            String letters = args.get(j).substring(1);
            for (int k = 0; k < letters.length(); k++) {
                String letter = letters.substring(k, k + 1);
                String rest = letters.substring(k + 1);
                String name = vocabulary.longName(verb, letter);
                if (name == null) {
                    if (letters.length() == 1) {
                        return takeValue(args, j, "-" + letter, null);
                    }
                    add("-" + letter, "true");
                    continue;
                }
                Flag f = vocabulary.flag(name);
                boolean takesValue = f == null || f.takes() == CommandVocabulary.Takes.VALUE;
                if (rest.startsWith("=") || (takesValue && !rest.isEmpty())) {
                    add(name, rest.startsWith("=") ? rest.substring(1) : rest);
                    return j;
                }
                if (takesValue || rest.isEmpty()) {
                    return takeValue(args, j, name, f == null ? new Flag(name, CommandVocabulary.Takes.VALUE, null, Set.of()) : f);
                }
                add(name, f.bareValue());
            }
            return j;
        }

        /** Reads the value of a flag written without "=", from the next word when it takes one. */
        private int takeValue(List<String> args, int j, String name, Flag f) {
            boolean hasNext = j + 1 < args.size();
            String next = hasNext ? args.get(j + 1) : null;
            if (f == null) {
                // Unknown kubectl flags mostly take a value; a flag before another flag or "--" cannot.
                if (hasNext && !next.startsWith("-")) {
                    add(name, next);
                    return j + 1;
                }
                add(name, "true");
                return j;
            }
            switch (f.takes()) {
                case BOOL -> add(name, "true");
                case OPTIONAL -> {
                    if (hasNext && f.optionalValues().contains(next)) {
                        add(name, next);
                        return j + 1;
                    }
                    add(name, f.bareValue());
                }
                default -> {
                    add(name, hasNext ? next : "");
                    return hasNext ? j + 1 : j;
                }
            }
            return j;
        }

        void generic(List<String> args, boolean splitShort) {
            for (int j = 0; j < args.size(); j++) {
                String w = args.get(j);
                if (w.equals("--")) {
                    trailing.addAll(args.subList(j + 1, args.size()));
                    break;
                } else if (w.startsWith("--")) {
                    int eq = w.indexOf('=');
                    String name = eq < 0 ? w.substring(2) : w.substring(2, eq);
                    if (eq >= 0) {
                        add(name, w.substring(eq + 1));
                    } else if (valueFlags.contains(name) && j + 1 < args.size()) {
                        add(name, args.get(++j));
                    } else {
                        add(name, "true");
                    }
                } else if (splitShort && LETTERS.matcher(w).matches()) {
                    w.substring(1).chars().forEach(c -> add("-" + (char) c, "true"));
                } else if (w.startsWith("-") && w.length() > 1 && !NUMBER.matcher(w).matches()) {
                    add("-" + w.substring(1), "true");
                } else {
                    positionals.add(w);
                }
            }
        }

        private void add(String name, String value) {
            String key = name.startsWith("-") ? name : "--" + name;
            String v = vocabulary.commaSet(name)
                    ? String.join(",", Arrays.stream(value.split(",")).map(String::strip).sorted().toList()) : value;
            flags.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
        }
    }
}
