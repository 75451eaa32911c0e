package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The launcher models only the sub-command the arguments name; whatever the arguments, it must read
 * them as the command line with every sub-command does.
 */
class OneCommandModelledTest {
    private static DeckhandCommand root() {
        return new DeckhandCommand((d, e) -> 0, d -> {
            throw new IllegalStateException("not opened in this test");
        });
    }

    @Test
    void theNamedCommandIsFoundPastRootOptionsAndTheFoldersValue() {
        assertEquals(SyncCommand.class, DeckhandCommand.named("sync", "status"));
        assertEquals(ImportCommand.class, DeckhandCommand.named("--debug", "import", "x.apkg"));
        assertEquals(ExtractCommand.class, DeckhandCommand.named("--data-dir", "notes", "extract", "notes"));
        assertNull(DeckhandCommand.named("--data-dir", "decks", "extract"));
        assertEquals(DecksCommand.class, DeckhandCommand.named("--data-dir=decks", "decks"));
        assertNull(DeckhandCommand.named("--help"));
        assertNull(DeckhandCommand.named("imprt", "x"));
        assertNull(DeckhandCommand.named());
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        List<String> names = new ArrayList<>();
        for (Class<?> c : DeckhandCommand.SUBCOMMANDS) names.add(c.getAnnotation(Command.class).name());
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(names),
                Arbitraries.of("--data-dir", "--debug", "--help", "-V", "--json", "status", "now", "x.apkg", "--data-dir=d",
                        "imprt", "-n", "3"));
        return token.list().ofMinSize(0).ofMaxSize(5);
    }

    @Property(tries = 300)
    void argumentsAreReadAsWithEveryCommand(@ForAll("commandLines") List<String> args) {
        String[] a = args.toArray(String[]::new);
        assertEquals(reading(DeckhandCommand.commandLine(root()), a), reading(DeckhandCommand.commandLine(root(), a), a));
    }

    /** The commands matched and the options each matched, or the parse error's message. */
    private static String reading(CommandLine cl, String[] args) {
        try {
            StringBuilder out = new StringBuilder();
            for (CommandLine.ParseResult r = cl.parseArgs(args); r != null; r = r.subcommand()) {
                out.append(r.commandSpec().name()).append(' ');
                for (CommandLine.Model.OptionSpec o : r.matchedOptions()) out.append(o.longestName()).append('=').append(o.getValue().toString()).append(' ');
                out.append(r.matchedPositionals().size()).append(" | ");
            }
            return out.toString();
        } catch (CommandLine.ParameterException e) {
            return "error: " + e.getMessage();
        }
    }
}
