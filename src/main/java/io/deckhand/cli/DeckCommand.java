package io.deckhand.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Groups the commands about one deck ({@code deck options ...}). */
@Command(name = "deck", mixinStandardHelpOptions = true, description = "Commands about one deck.", subcommands = {DeckOptionsCommand.class})
final class DeckCommand {
    @ParentCommand
    DeckhandCommand root;
}
