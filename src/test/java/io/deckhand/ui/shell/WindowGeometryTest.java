package io.deckhand.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {
    @Test
    void roundTrips() {
        WindowGeometry g = new WindowGeometry(-1200, 40, 1280, 800, true);
        assertEquals(Optional.of(g), WindowGeometry.parse(g.format()));
    }

    @Test
    void damagedOrTinyValuesAreIgnored() {
        assertTrue(WindowGeometry.parse("10,10,NaN,800,false").isEmpty());
        assertTrue(WindowGeometry.parse("10,10,100,80,false").isEmpty());
        assertTrue(WindowGeometry.parse("1,2,3").isEmpty());
        assertTrue(WindowGeometry.parse(null).isEmpty());
    }

    @Test
    void aWindowFromAnUnpluggedMonitorComesBackOnScreen() {
        WindowGeometry g = new WindowGeometry(3000, 900, 1600, 1000, false).fitInto(0, 0, 1400, 900);
        assertEquals(new WindowGeometry(0, 0, 1400, 900, false), g);
    }

    @Property
    void parsingNeverThrows(@ForAll String stored) {
        WindowGeometry.parse(stored);
    }
}
