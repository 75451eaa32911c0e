package io.deckhand.app.exchange;

import io.deckhand.exchange.MediaFile;
import io.deckhand.exchange.MediaNames;
import io.deckhand.exchange.PackageNote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The media an exported package carries: every file the notes' HTML refers to ({@code <img src>},
 * {@code [sound:...]}) that is in the collection's media folder, plus the diagrams drawn for the
 * export. What cannot be carried is listed with the reason; the export goes on without it.
 */
final class ExportMedia {
    record Selection(List<MediaFile> files, List<ImportReport.Issue> skipped) {
        Selection {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    private ExportMedia() {
    }

    /**
     * @param drawn    files made during the export (diagrams), by name; they win over the folder
     * @param mediaDir the collection's media folder, or null when it has none
     */
    static Selection select(List<PackageNote> notes, Map<String, MediaFile> drawn, Path mediaDir) {
        Set<String> names = new LinkedHashSet<>();
        for (PackageNote n : notes) {
            for (String field : n.fields()) MediaNames.referencedIn(field, names);
        }
        List<MediaFile> files = new ArrayList<>();
        List<ImportReport.Issue> skipped = new ArrayList<>();
        Path folder = mediaDir == null ? null : mediaDir.toAbsolutePath().normalize();
        for (String name : names) {
            MediaFile made = drawn.get(name);
            if (made != null) {
                files.add(made);
            } else if (!MediaNames.isSafe(name) || name.startsWith(".")) {
                skipped.add(new ImportReport.Issue(name, "not exported: it is not a plain file name in the media folder."));
            } else if (folder == null) {
                skipped.add(new ImportReport.Issue(name, "not exported: this collection has no media folder."));
            } else {
                Path file = folder.resolve(name).normalize();
                if (!folder.equals(file.getParent()) || !Files.isRegularFile(file)) {
                    skipped.add(new ImportReport.Issue(name, "not exported: there is no such file in the media folder."));
                } else {
                    files.add(new MediaFile(name, file));
                }
            }
        }
        return new Selection(files, skipped);
    }
}
