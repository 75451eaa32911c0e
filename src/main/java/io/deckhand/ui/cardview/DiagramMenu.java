package io.deckhand.ui.cardview;

import io.deckhand.render.diagram.FlowchartSyntaxException;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import io.deckhand.ui.common.Shortcuts;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.web.WebView;
import javafx.stage.FileChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card view's context menu: export the flowchart under the pointer (or the card's first one)
 * as SVG or PNG. The shortcuts shown in the menu also work while a card with a diagram is on screen.
 */
final class DiagramMenu {
    static final KeyCombination EXPORT_SVG = Shortcuts.EXPORT_DIAGRAM_SVG.key();
    static final KeyCombination EXPORT_PNG = Shortcuts.EXPORT_DIAGRAM_PNG.key();
    private static final Logger LOG = LoggerFactory.getLogger(DiagramMenu.class);
    /** Source of the flowchart at (x, y), else of the first one; flowcharts carry it in data-source. */
    private static final String SOURCE_AT = "(function(x,y){var e=x<0?null:document.elementFromPoint(x,y);"
            + "var f=e&&e.closest?e.closest('figure.diagram[data-source]'):null;"
            + "if(!f){f=document.querySelector('figure.diagram[data-source]');}"
            + "return f?f.getAttribute('data-source'):null;})(%f,%f)";

    private final CardView card;
    private final WebView web;
    private final DiagramExport export;
    private final MenuItem svg = new MenuItem("Export diagram as SVG\u2026");
    private final MenuItem png = new MenuItem("Export diagram as PNG\u2026");
    private final ContextMenu menu = new ContextMenu(svg, png);
    /**
     * A filter, not scene accelerators: an accelerator would replace (and on leaving, remove) a
     * menu's accelerator for the same key, and this one must only act while a diagram is on screen.
     */
    private final EventHandler<KeyEvent> keys = this::key;
    private double pointerX = -1;
    private double pointerY = -1;

    DiagramMenu(CardView card, WebView web, DiagramExport export) {
        this.card = card;
        this.web = web;
        this.export = export;
        svg.setAccelerator(EXPORT_SVG);
        png.setAccelerator(EXPORT_PNG);
        svg.setOnAction(e -> exportSvg());
        png.setOnAction(e -> exportPng());
        web.setOnMouseMoved(e -> {
            pointerX = e.getX();
            pointerY = e.getY();
        });
        web.setOnMouseExited(e -> pointerX = pointerY = -1);
        web.setOnContextMenuRequested(e -> {
            pointerX = e.getX();
            pointerY = e.getY();
            boolean any = source().isPresent();
            svg.setDisable(!any);
            png.setDisable(!any);
            menu.show(web, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        web.setOnMousePressed(e -> menu.hide());
        card.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) unregister(old);
            if (scene != null) register(scene);
        });
        if (card.getScene() != null) register(card.getScene());
    }

    private void register(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    private void unregister(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    private void key(KeyEvent e) {
        boolean svgKey = EXPORT_SVG.match(e);
        if (!svgKey && !EXPORT_PNG.match(e)) return;
        // Only while the card is really on screen with a diagram; otherwise the key is not ours.
        if (!card.isShowing() || source().isEmpty()) return;
        e.consume();
        if (svgKey) exportSvg();
        else exportPng();
    }

    /** The flowchart source to export, if the card has one. */
    Optional<String> source() {
        Object r = web.getEngine().executeScript(String.format(java.util.Locale.ROOT, SOURCE_AT, pointerX, pointerY));
        return r instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private void exportSvg() {
        Optional<String> source = source();
        if (source.isEmpty()) {
            card.toast().show("This card has no flowchart to export.");
            return;
        }
        File file = chooseFile("diagram.svg", "SVG image", "*.svg");
        if (file == null) return;
        try {
            export.writeSvg(source.get(), card.dark(), file.toPath());
            card.toast().show("Diagram saved as " + file.getName());
        } catch (FlowchartSyntaxException e) {
            card.toast().show("The diagram has an error and cannot be exported: " + e.getMessage());
        } catch (IOException e) {
            LOG.warn("SVG export to {} failed", file, e);
            card.toast().show("Could not write " + file.getName() + ": " + e.getMessage());
        }
    }

    private void exportPng() {
        Optional<String> source = source();
        if (source.isEmpty()) {
            card.toast().show("This card has no flowchart to export.");
            return;
        }
        File file = chooseFile("diagram.png", "PNG image", "*.png");
        if (file == null) return;
        try {
            export.renderPng(source.get(), card.dark(), image -> {
                if (image == null) {
                    card.toast().show("The diagram could not be drawn as PNG.");
                    return;
                }
                try {
                    DiagramExport.writePng(image, file.toPath());
                    card.toast().show("Diagram saved as " + file.getName());
                } catch (IOException e) {
                    LOG.warn("PNG export to {} failed", file, e);
                    card.toast().show("Could not write " + file.getName() + ": " + e.getMessage());
                }
            });
        } catch (FlowchartSyntaxException e) {
            card.toast().show("The diagram has an error and cannot be exported: " + e.getMessage());
        }
    }

    private File chooseFile(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export diagram");
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return chooser.showSaveDialog(card.getScene() == null ? null : card.getScene().getWindow());
    }
}
