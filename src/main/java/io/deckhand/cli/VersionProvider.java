package io.deckhand.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = DeckhandCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Deckhand " + (v == null ? "development build" : v)};
    }
}
