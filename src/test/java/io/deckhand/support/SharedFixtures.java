package io.deckhand.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (test inputs from real tools). Tests that need it are skipped with a
 * clear message when it is absent, so a user's clone still builds.
 */
public final class SharedFixtures {
    private SharedFixtures() {
    }

    public static Path root() {
        String prop = System.getProperty("deckhand.shared");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "shared");
        return p.toAbsolutePath().normalize();
    }

    /** Starts the message of a test skipped for a missing fixture; {@link SharedFixturesReport} counts them. */
    static final String SKIPPED = "skipped: shared fixture absent: ";

    /** The file or folder below {@code ../shared}; skips the calling test if it is missing. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), SKIPPED + relative + " (looked in " + root() + "; the ../shared fixtures are not on this machine)");
        return p;
    }
}
