package io.deckhand.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.ui.common.FirstFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveLaunchTest {
    private static final Path ARCHIVE = Path.of("/cache/deckhand-1.jsa");
    private static final Path DUMP = Path.of("/cache/deckhand-1.jsa.7.tmp");

    @Test
    void theChildIsTheSameStartWithTheArchiveAndTheFirstJvmsStartTime() {
        var command = ClassArchiveLaunch.childCommand("/jdk/bin/java",
                List.of("-Ddeckhand.theme=dark", "-jar", "/w/target/deckhand.jar", "--data-dir", "/d", "--exit-after-shown"),
                new String[] {"--data-dir", "/d", "--exit-after-shown"}, Path.of("/w/target/deckhand.jar"), ARCHIVE, null, 1234);
        assertEquals(Optional.of(List.of("/jdk/bin/java", "-XX:SharedArchiveFile=/cache/deckhand-1.jsa", "-Xshare:auto",
                "-Xlog:cds*=off", "-Xlog:class+path=off", "-Ddeckhand.launchedAtMs=1234", "-Ddeckhand.theme=dark",
                "-jar", "/w/target/deckhand.jar", "--data-dir", "/d", "--exit-after-shown")), command);
    }

    @Test
    void withoutAnArchiveTheChildWritesOneWhenItExits() {
        var command = ClassArchiveLaunch.childCommand("java", List.of("-jar", "deckhand.jar"), new String[0],
                Path.of("/w/deckhand.jar"), null, DUMP, 1).orElseThrow();
        assertTrue(command.contains("-XX:ArchiveClassesAtExit=/cache/deckhand-1.jsa.7.tmp"), command::toString);
        assertEquals(List.of("-jar", "/w/deckhand.jar"), command.subList(command.size() - 2, command.size()));
    }

    @Test
    void onlyAPlainJarStartWhoseArgumentsReadBackExactlyIsHandedOver() {
        Path jar = Path.of("/w/deckhand.jar");
        // started from a class path (IDE, tests, mvn javafx:run)
        assertEquals(Optional.empty(), ClassArchiveLaunch.childCommand("java",
                List.of("-cp", "deckhand.jar", "io.deckhand.Launcher"), new String[0], jar, ARCHIVE, null, 1));
        // the command line read back is not the one main was given (e.g. cut short by the OS)
        assertEquals(Optional.empty(), ClassArchiveLaunch.childCommand("java",
                List.of("-jar", "deckhand.jar", "--data-dir"), new String[] {"--data-dir", "/d"}, jar, ARCHIVE, null, 1));
        assertEquals(Optional.empty(), ClassArchiveLaunch.childCommand("java",
                List.of("-jar", "deckhand.jar", "a"), new String[] {"b"}, jar, ARCHIVE, null, 1));
        // the user manages class sharing: theirs alone
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=/x.jsa", "-XX:ArchiveClassesAtExit=/x.jsa",
                "-XX:+AutoCreateSharedArchive", "-XX:AOTCache=app.aot")) {
            assertEquals(Optional.empty(), ClassArchiveLaunch.childCommand("java",
                    List.of(own, "-jar", "deckhand.jar"), new String[0], jar, ARCHIVE, null, 1), own);
        }
    }

    @Property
    void theChildKeepsEveryOptionAndArgumentInOrder(@ForAll("options") List<String> options,
                                                    @ForAll("arguments") List<String> arguments) {
        List<String> parent = new ArrayList<>(options);
        parent.add("-jar");
        parent.add("rel/deckhand.jar");
        parent.addAll(arguments);
        Path jar = Path.of("/abs/rel/deckhand.jar");
        List<String> child = ClassArchiveLaunch.childCommand("java", parent, arguments.toArray(String[]::new), jar,
                ARCHIVE, null, 5).orElseThrow();
        List<String> expectedTail = new ArrayList<>(options);
        expectedTail.add("-jar");
        expectedTail.add(jar.toString());
        expectedTail.addAll(arguments);
        assertEquals(expectedTail, child.subList(child.size() - expectedTail.size(), child.size()));
        assertEquals("java", child.get(0));
    }

    @Provide
    Arbitrary<List<String>> options() {
        return Arbitraries.of("-Dx=1", "-Xmx512m", "-Dprism.order=sw", "--add-opens=a/b=ALL-UNNAMED", "-ea", "-jar")
                .list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> arguments() {
        return Arbitraries.strings().withChars("ab-= /.").ofMaxLength(6).list().ofMaxSize(4);
    }

    @Test
    void theArchivesNameChangesWithTheJarOrALibraryAndOnlyThen(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("deckhand.jar"), "jar");
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path library = Files.writeString(lib.resolve("a.jar"), "a");
        String key = ClassArchiveLaunch.archiveKey(jar);
        assertEquals(key, ClassArchiveLaunch.archiveKey(jar));
        Files.setLastModifiedTime(library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() + 5000));
        String afterLibrary = ClassArchiveLaunch.archiveKey(jar);
        assertNotEquals(key, afterLibrary);
        Files.writeString(jar, "jar, rebuilt");
        assertNotEquals(afterLibrary, ClassArchiveLaunch.archiveKey(jar));
    }

    @Test
    void theFirstFrameCountsFromTheStartTheLauncherPasses() {
        assertEquals(ClassArchiveLaunch.LAUNCHED_AT_PROPERTY, FirstFrame.LAUNCHED_AT_PROPERTY);
        assertEquals(ClassArchiveLaunch.LAUNCHER_CPU_PROPERTY, FirstFrame.LAUNCHER_CPU_PROPERTY);
    }
}
