package io.deckhand.app.exchange;

/** What a column of a text file holds, as chosen in the import dialog. */
public enum ColumnRole {
    FRONT("Front"),
    BACK("Back"),
    TAGS("Tags"),
    DECK("Deck"),
    IGNORE("Ignore");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
