package io.deckhand.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void cacheFollowsEachOsConvention() {
        assertEquals(HOME.resolve(".cache/deckhand"), DataDirectory.resolveCache(Map.of(), "Linux", HOME));
        assertEquals(Path.of("/tmp/xdg/deckhand"), DataDirectory.resolveCache(Map.of("XDG_CACHE_HOME", "/tmp/xdg"), "Linux", HOME));
        assertEquals(HOME.resolve(".cache/deckhand"), DataDirectory.resolveCache(Map.of("XDG_CACHE_HOME", " "), "Linux", HOME));
        assertEquals(HOME.resolve("Library/Caches/Deckhand"), DataDirectory.resolveCache(Map.of(), "Mac OS X", HOME));
        assertEquals(Path.of("/local/Deckhand/cache"),
                DataDirectory.resolveCache(Map.of("LOCALAPPDATA", "/local"), "Windows 11", HOME));
        assertEquals(HOME.resolve("AppData/Local/Deckhand/cache"), DataDirectory.resolveCache(Map.of(), "Windows 11", HOME));
    }

    @Test
    void cacheIsNotTheDataFolder() {
        Map<String, String> env = Map.of();
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 10"}) {
            Path data = DataDirectory.resolve(null, env, os, HOME);
            Path cache = DataDirectory.resolveCache(env, os, HOME);
            assertEquals(false, cache.startsWith(data) || data.startsWith(cache), os);
        }
    }
}
