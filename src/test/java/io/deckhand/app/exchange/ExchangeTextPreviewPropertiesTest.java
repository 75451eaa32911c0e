package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.exchange.csv.AnkiTextReader;
import io.deckhand.exchange.csv.TextTable;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Whatever a text file holds, its preview is well formed and the suggestion is importable or says why not. */
class ExchangeTextPreviewPropertiesTest {
    @Property(tries = 300)
    void previewIsRectangularWithOneRolePerColumn(@ForAll @StringLength(max = 400) String text) {
        TextTable table = new AnkiTextReader().read(text, AnkiTextReader.Options.AUTO);
        TextPreview p = TextColumns.preview(table);
        assertEquals(p.columns(), p.suggested().size());
        assertTrue(p.rows().size() <= TextColumns.PREVIEW_ROWS);
        p.rows().forEach(r -> assertEquals(p.columns(), r.size()));
        assertTrue(p.suggested().contains(ColumnRole.FRONT), "a front column is always suggested: " + p.suggested());
    }

    @Property(tries = 200)
    void aChoiceWithoutExactlyOneFrontIsRefused(@ForAll @Size(max = 6) List<ColumnRole> roles) {
        long fronts = roles.stream().filter(ColumnRole.FRONT::equals).count();
        boolean duplicate = roles.stream().filter(r -> r != ColumnRole.IGNORE).distinct().count()
                < roles.stream().filter(r -> r != ColumnRole.IGNORE).count();
        assertEquals(fronts == 1 && !duplicate, new ColumnChoice(roles, false).problem().isEmpty(), roles.toString());
    }
}
