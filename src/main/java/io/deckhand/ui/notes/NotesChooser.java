package io.deckhand.ui.notes;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File › Import notes…: a folder of notes (an Obsidian vault) or single note files. The system
 * choosers pick one or the other, so a short question comes first.
 */
public final class NotesChooser {
    static final ButtonType FOLDER = new ButtonType("A folder\u2026", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType FILES = new ButtonType("Files\u2026", ButtonBar.ButtonData.OTHER);

    private NotesChooser() {
    }

    /** The notes the user picked, or nothing when they cancelled. */
    public static List<Path> choose(Window owner) {
        Alert ask = new Alert(Alert.AlertType.NONE, "Import a folder of notes (for example an Obsidian vault) "
                + "or single note files (.md, .markdown, .txt)?", FOLDER, FILES, ButtonType.CANCEL);
        ask.setTitle("Import notes");
        ask.setHeaderText(null);
        if (owner != null) ask.initOwner(owner);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return List.of();
        if (answer.get() == FILES) {
            List<File> files = fileChooser().showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }
        DirectoryChooser folder = new DirectoryChooser();
        folder.setTitle("Import notes: choose a folder of notes");
        File dir = folder.showDialog(owner);
        return dir == null ? List.of() : List.of(dir.toPath());
    }

    /** Single note files: Markdown and plain text (what {@code NotesSources.isNotes} accepts). */
    static FileChooser fileChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import notes: choose note files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Notes (*.md, *.markdown, *.txt)", "*.md", "*.markdown", "*.txt"),
                new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter("Plain text", "*.txt"));
        return chooser;
    }
}
