package io.deckhand.ui.cardview;

import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javafx.animation.PauseTransition;
import javafx.concurrent.Worker;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

/**
 * Writes a card's flowchart as a standalone SVG ({@link DiagramRenderer#toSvg}) or as a PNG.
 *
 * <p>PNG: the standalone SVG is drawn by an offscreen WebView sized to the diagram and that view is
 * snapshotted. Snapshotting the card's own view would clip diagrams wider than the card or scrolled
 * out of sight, and would carry the card's zoom and scroll position; the offscreen view always
 * shows the whole diagram, at twice its size for a sharp image.
 */
final class DiagramExport {
    /** PNG pixels per SVG unit. */
    static final double PNG_SCALE = 2;
    private static final Pattern SIZE = Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)\"[^>]*?\\sheight=\"([0-9.]+)\"");

    private final DiagramRenderer renderer;

    DiagramExport(DiagramRenderer renderer) {
        this.renderer = renderer;
    }

    String svg(String source, boolean dark) throws FlowchartSyntaxException {
        return renderer.toSvg(source, dark);
    }

    void writeSvg(String source, boolean dark, Path file) throws FlowchartSyntaxException, IOException {
        Files.writeString(file, svg(source, dark) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Draws the diagram offscreen and hands the image over on the FX thread; call on the FX thread.
     * {@code onImage} receives null when the SVG could not be drawn.
     */
    void renderPng(String source, boolean dark, Consumer<Image> onImage) throws FlowchartSyntaxException {
        String svg = svg(source, dark);
        Matcher m = SIZE.matcher(svg);
        boolean sized = m.find();
        double w = sized ? Double.parseDouble(m.group(1)) : 800;
        double h = sized ? Double.parseDouble(m.group(2)) : 600;
        NetworkRefusal.install();
        WebView view = new WebView();
        view.setContextMenuEnabled(false);
        view.setZoom(PNG_SCALE);
        view.setPrefSize(Math.ceil(w * PNG_SCALE), Math.ceil(h * PNG_SCALE));
        view.resize(Math.ceil(w * PNG_SCALE), Math.ceil(h * PNG_SCALE));
        view.setPageFill(Color.TRANSPARENT);
        // WebKit paints only in a showing window: an invisible one off screen, closed after the snapshot.
        Stage stage = new Stage(StageStyle.TRANSPARENT);
        stage.setScene(new Scene(new Group(view), w * PNG_SCALE, h * PNG_SCALE, Color.TRANSPARENT));
        stage.setOpacity(0);
        stage.setX(-100_000);
        stage.setY(-100_000);
        stage.show();
        view.getEngine().setJavaScriptEnabled(false);
        view.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                // A few pulses so WebKit has painted the SVG before the snapshot.
                PauseTransition paint = new PauseTransition(Duration.millis(150));
                paint.setOnFinished(e -> {
                    SnapshotParameters params = new SnapshotParameters();
                    params.setFill(Color.TRANSPARENT);
                    Image image = view.snapshot(params, null);
                    stage.close();
                    onImage.accept(image);
                });
                paint.play();
            } else if (state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                stage.close();
                onImage.accept(null);
            }
        });
        view.getEngine().loadContent("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
                + io.deckhand.app.render.CardPages.contentSecurityPolicy() + "\"><style>html,body{margin:0;padding:0;overflow:hidden;background:transparent}"
                + "svg{display:block}</style></head><body>" + svg + "</body></html>");
    }

    static void writePng(Image image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pixels.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
