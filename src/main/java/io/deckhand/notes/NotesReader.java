package io.deckhand.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds notes in files and folders (Markdown and text; hidden folders such as {@code .obsidian} are
 * skipped) and reads them. A file that is too large, not text, or not UTF-8 is reported and skipped.
 */
public final class NotesReader {
    /** Larger files are not notes a person wrote; reading them would only stall an import. */
    public static final long MAX_NOTE_BYTES = 8L * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;

    private final NoteParser parser;

    public NotesReader(NoteParser parser) {
        this.parser = parser;
    }

    public static boolean isNoteName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".txt");
    }

    /** The notes under the given paths, in a stable order; unreadable folders become problems. */
    public static List<NoteFile> find(List<Path> paths, List<FileProblem> problems) {
        List<NoteFile> out = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                // A folder the user names is read even when it is a link to one (links inside are not followed).
                Path root = abs;
                try {
                    if (Files.isSymbolicLink(abs)) root = abs.toRealPath();
                } catch (IOException e) {
                    problems.add(new FileProblem(p.toString(), FileProblem.Reason.UNREADABLE, "Could not open the folder: " + e.getMessage()));
                    continue;
                }
                int before = out.size();
                walk(root, out, problems);
                if (out.size() == before) {
                    problems.add(new FileProblem(p.toString(), FileProblem.Reason.NO_NOTES,
                            "No notes in this folder: Deckhand reads .md, .markdown and .txt files."));
                }
            } else if (Files.isRegularFile(abs)) {
                out.add(new NoteFile(abs, abs.getFileName().toString()));
            } else {
                problems.add(new FileProblem(p.toString(), FileProblem.Reason.UNREADABLE, "No such file or folder."));
            }
        }
        return out;
    }

    private static void walk(Path root, List<NoteFile> out, List<FileProblem> problems) {
        List<NoteFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && !name.startsWith(".") && isNoteName(name)) {
                        found.add(new NoteFile(file, root.relativize(file).toString().replace('\\', '/')));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new FileProblem(root.relativize(file).toString(), FileProblem.Reason.UNREADABLE,
                            "Could not be opened: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new FileProblem(root.toString(), FileProblem.Reason.UNREADABLE,
                    "Could not read the folder: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(NoteFile::relativePath));
        out.addAll(found);
    }

    /** Cards from one note file, or the reason it was skipped. Never throws. */
    public ExtractionResult read(NoteFile note) {
        try {
            long size = Files.size(note.file());
            if (size > MAX_NOTE_BYTES) {
                return skip(note, FileProblem.Reason.TOO_LARGE, "Skipped: " + (size / (1024 * 1024))
                        + " MB is larger than a note can be (" + (MAX_NOTE_BYTES / (1024 * 1024)) + " MB).");
            }
            Path partner = partner(note);
            if (partner != null) return parsePair(note, Files.readAllBytes(note.file()), partner);
            return parse(note.relativePath(), Files.readAllBytes(note.file()));
        } catch (IOException e) {
            return skip(note, FileProblem.Reason.UNREADABLE, "Could not be read: " + e.getMessage());
        }
    }

    /**
     * The other file of a questions/answers pair in the same folder ("b. design-questions.md" and
     * "b.design-answers.md"), or null.
     */
    private static Path partner(NoteFile note) {
        Boolean answers = NoteParser.holdsAnswers(note.relativePath());
        Path dir = note.file().getParent();
        if (answers == null || dir == null) return null;
        String key = NoteParser.pairKey(note.relativePath());
        if (key.isEmpty()) return null;
        try (var siblings = Files.list(dir)) {
            return siblings.filter(p -> !p.equals(note.file()) && Files.isRegularFile(p))
                    .filter(p -> isNoteName(p.getFileName().toString()))
                    .filter(p -> !answers.equals(NoteParser.holdsAnswers(p.getFileName().toString()))
                            && NoteParser.holdsAnswers(p.getFileName().toString()) != null
                            && key.equals(NoteParser.pairKey(p.getFileName().toString())))
                    .sorted().findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An answers file is read with its questions; a questions file answered in its partner gives no cards of its own. */
    private ExtractionResult parsePair(NoteFile note, byte[] bytes, Path partner) throws IOException {
        if (Files.size(partner) > MAX_NOTE_BYTES) return parse(note.relativePath(), bytes);
        String own = new String(bytes, StandardCharsets.UTF_8);
        String other = new String(Files.readAllBytes(partner), StandardCharsets.UTF_8);
        if (Boolean.TRUE.equals(NoteParser.holdsAnswers(note.relativePath()))) {
            ExtractionResult checked = parse(note.relativePath(), bytes);
            if (!checked.problems().isEmpty()) return checked;
            return parser.parseAnswers(note.relativePath(), strip(own), strip(other));
        }
        if (NoteParser.answeredElsewhere(strip(own), strip(other))) return new ExtractionResult(List.of(), List.of(), 1);
        return parse(note.relativePath(), bytes);
    }

    private static String strip(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Why one note file gave the cards it gave (see {@link NoteParser#explain}), or why it was skipped. */
    public NoteExplanation explain(NoteFile note) {
        ExtractionResult r = read(note);
        if (!r.problems().isEmpty()) return new NoteExplanation(note.relativePath(), List.of(), List.of(), r.problems());
        try {
            String text = new String(Files.readAllBytes(note.file()), StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
            return parser.explain(note.relativePath(), text);
        } catch (IOException e) {
            return new NoteExplanation(note.relativePath(), List.of(), List.of(), List.of(new FileProblem(
                    note.relativePath(), FileProblem.Reason.UNREADABLE, "Could not be read: " + e.getMessage())));
        }
    }

    /** Cards from a note's bytes: checks it is UTF-8 text first. */
    public ExtractionResult parse(String relativePath, byte[] bytes) {
        if (bytes.length > MAX_NOTE_BYTES) {
            return ExtractionResult.problem(new FileProblem(relativePath, FileProblem.Reason.TOO_LARGE,
                    "Skipped: larger than a note can be (" + (MAX_NOTE_BYTES / (1024 * 1024)) + " MB)."));
        }
        int sniff = Math.min(bytes.length, SNIFF_BYTES);
        for (int k = 0; k < sniff; k++) {
            if (bytes[k] == 0) {
                return ExtractionResult.problem(new FileProblem(relativePath, FileProblem.Reason.NOT_TEXT,
                        "Skipped: this is not a text file."));
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ExtractionResult.problem(new FileProblem(relativePath, FileProblem.Reason.ENCODING,
                    "Skipped: not UTF-8 text. Save the note as UTF-8 and import it again."));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return parser.parse(relativePath, text);
    }

    private static ExtractionResult skip(NoteFile note, FileProblem.Reason reason, String message) {
        return ExtractionResult.problem(new FileProblem(note.relativePath(), reason, message));
    }
}
