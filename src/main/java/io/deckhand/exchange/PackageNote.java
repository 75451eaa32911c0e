package io.deckhand.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A note: its GUID (stable across packages, used to update on re-import), field values and tags. */
public record PackageNote(long id, String guid, long noteTypeId, List<String> fields, List<String> tags, Instant modified) {
    public PackageNote {
        if (guid == null || guid.isEmpty()) throw new IllegalArgumentException("note " + id + " has no GUID");
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
        Objects.requireNonNull(modified, "modified");
    }
}
