package io.deckhand.exchange.apkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.MediaFile;
import io.deckhand.exchange.MediaNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Anki packages ({@code .apkg}, {@code .colpkg}) of every generation and bare collection
 * files ({@code collection.anki2}). Newest collection first: {@code collection.anki21b}
 * (zstd, media map as zstd protobuf), then {@code collection.anki21}, then {@code collection.anki2}.
 * Everything is unpacked into a temporary folder; the collection is deleted as soon as it is read.
 */
public final class ApkgReader {
    /** Package format versions from the {@code meta} entry (Anki's PackageMetadata.Version). */
    private static final int LATEST_VERSION = 3;
    private static final byte[] ZIP_MAGIC = {'P', 'K'};
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ZipLimits limits;
    private final Path tempRoot;

    public ApkgReader() {
        this(ZipLimits.DEFAULT, null);
    }

    /** {@code tempRoot} null = the system temp folder. */
    public ApkgReader(ZipLimits limits, Path tempRoot) {
        this.limits = limits;
        this.tempRoot = tempRoot;
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
            DeckPackage contents = read(file, name, temp);
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

    private DeckPackage readZip(Path file, String name, Path temp) throws IOException, FormatException {
        Path unpacked = Files.createDirectory(temp.resolve("unpacked"));
        Map<String, Path> entries = new SafeZipExtractor(limits).extract(file, unpacked, name);
        int version = packageVersion(entries.get("meta"), name);
        Path collection;
        if (entries.containsKey("collection.anki21b")) {
            collection = temp.resolve("collection.sqlite");
            BoundedZstd.decompress(entries.get("collection.anki21b"), collection, limits.maxEntryBytes(),
                    "The collection in " + name);
        } else if (version >= LATEST_VERSION) {
            throw new FormatException(name + " says it is a current Anki package but has no collection.anki21b inside.");
        } else if (entries.containsKey("collection.anki21")) {
            collection = entries.get("collection.anki21");
        } else if (entries.containsKey("collection.anki2")) {
            collection = entries.get("collection.anki2");
        } else {
            throw new FormatException(name + " does not contain an Anki collection (no collection.anki2, "
                    + "collection.anki21 or collection.anki21b inside).");
        }
        List<MediaFile> media = media(entries, version, name, Files.createDirectory(temp.resolve("media")));
        DeckPackage contents = readCollection(collection, name, media);
        Files.deleteIfExists(collection);
        return contents;
    }

    private static DeckPackage readCollection(Path sqlite, String name, List<MediaFile> media) throws IOException, FormatException {
        SqliteFileCheck.requireComplete(sqlite, name);
        return new AnkiCollectionReader().read(sqlite, name, media);
    }

    /** 0 when there is no meta entry (legacy packages). */
    private static int packageVersion(Path meta, String name) throws IOException, FormatException {
        if (meta == null) return 0;
        int version = 0;
        try {
            ProtoReader p = new ProtoReader(Files.readAllBytes(meta));
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

    private List<MediaFile> media(Map<String, Path> entries, int version, String name, Path mediaDir)
            throws IOException, FormatException {
        Path map = entries.get("media");
        if (map == null) return List.of();
        Map<String, String> byEntry = version >= LATEST_VERSION ? protobufMediaMap(map, name) : jsonMediaMap(map, name);
        List<MediaFile> media = new ArrayList<>();
        for (Map.Entry<String, String> e : byEntry.entrySet()) {
            String mediaName = e.getValue();
            if (!MediaNames.isSafe(mediaName)) {
                throw new FormatException(name + " lists a media file with an unsafe name (\"" + mediaName
                        + "\": folders or special characters are not allowed); it was not opened.");
            }
            Path source = entries.get(e.getKey());
            if (source == null) continue; // listed but not packed: Anki tolerates this too
            Path target = mediaDir.resolve(mediaName);
            if (!target.normalize().getParent().equals(mediaDir.normalize())) {
                throw new FormatException(name + " lists a media file that points outside its folder (" + mediaName + ").");
            }
            if (version >= LATEST_VERSION) {
                BoundedZstd.decompress(source, target, limits.maxEntryBytes(), "The media file " + mediaName + " in " + name);
            } else {
                Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
            media.add(new MediaFile(mediaName, target));
        }
        return media;
    }

    private static Map<String, String> jsonMediaMap(Path map, String name) throws IOException, FormatException {
        Map<String, String> result = new LinkedHashMap<>();
        try {
            JsonNode root = new ObjectMapper().readTree(map.toFile());
            if (root == null || root.isMissingNode() || root.isNull()) return result;
            if (!root.isObject()) throw new FormatException(name + " has a media list that is not a JSON object.");
            root.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new FormatException(name + " has a damaged media list (" + e.getOriginalMessage() + ").", e);
        }
        return result;
    }

    /** MediaEntries { repeated MediaEntry entries = 1 }; MediaEntry { name = 1; legacy_zip_filename = 255 }. */
    private Map<String, String> protobufMediaMap(Path map, String name) throws IOException, FormatException {
        byte[] raw = BoundedZstd.decompress(Files.readAllBytes(map), limits.maxEntryBytes(), "The media list in " + name);
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
