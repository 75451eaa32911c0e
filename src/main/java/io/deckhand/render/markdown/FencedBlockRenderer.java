package io.deckhand.render.markdown;

/**
 * Turns the content of a fenced or indented code block into HTML. Implementations must escape all
 * text they emit; the page is sanitised afterwards anyway.
 */
@FunctionalInterface
public interface FencedBlockRenderer {
    /**
     * @param language the first word of the fence's info string, lower case ("" when absent)
     * @param code the block's text, never null
     * @return HTML for the block
     */
    String render(String language, String code);
}
