package io.deckhand.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output compared exactly with a file under {@code src/test/resources/golden}. Run with
 * {@code -Dgolden.update=true} to write the files from the current output instead (then look at the diff).
 */
public final class GoldenFiles {
    /** The source tree, not target/test-classes: an update lands where git sees it. */
    public static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Fails unless {@code actual} equals the golden file {@code relative}, character for character. */
    public static void assertMatches(String relative, String actual) {
        Path golden = ROOT.resolve(relative);
        try {
            if (updating()) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden + "; write it with -Dgolden.update=true and look at it before committing");
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                // Kept for a side-by-side look (diff, or a browser for SVG).
                Path seen = Path.of("target", "golden-actual").resolve(relative);
                Files.createDirectories(seen.getParent());
                Files.writeString(seen, actual, StandardCharsets.UTF_8);
            }
            assertEquals(expected, actual, "differs from " + golden + " (actual output in target/golden-actual; "
                    + "if the change is intended, update with -Dgolden.update=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of an input file under the golden folder. */
    public static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
