package io.deckhand.render.highlight;

/** One highlighted token: its kind (key, str, num, kw, com, var, opt, cmd, punct) and {@code [start, end)} offsets. */
public record TokenSpan(String kind, int start, int end) {
}
