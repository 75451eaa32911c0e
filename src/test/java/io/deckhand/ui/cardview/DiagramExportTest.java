package io.deckhand.ui.cardview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.render.CardPages;
import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiagramExportTest {
    private static final String CHART = "flowchart LR\n  subgraph cp [Control plane]\n    api[kube-apiserver] --> etcd[(etcd)]\n  end\n"
            + "  kubelet{{kubelet}} -->|watches| api\n";
    private final DiagramExport export = new DiagramExport(new DiagramRenderer());

    @TempDir
    Path dir;

    @Test
    void svgIsAStandaloneDocumentWithTheLabels() throws Exception {
        Path file = dir.resolve("d.svg");
        export.writeSvg(CHART, true, file);

        String svg = Files.readString(file);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        String text = doc.getDocumentElement().getTextContent();
        for (String label : new String[] {"kube-apiserver", "etcd", "kubelet", "watches", "Control plane"}) {
            assertTrue(text.contains(label), label + " missing from " + text);
        }
        assertTrue(svg.contains("<style") || svg.contains("fill="), "standalone SVG carries its colours");
    }

    @Test
    void aBrokenDiagramIsRefusedWithItsPosition() {
        FlowchartSyntaxException e = assertThrows(FlowchartSyntaxException.class,
                () -> export.writeSvg("flowchart LR\n  a[unclosed --> b", false, dir.resolve("x.svg")));
        assertTrue(e.line() >= 1);
        assertTrue(Files.notExists(dir.resolve("x.svg")));
    }

    @Test
    void pngIsTheDiagramAtTwiceItsSize() throws Exception {
        FxToolkit.registerPrimaryStage();
        String svg = export.svg(CHART, false);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("width=\"([0-9.]+)\" height=\"([0-9.]+)\"").matcher(svg);
        assertTrue(m.find());
        CompletableFuture<Image> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                export.renderPng(CHART, false, image::complete);
            } catch (FlowchartSyntaxException e) {
                image.completeExceptionally(e);
            }
        });
        Image png = image.get(30, TimeUnit.SECONDS);
        assertNotNull(png, "the offscreen view drew nothing");
        Path file = dir.resolve("d.png");
        DiagramExport.writePng(png, file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(Math.ceil(Double.parseDouble(m.group(1)) * DiagramExport.PNG_SCALE), read.getWidth(), 1.0);
        assertEquals(Math.ceil(Double.parseDouble(m.group(2)) * DiagramExport.PNG_SCALE), read.getHeight(), 1.0);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < read.getHeight(); y += 3) {
            for (int x = 0; x < read.getWidth(); x += 3) {
                colours.add(read.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 5, "the PNG looks blank: " + colours.size() + " colours");
    }

    @Test
    void theCardOffersItsFlowchartForExport() throws Exception {
        FxToolkit.registerPrimaryStage();
        CardView[] view = new CardView[1];
        FxToolkit.setupStage(stage -> {
            view[0] = new CardView(new CardPages(), new SameThreadTaskRunner());
            stage.setScene(new Scene(view[0], 600, 400));
            stage.show();
        });
        CountDownLatch loaded = new CountDownLatch(1);
        Platform.runLater(() -> {
            view[0].show("Intro\n\n```mermaid\n" + CHART + "```\n", false);
            view[0].engine().getLoadWorker().stateProperty().addListener((o, old, s) -> {
                if (s == Worker.State.SUCCEEDED) loaded.countDown();
            });
        });
        assertTrue(loaded.await(20, TimeUnit.SECONDS));
        CompletableFuture<Optional<String>> source = new CompletableFuture<>();
        Platform.runLater(() -> source.complete(view[0].diagramSource()));
        assertEquals(Optional.of(CHART), source.get(10, TimeUnit.SECONDS));
        FxToolkit.setupStage(Stage::hide);
    }
}
