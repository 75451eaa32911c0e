package io.deckhand.exchange.apkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.exchange.CardTemplate;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.MediaFile;
import io.deckhand.exchange.MediaNames;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.PackageNote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Anki packages ({@code .apkg}, {@code .colpkg}) of every generation and bare collection
 * files ({@code collection.anki2}). Newest collection first: {@code collection.anki21b}
 * (zstd, media map as zstd protobuf), then {@code collection.anki21}, then {@code collection.anki2}.
 * Only the collection and the media the cards use are unpacked, into a temporary folder, within
 * the budget of {@link ZipLimits}; the collection is deleted as soon as it is read.
 */
public final class ApkgReader {
    /** Package format versions from the {@code meta} entry (Anki's PackageMetadata.Version). */
    private static final int LATEST_VERSION = 3;
    private static final byte[] ZIP_MAGIC = {'P', 'K'};
    /** The meta entry is a few bytes; the media list of 200,000 files is a few MB. */
    private static final int SMALL_ENTRY = 1 << 20;
    private static final int MEDIA_LIST = 64 << 20;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Reading a collection's tables may take this long (a real 1 GB collection takes well under a minute). */
    public static final java.time.Duration MAX_READ_TIME = java.time.Duration.ofMinutes(3);

    private final ZipLimits limits;
    private final Path tempRoot;
    private final java.time.Duration maxReadTime;

    public ApkgReader() {
        this(ZipLimits.DEFAULT, null);
    }

    /** {@code tempRoot} null = the system temp folder. */
    public ApkgReader(ZipLimits limits, Path tempRoot) {
        this(limits, tempRoot, MAX_READ_TIME);
    }

    /** {@code maxReadTime}: how long the queries of one collection may run before they are stopped. */
    public ApkgReader(ZipLimits limits, Path tempRoot, java.time.Duration maxReadTime) {
        this.limits = limits;
        this.tempRoot = tempRoot;
        this.maxReadTime = maxReadTime;
    }

    /**
     * Deletes the temporary folders of imports and exports (ours only, by prefix) last changed
     * before {@code cutoff}: what a killed or crashed run left behind. Returns how many.
     */
    public int sweepStale(java.time.Instant cutoff) {
        Path root = tempRoot != null ? tempRoot : Path.of(System.getProperty("java.io.tmpdir"));
        int deleted = 0;
        try (var dirs = Files.newDirectoryStream(root, "deckhand-{import,diagrams}-*")) {
            for (Path dir : dirs) {
                try {
                    var attrs = Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    if (!attrs.isDirectory() || !attrs.lastModifiedTime().toInstant().isBefore(cutoff)) continue;
                    ExtractedPackage.deleteTree(dir);
                    if (Files.notExists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) deleted++;
                } catch (IOException e) {
                    // another user's folder, or gone meanwhile: not ours to worry about
                }
            }
        } catch (IOException e) {
            // no temp folder to sweep
        }
        return deleted;
    }

    public ExtractedPackage open(Path file) throws FormatException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) throw new FormatException(name + " does not exist or is not a file.");
        Path temp;
        try {
            temp = tempRoot == null ? Files.createTempDirectory("deckhand-import-")
                    : Files.createTempDirectory(tempRoot, "deckhand-import-");
        } catch (IOException e) {
            throw new FormatException("Cannot create a temporary folder to unpack " + name + ": " + e.getMessage(), e);
        }
        boolean ok = false;
        try {
            // Deckhand's own notes come back from their hidden field, after media was chosen by the visible HTML
            DeckPackage contents = io.deckhand.exchange.DeckhandCarry.restore(read(file, name, temp));
            ok = true;
            return new ExtractedPackage(contents, temp);
        } catch (IOException e) {
            throw new FormatException("Cannot read " + name + ": " + e.getMessage(), e);
        } finally {
            if (!ok) ExtractedPackage.deleteTree(temp);
        }
    }

    private DeckPackage read(Path file, String name, Path temp) throws IOException, FormatException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 2 && head[0] == ZIP_MAGIC[0] && head[1] == ZIP_MAGIC[1]) return readZip(file, name, temp);
        if (n == SQLITE_MAGIC.length && java.util.Arrays.equals(head, SQLITE_MAGIC)) {
            Path copy = temp.resolve("collection.sqlite");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING); // never open the user's own file
            return readCollection(copy, name, List.of());
        }
        throw new FormatException(name + " is neither an Anki package (.apkg/.colpkg, a zip) nor an Anki collection (SQLite).");
    }

    /**
     * Unpacks only what is needed, in this order: the collection, the media list, then the media
     * files the notes refer to; all of it counted against the package's one budget.
     */
    private DeckPackage readZip(Path file, String name, Path temp) throws IOException, FormatException {
        try (SafeZip zip = SafeZip.open(file, name, limits)) {
            int version = zip.has("meta") ? packageVersion(zip.read("meta", false, SMALL_ENTRY, "The meta entry in " + name), name) : 0;
            Path collection = temp.resolve("collection.sqlite");
            if (zip.has("collection.anki21b")) {
                zip.extractZstd("collection.anki21b", collection, "The collection in " + name);
            } else if (version >= LATEST_VERSION) {
                throw new FormatException(name + " says it is a current Anki package but has no collection.anki21b inside.");
            } else if (zip.has("collection.anki21")) {
                zip.extract("collection.anki21", collection);
            } else if (zip.has("collection.anki2")) {
                zip.extract("collection.anki2", collection);
            } else {
                throw new FormatException(name + " does not contain an Anki collection (no collection.anki2, "
                        + "collection.anki21 or collection.anki21b inside).");
            }
            Map<String, String> mediaList = mediaList(zip, version, name);
            DeckPackage contents = readCollection(collection, name, List.of());
            deleteDatabase(collection);
            // the names the notes use are looked for only when the package has media to choose from
            List<MediaFile> media = mediaList.isEmpty() ? List.of() : media(zip, mediaList, referencedMedia(contents),
                    version, name, Files.createDirectory(temp.resolve("media")));
            return new DeckPackage(contents.decks(), contents.noteTypes(), contents.notes(), contents.cards(),
                    contents.reviews(), media, contents.warnings());
        }
    }

    /** The file and what SQLite kept beside it (a collection in WAL mode leaves -wal and -shm). */
    private static void deleteDatabase(Path sqlite) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(sqlite.resolveSibling(sqlite.getFileName() + suffix));
        }
    }

    /** The media names the notes that have cards use, in their fields or their note type's templates. */
    private static Set<String> referencedMedia(DeckPackage contents) {
        Set<Long> withCards = new HashSet<>();
        contents.cards().forEach(c -> withCards.add(c.noteId()));
        Set<Long> types = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (PackageNote note : contents.notes()) {
            if (!withCards.contains(note.id())) continue;
            types.add(note.noteTypeId());
            for (String field : note.fields()) MediaNames.referencedIn(field, names);
        }
        for (NoteType type : contents.noteTypes()) {
            if (!types.contains(type.id())) continue;
            for (CardTemplate t : type.templates()) {
                MediaNames.referencedIn(t.questionFormat(), names);
                MediaNames.referencedIn(t.answerFormat(), names);
            }
        }
        return names;
    }

    private DeckPackage readCollection(Path sqlite, String name, List<MediaFile> media) throws IOException, FormatException {
        SqliteFileCheck.requireComplete(sqlite, name);
        return new AnkiCollectionReader(maxReadTime).read(sqlite, name, media);
    }

    private static int packageVersion(byte[] meta, String name) throws FormatException {
        int version = 0;
        try {
            ProtoReader p = new ProtoReader(meta);
            while (p.next()) {
                if (p.field() == 1 && p.wireType() == ProtoReader.VARINT) version = (int) p.varint();
                else p.skip();
            }
        } catch (IllegalArgumentException e) {
            throw new FormatException(name + " has a damaged meta entry (" + e.getMessage() + ").", e);
        }
        if (version > LATEST_VERSION) {
            throw new FormatException(name + " was made by a newer Anki (package version " + version
                    + "); Deckhand reads versions up to " + LATEST_VERSION + ". Export it from Anki with "
                    + "\"Support older Anki versions\" ticked.");
        }
        return version;
    }

    /** Zip entry name to media name; every name is checked, used or not. */
    private static Map<String, String> mediaList(SafeZip zip, int version, String name) throws IOException, FormatException {
        if (!zip.has("media")) return Map.of();
        String what = "The media list in " + name;
        Map<String, String> byEntry = version >= LATEST_VERSION
                ? protobufMediaMap(zip.read("media", true, MEDIA_LIST, what), name)
                : jsonMediaMap(zip.read("media", false, MEDIA_LIST, what), name);
        for (String mediaName : byEntry.values()) {
            if (!MediaNames.isSafe(mediaName)) {
                throw new FormatException(name + " lists a media file with an unsafe name (\"" + mediaName
                        + "\": folders or special characters are not allowed); it was not opened.");
            }
        }
        return byEntry;
    }

    private static List<MediaFile> media(SafeZip zip, Map<String, String> byEntry, Set<String> used, int version,
                                         String name, Path mediaDir) throws IOException, FormatException {
        List<MediaFile> media = new ArrayList<>();
        for (Map.Entry<String, String> e : byEntry.entrySet()) {
            String mediaName = e.getValue();
            // listed but not packed is tolerated (Anki does too); listed but unused is not unpacked
            if (!used.contains(mediaName) || !zip.has(e.getKey())) continue;
            Path target = mediaDir.resolve(mediaName);
            if (!target.normalize().getParent().equals(mediaDir.normalize()) || Files.exists(target)) {
                throw new FormatException(name + " lists a media file that points outside its folder or twice ("
                        + mediaName + ").");
            }
            if (version >= LATEST_VERSION) {
                zip.extractZstd(e.getKey(), target, "The media file " + mediaName + " in " + name);
            } else {
                zip.extract(e.getKey(), target);
            }
            media.add(new MediaFile(mediaName, target));
        }
        return media;
    }

    private static Map<String, String> jsonMediaMap(byte[] map, String name) throws IOException, FormatException {
        Map<String, String> result = new LinkedHashMap<>();
        try {
            JsonNode root = new ObjectMapper().readTree(map);
            if (root == null || root.isMissingNode() || root.isNull()) return result;
            if (!root.isObject()) throw new FormatException(name + " has a media list that is not a JSON object.");
            root.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new FormatException(name + " has a damaged media list (" + e.getOriginalMessage() + ").", e);
        }
        return result;
    }

    /** MediaEntries { repeated MediaEntry entries = 1 }; MediaEntry { name = 1; legacy_zip_filename = 255 }. */
    private static Map<String, String> protobufMediaMap(byte[] raw, String name) throws FormatException {
        Map<String, String> result = new LinkedHashMap<>();
        try {
            ProtoReader entries = new ProtoReader(raw);
            int index = 0;
            while (entries.next()) {
                if (entries.field() != 1 || entries.wireType() != ProtoReader.LENGTH_DELIMITED) {
                    entries.skip();
                    continue;
                }
                ProtoReader entry = new ProtoReader(entries.bytes());
                String mediaName = null;
                Long zipName = null;
                while (entry.next()) {
                    if (entry.field() == 1 && entry.wireType() == ProtoReader.LENGTH_DELIMITED) mediaName = entry.string();
                    else if (entry.field() == 255 && entry.wireType() == ProtoReader.VARINT) zipName = entry.varint();
                    else entry.skip();
                }
                if (mediaName != null) result.put(String.valueOf(zipName != null ? zipName : index), mediaName);
                index++;
            }
        } catch (IllegalArgumentException e) {
            throw new FormatException(name + " has a damaged media list (" + e.getMessage() + ").", e);
        }
        return result;
    }
}
