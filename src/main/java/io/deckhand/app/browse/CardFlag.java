package io.deckhand.app.browse;

/** Anki's flag colours, by the number stored on the card (0 = no flag). */
public enum CardFlag {
    NONE("No flag"), RED("Red"), ORANGE("Orange"), GREEN("Green"), BLUE("Blue"), PINK("Pink"),
    TURQUOISE("Turquoise"), PURPLE("Purple");

    private final String label;

    CardFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int number() {
        return ordinal();
    }

    public static CardFlag of(int number) {
        if (number < 0 || number >= values().length) throw new IllegalArgumentException("flag " + number);
        return values()[number];
    }
}
