package io.deckhand.notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a command acts on ("kubectl scale deployment web -n shop" acts on {@code web} in the
 * namespace {@code shop}), read from the command's structure: the tools and their flags are listed in
 * {@code named-targets.txt}. A task whose answer acts on a name its statement never gives cannot be
 * answered from the front, so the front must carry it.
 */
final class NamedTargets {
    private NamedTargets() {
    }

    /** What a command acts on: object names, and the namespaces it names them in. */
    record Targets(Set<String> names, Set<String> namespaces) {
        boolean isEmpty() {
            return names.isEmpty() && namespaces.isEmpty();
        }
    }

    /** An object's name as a cluster spells it: lower case, digits, dots and dashes, with a letter. */
    private static final Pattern NAME = Pattern.compile("(?=[a-z0-9.-]*[a-z])[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?");
    private static final Pattern KIND_SLASH_NAME = Pattern.compile("[a-z][a-z0-9.]*/(" + NAME.pattern() + ")");
    /** Where one command ends and another (or its output's consumer) starts. */
    private static final Set<String> COMMAND_END = Set.of("|", "||", "&&", ";", "--", ">", ">>", "<");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUOTE_EDGES = Pattern.compile("^['\"]|['\"]$");

    private static final class Holder {
        static final Map<String, Set<String>> WORDS = load("named-targets.txt");
        /** The kind groups split into their words once: kinds() asks for them per token of every command. */
        static final List<String[]> KINDS = WORDS.getOrDefault("kind", Set.of()).stream().map(SPACES::split).toList();
    }

    private static Set<String> listed(String key) {
        return Holder.WORDS.getOrDefault(key, Set.of());
    }

    /** The names the commands act on, in the order they come. */
    static Targets of(List<String> commands) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> namespaces = new LinkedHashSet<>();
        for (String c : commands) read(c, names, namespaces);
        return new Targets(names, namespaces);
    }

    /**
     * The namespace the last context switch among {@code commands} moves to ("kubectl config set-context
     * --current --namespace=shop", "kubens shop"), or null: the commands after it run there.
     */
    static String switchedNamespace(List<String> commands) {
        String out = null;
        for (String c : commands) {
            String[] tokens = tokens(c);
            for (int i = 0; i < tokens.length; i++) {
                if (listed("switch-program").contains(tokens[i]) && i + 1 < tokens.length
                        && NAME.matcher(unquoted(tokens[i + 1])).matches()) {
                    out = unquoted(tokens[i + 1]);
                } else if (listed("tool").contains(tokens[i]) && i + 2 < tokens.length && tokens[i + 1].equals("config")
                        && tokens[i + 2].startsWith("set-context")) {
                    for (int j = i + 3; j < tokens.length && !COMMAND_END.contains(tokens[j]); j++) {
                        int eq = tokens[j].indexOf('=');
                        String flag = eq < 0 ? tokens[j] : tokens[j].substring(0, eq);
                        if (!listed("namespace-flag").contains(flag)) continue;
                        String ns = unquoted(eq >= 0 ? tokens[j].substring(eq + 1) : j + 1 < tokens.length ? tokens[j + 1] : "");
                        if (NAME.matcher(ns).matches()) out = ns;
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code ns} is where commands act when they name none ("default"): nothing a task must say. */
    static boolean isDefaultNamespace(String ns) {
        return listed("default-namespace").contains(ns);
    }

    /** Whether any of the commands runs a tool without naming a namespace (nor all of them). */
    static boolean anyRunsWithoutNamespace(List<String> commands) {
        return commands.stream().anyMatch(NamedTargets::runsWithoutNamespace);
    }

    private static boolean runsWithoutNamespace(String command) {
        String[] tokens = tokens(command);
        boolean tool = false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (listed("tool").contains(t)) {
                tool = true;
                if (i + 1 < tokens.length && listed("nameless-verb").contains(tokens[i + 1])) return false;
            }
            int eq = t.indexOf('=');
            String flag = eq < 0 ? t : t.substring(0, eq);
            if (listed("namespace-flag").contains(flag) || listed("all-namespaces-flag").contains(flag)) return false;
        }
        return tool;
    }

    private static void read(String command, Set<String> names, Set<String> namespaces) {
        String[] tokens = tokens(command);
        int i = 0;
        while (i < tokens.length) {
            if (!listed("tool").contains(tokens[i])) {
                i++;
                continue;
            }
            i = readOne(tokens, i + 1, names, namespaces);
        }
    }

    /** Reads one tool invocation from {@code at}; returns where it ended. */
    private static int readOne(String[] tokens, int at, Set<String> names, Set<String> namespaces) {
        List<String> positional = new ArrayList<>();
        int i = at;
        for (; i < tokens.length && !COMMAND_END.contains(tokens[i]); i++) {
            String t = tokens[i];
            if (!t.startsWith("-")) {
                positional.add(t);
                continue;
            }
            int eq = t.indexOf('=');
            String flag = eq < 0 ? t : t.substring(0, eq);
            if (listed("namespace-flag").contains(flag)) {
                String ns = eq >= 0 ? t.substring(eq + 1) : i + 1 < tokens.length ? tokens[++i] : "";
                ns = unquoted(ns);
                // "-n default" names where the command acts anyway: no requirement of the task.
                if (NAME.matcher(ns).matches() && !listed("default-namespace").contains(ns)) namespaces.add(ns);
            } else if (listed("target-flag").contains(flag)) {
                String value = eq >= 0 ? t.substring(eq + 1) : i + 1 < tokens.length ? tokens[++i] : "";
                var m = KIND_SLASH_NAME.matcher(unquoted(value));
                if (m.matches() && !GENERATED.matcher(m.group(1)).matches()) names.add(m.group(1));
            } else if (eq < 0 && listed("value-flag").contains(flag)) {
                i++;
            }
        }
        if (positional.isEmpty()) return i;
        String verb = positional.get(0);
        if (listed("nameless-verb").contains(verb)) return i;
        List<String> named = new ArrayList<>();
        boolean slashed = false;
        for (String p : positional.subList(1, positional.size())) {
            if (p.startsWith("'") || p.startsWith("\"")) continue;
            var m = KIND_SLASH_NAME.matcher(p);
            if (m.matches()) {
                if (!GENERATED.matcher(m.group(1)).matches()) names.add(m.group(1));
                slashed = true;
            } else if (NAME.matcher(p).matches()) {
                named.add(p);
            }
        }
        if (slashed) return i;
        String name = null;
        if (listed("single-verb").contains(verb)) {
            if (!named.isEmpty()) name = named.get(0);
        } else if (named.size() >= 2) {
            // "get pod web", "rollout status deploy web", "create secret generic web": the kind and any
            // sub-command come first, the name last.
            name = named.get(named.size() - 1);
        }
        if (name != null && !GENERATED.matcher(name).matches()) names.add(name);
        return i;
    }

    /**
     * The words of a command up to its comment ("# you will see it here"); a quoted argument is one
     * word, marked by its quote ("'app in (v2)'" is a value, its words no names).
     */
    private static String[] tokens(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                word.append(c);
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
                word.append(c);
            } else if (Character.isWhitespace(c)) {
                if (word.length() > 0) out.add(word.toString());
                word.setLength(0);
            } else if (c == '#' && word.length() == 0) {
                break;
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) out.add(word.toString());
        return out.toArray(String[]::new);
    }

    /**
     * A name the cluster made up ("web-7bf7478b77", "web-7bf7478b77-gjzp8"): a part that mixes letters
     * and digits as a hash does, with at most a short random suffix after it. The learner cannot know it beforehand, so the front need not give it.
     */
    private static final Pattern GENERATED = Pattern.compile(".*-(?=[a-z0-9]*[0-9])(?=[a-z0-9]*[a-z])[a-z0-9]{5,10}(?:-[a-z0-9]{5})?");

    /** Whether a command acts on a name the cluster made up ("kubectl logs web-7bf7478b77-gjzp8"). */
    static boolean actsOnGenerated(List<String> commands) {
        for (String c : commands) {
            for (String t : tokens(c)) {
                String name = t.contains("/") ? t.substring(t.lastIndexOf('/') + 1) : t;
                if (!t.startsWith("-") && NAME.matcher(name).matches() && GENERATED.matcher(name).matches()) return true;
            }
        }
        return false;
    }

    private static String unquoted(String s) {
        return QUOTE_EDGES.matcher(s).replaceAll("");
    }

    /** Whether {@code text} says {@code name} as a word of its own (in code, quotes or plain). */
    static boolean mentions(String text, String name) {
        String t = text.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int at; (at = t.indexOf(name, from)) >= 0; from = at + 1) {
            boolean startOk = at == 0 || !isNamePart(t.charAt(at - 1));
            int end = at + name.length();
            boolean endOk = end == t.length() || !isNamePart(t.charAt(end))
                    || t.charAt(end) == '.' && (end + 1 == t.length() || !isNamePart(t.charAt(end + 1)));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static boolean isNamePart(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_';
    }

    /** Whether {@code front} names every object and namespace its answer's commands act on. */
    static boolean namesAll(String front, List<String> commands) {
        Targets t = of(commands);
        String plain = Inline.plain(front);
        for (String n : t.names()) if (!mentions(plain, n)) return false;
        for (String ns : t.namespaces()) if (!mentions(plain, ns)) return false;
        return true;
    }

    /**
     * The front with the names its answer acts on that it leaves out, said where a note would say them:
     * after the words that already point at the object ("Delete the job" → "Delete the job `batch`", "Create a job"),
     * else in brackets at the end of the statement ("Scale back to 3 replicas (deployment `web`):").
     * The front as it is when it names them all.
     */
    static String withNames(String front, List<String> commands) {
        return withNames(front, commands, null);
    }

    /**
     * The same, where the answer itself first switches the context to the namespace {@code switched}
     * ("kubectl config set-context --current --namespace=shop"): its commands that name none act there,
     * so the front names it as if they said "-n shop". Null: no switch.
     */
    static String withNames(String front, List<String> commands, String switched) {
        Targets t = of(commands);
        if (switched != null && !isDefaultNamespace(switched) && anyRunsWithoutNamespace(commands)) {
            Set<String> namespaces = new LinkedHashSet<>(t.namespaces());
            namespaces.add(switched);
            t = new Targets(t.names(), namespaces);
        }
        String plain = Inline.plain(front);
        Map<String, String> kinds = kinds(commands);
        String out = front;
        List<String> left = new ArrayList<>();
        for (String n : t.names()) {
            String kind = kinds.getOrDefault(n, "");
            if (mentions(plain, n)) {
                // "Update the nginx image" answered on "deploy nginx": the name alone does not say what the
                // step acts on, which an earlier step made; the front says the kind with it.
                if (!kind.isEmpty() && isKindWord(kind) && !saysKind(plain, kind)) left.add(canonicalKind(kind) + " `" + n + "`");
                continue;
            }
            String placed = kind.isEmpty() ? null : placeAfterKind(out, kind, n);
            if (placed != null) out = placed;
            else left.add(kind.isEmpty() ? "`" + n + "`" : canonicalKind(kind) + " `" + n + "`");
        }
        for (String ns : t.namespaces()) if (!mentions(plain, ns)) left.add("namespace `" + ns + "`");
        if (out.equals(front) && left.isEmpty()) return front;
        String said = left.isEmpty() ? "" : " (" + String.join(", ", left) + ")";
        // The statement's last mark stays last, inside any closing emphasis ("**Do this:**").
        String end = out.stripTrailing();
        int close = end.length();
        while (close > 0 && (end.charAt(close - 1) == '*' || end.charAt(close - 1) == '_')) close--;
        char last = close == 0 ? ' ' : end.charAt(close - 1);
        String head = last == ':' || last == '.' || last == '?' ? end.substring(0, close - 1) : end.substring(0, close);
        // A lead-in's colon announced the code that is now the answer: with the names said, the task reads whole.
        String mark = last == '.' || last == '?' ? String.valueOf(last) : "";
        return head + said + mark + end.substring(close);
    }

    private static final Pattern KIND_WORD_AFTER_ARTICLE = Pattern.compile("(?i)\\b(?:the|this|a|an)\\s+([a-z]+)\\b(?![`'\"\\w-])");

    /** "the job" or "this job" in {@code front} (not in code), with the name placed after it; null if the front has none. */
    private static String placeAfterKind(String front, String kind, String name) {
        Set<String> words = sameKind(kind);
        var m = KIND_WORD_AFTER_ARTICLE.matcher(front);
        while (m.find()) {
            if (!words.contains(m.group(1).toLowerCase(Locale.ROOT))) continue;
            if (insideCode(front, m.start())) continue;
            return front.substring(0, m.end()) + " `" + name + "`" + front.substring(m.end());
        }
        return null;
    }

    private static boolean insideCode(String text, int at) {
        int ticks = 0;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '`') ticks++;
        return ticks % 2 == 1;
    }

    /** The words for the kind {@code word} names ("deploy" → deployment, deployments, deploy); the word alone if unlisted. */
    private static Set<String> sameKind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String[] group : Holder.KINDS) {
            Set<String> words = Set.of(group);
            if (words.contains(w)) return words;
        }
        return Set.of(w);
    }

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");

    /**
     * Whether the text calls something by one of the words of {@code kind}'s group: a long word also run
     * together ("Service Account" for "serviceaccount"), a short alias ("po", "sa") only as a word of its own.
     */
    private static boolean saysKind(String text, String kind) {
        String lower = text.toLowerCase(Locale.ROOT);
        String joined = NOT_LETTER.matcher(lower).replaceAll("");
        Set<String> words = new HashSet<>(List.of(NOT_LETTER.split(lower)));
        for (String w : sameKind(kind)) {
            if (words.contains(w) || words.contains(w + "s") || w.length() > 3 && joined.contains(w)) return true;
        }
        return false;
    }

    /** The full name of the kind {@code word} says ("deploy" → "deployment"). */
    private static String canonicalKind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String[] words : Holder.KINDS) {
            if (List.of(words).contains(w)) return words[0];
        }
        return w;
    }

    /** The kind word each named object is given in its command ("scale deploy web" → web: deploy, "job/batch" → batch: job). */
    static Map<String, String> kinds(List<String> commands) {
        Map<String, String> out = new HashMap<>();
        for (String c : commands) {
            Set<String> names = of(List.of(c)).names();
            String[] tokens = tokens(c);
            for (int i = 0; i < tokens.length; i++) {
                String tok = unquoted(tokens[i]);
                int eq = tok.indexOf('=');
                String value = tok.startsWith("-") && eq >= 0 ? tok.substring(eq + 1) : tok;
                var slash = KIND_SLASH_NAME.matcher(value);
                if (slash.matches() && names.contains(slash.group(1))) {
                    out.putIfAbsent(slash.group(1), value.substring(0, value.indexOf('/')));
                } else if (names.contains(tok) && i > 0 && NAME.matcher(tokens[i - 1]).matches()
                        && !listed("tool").contains(tokens[i - 1])) {
                    out.putIfAbsent(tok, isKindWord(tokens[i - 1]) ? tokens[i - 1] : "");
                }
            }
        }
        return out;
    }

    private static boolean isKindWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Holder.KINDS.stream().anyMatch(g -> List.of(g).contains(w));
    }

    /** A literal a command sets: a count, port, size or percentage ("3", "8080", "250Mi", "70%"). */
    private static final Pattern NUMBER_VALUE = Pattern.compile("\\d+(?:\\.\\d+)?(?:%|[A-Za-z]{1,3})?");

    /**
     * The literal values the commands set through their flags ("--replicas=3", "--port 8080",
     * "--image=redis:7", "--cpu-percent=70"): what a task must state for its answer to be written from
     * its front. Flags that say how a command runs rather than what it makes ("--grace-period=0",
     * "--timeout=60s") are listed as {@code incidental-flag} and set nothing; a {@code reference-flag}
     * names another object the command ties in ("--role=reader", "--user=ana"); a list of plain words
     * ("--verb=get,list") sets each of them.
     */
    static Set<String> values(List<String> commands) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : commands) {
            String[] tokens = tokens(c);
            boolean inTool = false;
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                if (listed("tool").contains(t)) {
                    inTool = true;
                    continue;
                }
                if (COMMAND_END.contains(t)) inTool = false;
                if (!inTool || !t.startsWith("--")) continue;
                int eq = t.indexOf('=');
                String flag = eq < 0 ? t : t.substring(0, eq);
                if (listed("incidental-flag").contains(flag)) continue;
                String value;
                if (eq >= 0) value = t.substring(eq + 1);
                else if (listed("value-flag").contains(flag) && i + 1 < tokens.length) value = tokens[++i];
                else continue;
                value = unquoted(value);
                if (value.isEmpty() || value.startsWith("<") || value.startsWith("$")) continue;
                if (listed("reference-flag").contains(flag)) {
                    // "--serviceaccount=default:robot" refers to robot (in default).
                    String ref = value.substring(value.lastIndexOf(':') + 1);
                    if (NAME.matcher(ref).matches()) out.add(ref);
                } else if (NUMBER_VALUE.matcher(value).matches() || listed("image-flag").contains(flag)) {
                    out.add(value);
                } else if (WORD_LIST.matcher(value).matches()) {
                    // "--verb=get,list,watch": each word is something the object allows, which the task must say.
                    out.addAll(List.of(value.split(",")));
                }
            }
        }
        return out;
    }

    /** Two or more plain words, comma-separated ("get,list,watch"): no keys, values or paths among them. */
    private static final Pattern WORD_LIST = Pattern.compile("[a-z][a-z0-9-]*(?:,[a-z][a-z0-9-]*)+");

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** Whether {@code text} states {@code value}: as written, or a small count spelt out ("three replicas"). */
    static boolean states(String text, String value) {
        if (mentions(text, value.toLowerCase(Locale.ROOT))) return true;
        if (value.endsWith("%") && mentions(text, value.substring(0, value.length() - 1))) return true;
        if (value.matches("\\d{1,2}") && Integer.parseInt(value) < NUMBER_WORDS.size()) {
            return mentions(text, NUMBER_WORDS.get(Integer.parseInt(value)));
        }
        return false;
    }

    /** The values of {@link #values} that {@code text} does not state, in the order the commands set them. */
    static List<String> unstatedValues(String text, List<String> commands) {
        String plain = Inline.plain(text);
        List<String> missing = new ArrayList<>();
        for (String v : values(commands)) if (!states(plain, v)) missing.add(v);
        return missing;
    }

    private static Map<String, Set<String>> load(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = NamedTargets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] kv = l.split("\\s+", 2);
                if (kv.length == 2) out.computeIfAbsent(kv[0], k -> new HashSet<>()).add(kv[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }
}
