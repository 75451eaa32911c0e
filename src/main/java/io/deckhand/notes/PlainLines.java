package io.deckhand.notes;

import io.deckhand.domain.text.EditDistance;
import io.deckhand.text.BlockStarts;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a single line of a flattened plain-text note looks like. Pure functions, no state. */
final class PlainLines {
    /** Compiled once: String.split compiles a regex of more than one character on every call. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private PlainLines() {
    }

    private static final Set<String> COMMANDS = Set.of("kubectl", "kubeadm", "kubelet", "helm", "docker",
            "podman", "crictl", "ctr", "curl", "wget", "cat", "echo", "grep", "sed", "awk", "jq", "yq", "xargs",
            "export", "sudo", "systemctl", "journalctl", "etcdctl", "openssl", "ssh", "scp", "apt", "apt-get",
            "yum", "dnf", "mkdir", "ls", "chmod", "chown", "tar", "git", "nslookup", "dig", "ping", "base64",
            "minikube", "kustomize", "eksctl", "gcloud", "k9s", "stern", "kubectx", "kubens", "crontab", "npm",
            "pip", "mvn", "java", "python", "python3", "terraform", "ansible", "vagrant", "nc", "telnet", "k");
    /**
     * Known commands whose near-misses are read as typos ("kunectl" is kubectl): names no English word
     * is one or two edits from. Shorter names (helm, docker) are only fixed with a flag on the line.
     */
    private static final java.util.List<String> TYPO_TARGETS = java.util.List.of("kubectl", "kubeadm", "kubelet",
            "helm", "docker", "podman", "crictl", "etcdctl", "systemctl", "journalctl", "minikube", "kustomize",
            "eksctl", "gcloud", "kubectx", "kubens", "terraform");
    /** English words a near-miss of a short command name may be: never "fixed". */
    private static final Set<String> NOT_TYPOS = Set.of("help", "hell", "held", "heal", "hello", "whelm", "docket",
            "locker", "rocker", "kubernetes");
    /** Marks a card whose command line had its first word corrected (see {@link #typoFixed}). */
    static final String TYPO_TAG = "typo-fixed";
    /** Words that start a sentence, never a command even when a flag follows. */
    private static final Set<String> PROSE_STARTERS = Set.of("without", "with", "use", "the", "to", "and",
            "or", "if", "of", "in", "on", "for", "by", "from", "when", "then", "a", "an", "this", "that", "it",
            "is", "are", "can", "will", "add", "note", "see", "so", "but", "once", "here", "also", "only");
    /** Third-person verbs that open a describing sentence rather than a title ("Helps monitor pods"). */
    private static final Set<String> DESCRIBING_VERBS = Set.of("adds", "allows", "helps", "provides", "shows",
            "uses", "creates", "runs", "makes", "gets", "lists", "returns", "prints", "displays", "manages",
            "handles", "contains", "ensures", "enables", "defines", "describes", "stores", "keeps", "lets",
            "decouples", "offers", "supports", "connects", "exposes", "is", "are", "can", "has", "have", "appears",
            "means", "refers", "represents", "holds", "controls", "works", "lives", "sits");

    /** Words that join a sentence to what came before: never the verb after a term. */
    static final Set<String> CONNECTIVES = Set.of("and", "or", "but", "vs", "vs.", "with", "without", "of", "in",
            "on", "for", "to", "from", "by", "at", "as", "than", "the", "a", "an");

    static boolean isDescribingVerb(String word) {
        return DESCRIBING_VERBS.contains(letters(word));
    }
    private static final Set<String> IMPERATIVES = Set.of("add", "apply", "check", "create", "delete", "display",
            "execute", "find", "get", "inspect", "list", "print", "remove", "restart", "rollback", "run", "set",
            "show", "update", "use", "verify", "generate", "install", "launch", "mark", "prepare", "proxy",
            "copy", "attach", "forward", "follow", "edit", "scale", "expose", "drain", "describe", "view",
            "watch", "monitor", "connect", "search", "test", "try", "open", "start", "stop", "enable", "disable");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "when", "where", "which",
            "who", "whom", "whose", "can", "could", "does", "do", "did", "is", "are", "was", "were", "should",
            "would", "will", "shall", "may", "might", "must", "has", "have", "had");

    private static final Pattern YAML_KEY_LINE = Pattern.compile("^(- )?[\\w.\\-/\"'$@]+:(\\s.*)?$");
    private static final Pattern YAML_BARE_KEY = Pattern.compile("^[\\w.\\-/\"']+:\\s*(#.*)?$");
    private static final Pattern PROMPT = Pattern.compile("^(\\$|#|(?:[\\w.\\-]+@[\\w.\\-]+)?:[^$#\\s]*[$#])\\s+(.+)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*+]|\\d{1,3}[.)])\\s+(.+)$");
    private static final Pattern URL_ONLY = Pattern.compile("^(<)?https?://\\S+(>)?$");
    private static final Pattern KEY_VALUE = Pattern.compile("^[\\w .\\-/\\[\\]()]{1,40}:\\s+\\S.*$");
    private static final Pattern WORD = Pattern.compile("[(\"'“]?[A-Za-z][a-z'’\\-]*[,.;:!?)\"”]?");

    private static final Pattern TOOL_NAME = Pattern.compile("[a-z][a-z0-9\\-]{1,20}");
    private static final Pattern HAS_FLAG = Pattern.compile("\\s--?[A-Za-z]");
    private static final Pattern ONE_WORD_TITLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-]*[?!]?");
    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,3}[.)]\\s*");
    private static final Pattern VERSUS_QUESTION = Pattern.compile("(?i).+\\bvs\\.?\\b.+\\?");

    private static final Pattern SOLUTION_LABEL = Pattern.compile(
            "(?i)^[*_]{0,2}(?:show |view |see )?(?:the )?(?:solution|answer|solutions|answers)(?: \\d{1,3})?"
                    // "Solution Steps", "Solution walkthrough": a word for the solution's form names no topic.
                    + "(?: (?:steps?|walkthrough|approach|outline))?[*_]{0,2}"
                    + "(?:\\s*[:\\-–—]\\s*[*_]{0,2}\\s*(.*)|\\s*)$");
    private static final Pattern REVEAL_WORDS = Pattern.compile(
            "(?i).*\\b(show|hide|reveal|click|expand|toggle|solution|answer|hint|spoiler|see|details)\\b.*");

    /**
     * What follows a "Solution:" / "**Answer** -" / "Show solution" label ("" when the label stands
     * alone), or null when the line is no such label ("Answer the questions below" is not one).
     */
    static String solutionLabel(String line) {
        String t = line.strip();
        if (t.length() > 400) return null;
        var m = SOLUTION_LABEL.matcher(t);
        if (!m.matches()) return null;
        return m.group(1) == null ? "" : m.group(1).strip();
    }

    /**
     * "💡 Hints (expand)", "Solution (click to expand)", "click here to view": a line that tells the reader
     * to open a fold. It labels what the fold hides and sets no task of its own.
     */
    private static final Pattern OPEN_FOLD = Pattern.compile(
            "(?i).*(?:\\(\\s*(?:click\\s+(?:here\\s+)?to\\s+)?(?:expand|reveal|toggle)\\b[^)]*\\)"
                    + "|\\bclick\\s+(?:here\\s+)?to\\s+(?:expand|view|show|reveal|see|open)\\b"
                    + "|\\b(?:expand|open)\\s+to\\s+(?:view|see|show|reveal)\\b).*");

    static boolean asksToOpen(String line) {
        return OPEN_FOLD.matcher(line.strip()).matches();
    }

    /** A summary that only says "open me" ("Show Solution", "click to expand"): never a question. */
    static boolean isRevealLabel(String summary) {
        return REVEAL_WORDS.matcher(summary).matches();
    }

    private static final Pattern FLAG_LINE = Pattern.compile("^--?[A-Za-z0-9][\\w.\\-]*(?:[= ].*)?$");

    /** A line of switches only ("--force", "-n kube-system --grace-period=0"): the rest of the command above. */
    static boolean continuesCommand(String t) {
        return FLAG_LINE.matcher(t).matches() && !looksLikeProse(t) && tokenCount(t) <= 8 && !t.endsWith(".");
    }

    static boolean isBlank(String line) {
        return line.isBlank();
    }

    static boolean isMermaidStart(String t) {
        return BlockStarts.isMermaidStart(t);
    }

    static boolean hasMermaidArrow(String t) {
        return t.contains("-->") || t.contains(".->") || t.contains("==>") || t.contains("---") || t.contains("-.");
    }

    static boolean isYamlLine(String t) {
        if (t.startsWith("- ") || t.equals("-") || t.equals("---")) return true;
        if (t.startsWith("#")) return true;
        if (t.startsWith("{") || t.startsWith("}") || t.startsWith("[") || t.startsWith("]")) return true;
        return YAML_KEY_LINE.matcher(t).matches();
    }

    static boolean isManifestStart(String t) {
        return BlockStarts.isManifestStart(t);
    }

    static boolean isYamlFileComment(String t) {
        return BlockStarts.isYamlFileComment(t);
    }

    static boolean isBareKey(String t) {
        return YAML_BARE_KEY.matcher(t).matches();
    }

    static boolean opensBlockScalar(String t) {
        return BlockStarts.opensBlockScalar(t);
    }

    /** True for a table row flattened to {@code a | b | c |}. */
    static boolean isTableRow(String t) {
        if (!t.endsWith("|") || t.length() < 3) return false;
        int pipes = 0;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == '|') pipes++;
        return pipes >= 2;
    }

    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

    static boolean isTableSeparator(String t) {
        return t.indexOf('-') >= 0 && TABLE_SEPARATOR.matcher(t).matches();
    }

    /** The command on this line without its prompt, or null. */
    static String command(String t) {
        var m = PROMPT.matcher(t);
        if (m.matches() && !t.startsWith("# ")) {
            String prompted = m.group(2).trim();
            String fixed = typoFixed(prompted);
            return fixed != null ? fixed : prompted;
        }
        if (t.startsWith("# ") && m.matches()) return null;
        String first = firstToken(t);
        int sp = t.indexOf(' ');
        if (sp < 0) return null;
        if (COMMANDS.contains(first)) return readsAsSentences(t) ? null : t;
        String fixed = typoFixed(t);
        if (fixed != null) return fixed;
        if ((first.equals("while") || first.equals("for")) && t.contains("; do")) return t;
        // An unknown tool written like a command: lowercase name and a flag, no sentence in sight.
        if (TOOL_NAME.matcher(first).matches() && !PROSE_STARTERS.contains(first)
                && HAS_FLAG.matcher(t).find() && tokenCount(t) <= 10 && !t.endsWith(".")) {
            return t;
        }
        return null;
    }

    /** Auxiliaries and copulas: after a program's name they make it the subject of a sentence. */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "can",
            "could", "will", "would", "should", "may", "might", "must", "does", "did");

    /**
     * "kubeadm is a utility to ...", "kubectl alone only exposes the count. To see a trend ...": a line that
     * names a program and then goes on as prose. A command's second word is a sub-command, a flag or an
     * argument, never an auxiliary; and a command holds no sentence break (a full stop, then a capital).
     */
    static boolean readsAsSentences(String line) {
        String[] w = WHITESPACE_RUN.split(line.strip());
        if (w.length >= 2 && AUXILIARIES.contains(w[1].toLowerCase(java.util.Locale.ROOT))) return true;
        return Sentences.of(line.strip()).size() >= 2 && line.strip().endsWith(".");
    }

    /**
     * The line with its first word corrected when that word is one edit (two for names of seven letters
     * or more) from exactly one known command and the line is shaped like a command; else null.
     * "kunectl replace -f pod/name" gives "kubectl replace -f pod/name".
     */
    static String typoFixed(String line) {
        String t = line.strip();
        String first = firstToken(t);
        if (first.length() < 4 || first.length() == t.length() || COMMANDS.contains(first)
                || !TOOL_NAME.matcher(first).matches() || PROSE_STARTERS.contains(first) || NOT_TYPOS.contains(first)) {
            return null;
        }
        if (tokenCount(t) > 10 || t.endsWith(".") || t.endsWith("?")) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String known : TYPO_TARGETS) {
            int d = EditDistance.of(first, known, 3);
            if (d > (known.length() >= 7 ? 2 : 1)) continue;
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        if (best == null || tie) return null;
        if (best.length() < 6 && !HAS_FLAG.matcher(t).find()) return null;
        return best + t.substring(first.length());
    }

    static boolean hasPrompt(String t) {
        return PROMPT.matcher(t).matches() && !t.startsWith("# ");
    }

    static String listItem(String t) {
        var m = LIST_ITEM.matcher(t);
        return m.matches() ? m.group(2) : null;
    }

    static boolean isOrderedItem(String t) {
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    static boolean isUrlOnly(String t) {
        return URL_ONLY.matcher(t).matches();
    }

    static boolean isEmbedOnly(String t) {
        return t.startsWith("![[") && t.endsWith("]]");
    }

    static boolean isAsk(String t) {
        return t.regionMatches(true, 0, "#ask ", 0, 5);
    }

    /** A line of only a marker tag such as {@code #todo ...} or {@code #refine URL}. */
    static boolean isMarkerTagLine(String t) {
        return t.startsWith("#") && t.length() > 1 && Character.isLetter(t.charAt(1)) && !isAsk(t);
    }

    /** Starts with a lowercase letter or punctuation: the rest of the previous line's sentence. */
    static boolean isContinuation(String t) {
        if (t.isEmpty()) return false;
        char c = t.charAt(0);
        return Character.isLowerCase(c) || ",.;:)!?>".indexOf(c) >= 0;
    }

    /** Mostly words, some of them lowercase: a sentence rather than output or a column header. */
    static boolean looksLikeProse(String t) {
        String[] tokens = words(t);
        if (tokens.length < 4) return false;
        int words = 0;
        int lower = 0;
        for (String tok : tokens) {
            if (WORD.matcher(tok).matches()) {
                words++;
                if (Character.isLowerCase(tok.charAt(0))) lower++;
            }
        }
        return words * 10 >= tokens.length * 6 && lower * 3 >= words;
    }

    /** Looks like something a program printed: symbols, numbers, aligned columns, capitals. */
    static boolean looksTechnical(String t) {
        if (t.startsWith("..") || t.startsWith("**") || t.startsWith("{") || t.startsWith("}")
                || t.startsWith("\"") || t.startsWith("[") || t.startsWith("]")) {
            return true;
        }
        int symbols = 0;
        int digits = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if ("/:=<>{}[]|$@_".indexOf(c) >= 0) symbols++;
            else if (Character.isDigit(c)) digits++;
        }
        return symbols >= 2 || digits * 5 >= t.length() || t.equals(t.toUpperCase(Locale.ROOT)) || t.contains("  ");
    }

    /** Starts a block of its own: never the rest of a sentence. */
    static boolean startsOwnBlock(String t) {
        return command(t) != null || isMermaidStart(t) || isManifestStart(t) || isTableRow(t) || isAsk(t)
                || listItem(t) != null;
    }

    /** A short line that may be a heading (or a term) of a flattened note. */
    static boolean isTitleCandidate(String t) {
        if (t.length() > 50 || t.isEmpty()) return false;
        if (tokenCount(t) > 5) return false;
        String[] words = words(t);
        char last = t.charAt(t.length() - 1);
        if (".,:;-=|".indexOf(last) >= 0) return false;
        char first = t.charAt(0);
        if ("#-[!$>*`|(\"'{}<".indexOf(first) >= 0) return false;
        if (t.contains(" #") || t.contains("`") || t.contains("=") || t.contains("http") || t.contains("[[")
                || t.contains(" -")) {
            return false;
        }
        if (KEY_VALUE.matcher(t).matches()) return false;
        if (words.length == 1) return ONE_WORD_TITLE.matcher(t).matches();
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        String w0 = words[0].toLowerCase(Locale.ROOT);
        if (DESCRIBING_VERBS.contains(w0)) return false;
        if (IMPERATIVES.contains(w0) && words.length >= 3 && !isTitleCase(words)) return false;
        return true;
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "to", "for",
            "and", "or", "with", "vs", "by", "at", "as", "is", "via", "from");

    /** Every word but the small ones capitalised ("Create a Cluster Manually!", "Labels vs Annotations"). */
    static boolean isTitleCase(String[] words) {
        for (String w : words) {
            if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    static boolean isTitleCase(String t) {
        return isTitleCase(words(t));
    }

    /** Starts with a question word or an imperative ("Restart a pod?"). */
    static boolean isQuestionLike(String t) {
        String s = NUMBERING.matcher(t).replaceFirst("");
        if (s.startsWith("**")) s = s.substring(2);
        String w0 = letters(firstToken(s));
        return QUESTION_WORDS.contains(w0) || (IMPERATIVES.contains(w0) && t.endsWith("?"))
                || VERSUS_QUESTION.matcher(s).matches();
    }

    private static final Set<String> PROSE_KEYS = Set.of("q", "a", "note", "ps", "tip", "example", "answer",
            "question", "ref", "update", "warning", "important", "why", "how", "see", "nb", "todo", "eg", "ex");

    /** A {@code Key: value} line of program output or a describe listing, not a labelled sentence. */
    static boolean isImperative(String word) {
        return IMPERATIVES.contains(letters(word));
    }

    static boolean isDataLine(String t) {
        if (!KEY_VALUE.matcher(t).matches()) return false;
        String key = t.substring(0, t.indexOf(':')).trim().toLowerCase(Locale.ROOT);
        return !PROSE_KEYS.contains(key) && !looksLikeProse(t.substring(t.indexOf(':') + 1));
    }

    static String firstToken(String t) {
        String s = t.strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) return s.substring(0, i);
        }
        return s;
    }

    static int tokenCount(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean ws = Character.isWhitespace(t.charAt(i));
            if (!ws && !in) n++;
            in = !ws;
        }
        return n;
    }

    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static String[] words(String t) {
        String s = t.strip();
        return s.isEmpty() ? new String[0] : WHITESPACE.split(s);
    }

    /** The word's letters a-z, lowercased (what is left of "Runs," or "`kubectl`"). */
    static String letters(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z') sb.append(c);
            else if (c >= 'A' && c <= 'Z') sb.append((char) (c + 32));
            else if (c > 127) {
                String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
                for (int k = 0; k < lower.length(); k++) if (lower.charAt(k) >= 'a' && lower.charAt(k) <= 'z') sb.append(lower.charAt(k));
            }
        }
        return sb.toString();
    }
}
