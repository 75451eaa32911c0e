package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The commands' one JSON mapper, made when a command first prints JSON: picocli builds every
 * command at each start, and a mapper per command made Jackson load for {@code --version} too.
 */
final class CliJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CliJson() {
    }
}
