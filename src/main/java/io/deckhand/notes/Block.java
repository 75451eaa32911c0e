package io.deckhand.notes;

import java.util.List;

/**
 * The structure of a note, the same for Markdown and flattened plain text: what the card rules read.
 * Lines are 1-based. Text is Markdown (inline markup kept).
 */
sealed interface Block {
    int first();

    int last();

    /**
     * A heading; {@code level} 1..6 (plain text notes get levels from their layout). A heading of the
     * note has {@code last == first} and lasts until the next heading of its level or above; an outline
     * heading (a list item with points nested under it) has {@code last > first} and ends there.
     */
    record Heading(int level, String text, int first, int last) implements Block {
    }

    /** A paragraph of prose (in flattened notes: one logical line). */
    record Prose(String text, int first, int last) implements Block {
    }

    /** A list; items keep their own nested text joined. */
    record ItemList(List<Item> items, boolean ordered, int first, int last) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /**
     * An item of a list. {@code holdsCode}: code is nested in it (a command or a manifest under its
     * text), which its text alone leaves out.
     */
    record Item(String text, int first, int last, boolean holdsCode) {
        Item(String text, int first, int last) {
            this(text, first, last, false);
        }
    }

    /**
     * Code: {@code lang} is {@code shell}, {@code yaml}, {@code mermaid}, {@code output} (what a command
     * printed) or whatever a fence named. {@code comment} is a shell comment that explains it, or "".
     * {@code caveat} is a comment that warns what running it causes ("will restart every pod"), or "".
     */
    record Code(String lang, String text, String comment, int first, int last, String caveat) implements Block {
        Code(String lang, String text, String comment, int first, int last) {
            this(lang, text, comment, first, last, "");
        }

        Code withComment(String own) {
            return new Code(lang, text, own, first, last, caveat);
        }

        Code withCaveat(String more) {
            return new Code(lang, text, comment, first, last, caveat.isEmpty() ? more : caveat + " " + more);
        }
    }

    record Table(List<String> header, List<List<String>> rows, int first, int last) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A question the note asks itself ({@code #ask ...}), answered by what follows if anything. */
    record Ask(String question, int first, int last) implements Block {
    }

    /**
     * A solution the note reveals under a label that is no question ({@code <details><summary>Show
     * Solution</summary>}, a "Solution:" or "Answer:" line or heading): it answers the exercise stated
     * before it. {@code label} is the summary or label as written; {@code body} is Markdown, empty when
     * the solution is the blocks that follow the label. {@code level} is the heading level of a
     * "### Solution" heading (its section is the solution, steps under sub-headings included), else 0.
     */
    record Solution(String label, String body, int level, int first, int last) implements Block {
        /** A solution that is no heading (a label line, a {@code <details>}): {@code level} 0. */
        Solution(String label, String body, int first, int last) {
            this(label, body, 0, first, last);
        }
    }

    /** A question with its answer given by the note's structure (Q:/A:, details, callouts). */
    record QuestionAnswer(String question, String answer, int first, int last) implements Block {
    }
}
