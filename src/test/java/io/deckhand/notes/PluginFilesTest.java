package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Obsidian plugins keep their data in Markdown files; those are not notes to learn from. */
class PluginFilesTest {
    private final NoteParser parser = new NoteParser();

    @Test
    void anExcalidrawDrawingGivesNoCards() {
        String drawing = """
                ---

                excalidraw-plugin: parsed
                tags: [excalidraw]

                ---
                ==⚠  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. ⚠==

                # Text Elements
                Control plane ^a1b2c3

                %%
                # Drawing
                ```json
                {"type":"excalidraw","version":2,"elements":[]}
                ```
                %%
                """;
        ExtractionResult r = parser.parse("drawings/cluster.excalidraw.md", drawing);
        assertEquals(0, r.drafts().size(), r.drafts().toString());
        assertEquals(1, r.notesRead());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void aKanbanBoardGivesNoCards() {
        String board = "---\n\nkanban-plugin: basic\n\n---\n\n## Todo\n\n- [ ] Practise etcd backup\n- [ ] Read about taints\n";
        assertEquals(0, parser.parse("boards/study.md", board).drafts().size());
    }

    @Test
    void aNoteMentioningThePluginsInItsTextIsStillRead() {
        String note = "---\ntags: [tools]\n---\n# Tools\n\nExcalidraw - a whiteboard for sketching diagrams.\n"
                + "\nkanban-plugin: basic\n";
        assertTrue(parser.parse("tools.md", note).drafts().size() >= 1);
    }
}
