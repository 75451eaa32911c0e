package io.deckhand.app.exchange;

import java.util.List;
import java.util.Optional;

/**
 * The user's column mapping for a text file: one role per column (in file order) and whether the
 * first row is a header to skip. Any combination can be held (the dialog edits it freely);
 * {@link #problem()} says why it cannot be imported, and the import refuses it then.
 */
public record ColumnChoice(List<ColumnRole> roles, boolean firstRowIsHeader) {
    public ColumnChoice {
        roles = List.copyOf(roles);
    }

    /** Why this mapping cannot be used, in the user's words; empty when it can. */
    public Optional<String> problem() {
        if (!roles.contains(ColumnRole.FRONT)) return Optional.of("Choose which column is the Front of the cards.");
        for (ColumnRole r : ColumnRole.values()) {
            if (r != ColumnRole.IGNORE && roles.stream().filter(r::equals).count() > 1) {
                return Optional.of("Only one column can be " + r.label() + ".");
            }
        }
        return Optional.empty();
    }

    /** The 1-based column holding {@code role}, 0 when none does. */
    int columnOf(ColumnRole role) {
        return roles.indexOf(role) + 1;
    }
}
