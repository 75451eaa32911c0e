package io.deckhand.app.notes;

/** A note left out of an extraction, with why in the user's words. {@code reason} is a stable code. */
public record SkippedNote(String path, String reason, String message) {
}
