package io.deckhand.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowchartLayoutTest {
    private final FlowchartLayout layout = new FlowchartLayout();

    private DiagramLayout lay(String source) throws Exception {
        return layout.layout(new FlowchartParser().parse(source));
    }

    private static void assertRow(DiagramLayout l, List<String> ids) {
        for (int k = 1; k < ids.size(); k++) {
            DiagramLayout.Box a = l.nodes().get(ids.get(k - 1));
            DiagramLayout.Box b = l.nodes().get(ids.get(k));
            assertEquals(a.y() + a.h() / 2, b.y() + b.h() / 2, 1.0, ids + " share a row");
            assertTrue(b.x() > a.x() + a.w(), ids + " run left to right");
        }
    }

    private static void assertColumn(DiagramLayout l, List<String> ids) {
        for (int k = 1; k < ids.size(); k++) {
            DiagramLayout.Box a = l.nodes().get(ids.get(k - 1));
            DiagramLayout.Box b = l.nodes().get(ids.get(k));
            assertTrue(b.y() > a.y() + a.h(), ids + " run top to bottom");
        }
    }

    @Test
    void subgraphDirectionIsHonouredWhenNoEdgeCrossesItsBorder() throws Exception {
        DiagramLayout l = lay("""
                flowchart TB
                  start --> pipeline
                  subgraph pipeline [Build]
                    direction LR
                    fetch --> compile --> test
                  end
                """);
        assertRow(l, List.of("fetch", "compile", "test"));
        DiagramLayout.Box box = l.clusters().get("pipeline");
        for (String id : List.of("fetch", "compile", "test")) {
            DiagramLayout.Box n = l.nodes().get(id);
            assertTrue(n.x() >= box.x() && n.x() + n.w() <= box.x() + box.w() + 0.5, id + " inside its subgraph");
            assertTrue(n.y() >= box.y() && n.y() + n.h() <= box.y() + box.h() + 0.5, id + " inside its subgraph");
        }
        assertTrue(l.nodes().get("start").y() + l.nodes().get("start").h() <= box.y(), "start above the subgraph");
    }

    @Test
    void subgraphDirectionIsIgnoredWhenANodeLinksOutside() throws Exception {
        DiagramLayout l = lay("""
                flowchart TB
                  subgraph pipeline
                    direction LR
                    fetch --> compile --> test
                  end
                  test --> deploy
                """);
        assertColumn(l, List.of("fetch", "compile", "test", "deploy"));
    }
}
