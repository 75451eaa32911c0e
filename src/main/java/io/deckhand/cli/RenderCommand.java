package io.deckhand.cli;

final class RenderCommand {
}
