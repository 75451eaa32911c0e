package io.deckhand.render.diagram;

import java.util.List;
import java.util.Map;

/** Absolute positions of a laid-out flowchart, independent of the layout engine. */
record DiagramLayout(double width, double height, Map<String, Box> nodes, Map<String, Box> clusters, List<Route> edges) {
    record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }
    }

    /** @param points at least two points; label may be null */
    record Route(int index, List<double[]> points, Box label) {
    }
}
