package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.note.Note;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqliteNoteRepositoryTest {
    private final Database db = Database.openInMemory();
    private final SqliteNoteRepository notes = new SqliteNoteRepository(db, Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findByGuidsReturnsEachMatchingNoteOnceAcrossBatches() throws Exception {
        List<String> guids = new ArrayList<>();
        db.inTransaction(() -> {
            for (int i = 0; i < 1203; i++) {
                String guid = "g" + i;
                guids.add(guid);
                notes.insert(guid, "basic", List.of("front " + i, "back"), new SourceRef("a.md", i, i, List.of()), "h");
            }
            return null;
        });
        List<String> asked = new ArrayList<>(guids.subList(0, 1001));
        asked.add("missing");
        asked.add("g5"); // asked twice
        List<Note> found = db.read(() -> notes.findByGuids(asked));
        assertEquals(guids.subList(0, 1001), found.stream().map(Note::guid).toList());
        assertEquals(List.of(), db.read(() -> notes.findByGuids(List.of())));
        assertEquals(List.of("g1202"), db.read(() -> notes.findByGuids(List.of("g1202"))).stream()
                .map(Note::guid).toList());
    }
}
