package io.deckhand.exchange;

import io.deckhand.domain.card.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A note: its GUID (stable across packages, used to update on re-import), field values and tags.
 * {@code source} and {@code contentHash} are Deckhand's own (where in the person's notes it came
 * from, for re-sync); null and empty for notes from elsewhere.
 */
public record PackageNote(long id, String guid, long noteTypeId, List<String> fields, List<String> tags, Instant modified,
                          SourceRef source, String contentHash) {
    public PackageNote {
        if (guid == null || guid.isEmpty()) throw new IllegalArgumentException("note " + id + " has no GUID");
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
        Objects.requireNonNull(modified, "modified");
        contentHash = contentHash == null ? "" : contentHash;
    }

    public PackageNote(long id, String guid, long noteTypeId, List<String> fields, List<String> tags, Instant modified) {
        this(id, guid, noteTypeId, fields, tags, modified, null, "");
    }
}
