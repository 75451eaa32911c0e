package io.deckhand.bootstrap;

import io.deckhand.exchange.FormatException;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.exchange.json.DeckFileReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The decks shipped inside the app (the project's {@code decks/} folder, listed in {@code bundled.txt}). */
public final class BundledDeckResources {
    static final String FOLDER = "/io/deckhand/decks/";

    private BundledDeckResources() {
    }

    public static List<String> names() throws FormatException {
        try (InputStream in = BundledDeckResources.class.getResourceAsStream(FOLDER + "bundled.txt")) {
            if (in == null) return List.of();
            List<String> names = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) names.add(line.strip());
                }
            }
            return names;
        } catch (IOException e) {
            throw new FormatException("The list of bundled decks could not be read.", e);
        }
    }

    public static List<DeckFile> load() throws FormatException {
        DeckFileReader reader = new DeckFileReader();
        List<DeckFile> decks = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = BundledDeckResources.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) throw new FormatException("The bundled deck " + name + " is missing.");
                decks.add(reader.read(in));
            } catch (IOException e) {
                throw new FormatException("The bundled deck " + name + " could not be read.", e);
            }
        }
        return decks;
    }
}
