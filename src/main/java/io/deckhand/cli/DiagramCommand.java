package io.deckhand.cli;

final class DiagramCommand {
}
