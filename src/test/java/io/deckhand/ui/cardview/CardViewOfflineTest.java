package io.deckhand.ui.cardview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.deckhand.app.render.CardPages;
import io.deckhand.render.page.CardPage;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The card view never touches the network: a local HTTP server stands in for the web and must
 * receive no request at all, whatever the card holds or the user clicks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardViewOfflineTest {
    private final FxRobot robot = new FxRobot();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;
    private CardView view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "<html><body>online</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        FxToolkit.setupStage(stage -> {
            view = new CardView(new CardPages(), new SameThreadTaskRunner());
            stage.setScene(new Scene(view, 700, 500));
            stage.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(0);
        FxToolkit.setupStage(Stage::hide);
    }

    @Test
    void aCardWithRemoteImageLinkAndStyleLoadsNothing() throws Exception {
        String card = "![remote](" + base + "/md-image.png)\n\n<img src=\"" + base + "/html-image.png\">\n\n"
                + "<style>@import url(" + base + "/import.css);</style>\n\n[the docs](" + base + "/page)\n";
        load(() -> view.show(card, false));

        clickFirstLink();
        settle();

        assertEquals(List.of(), requests, "requests reached the network");
        assertOnPage();
        assertTrue(view.toast().text().contains(base + "/page"), "the clicked link is offered as text: " + view.toast().text());
    }

    /** Below the sanitiser: a page whose body still has remote references is held offline by the view itself. */
    @Test
    void aHostilePageStillLoadsNothing() throws Exception {
        String body = "<p>hostile</p><img src=\"" + base + "/raw.png\"><link rel=\"stylesheet\" href=\"" + base + "/link.css\">"
                + "<style>@import url(" + base + "/import.css); p{background:url(" + base + "/bg.png)}"
                + "@font-face{font-family:x;src:url(" + base + "/font.woff)} p{font-family:x}</style>"
                + "<iframe src=\"" + base + "/frame\"></iframe><a href=\"" + base + "/raw-link\">go</a>";
        load(() -> view.showPage(CardPage.document(body, true, false, ""), true));

        clickFirstLink();
        settle();

        assertEquals(List.of(), requests, "requests reached the network");
        assertOnPage();
    }

    @Test
    void navigationFromAScriptIsUndone() throws Exception {
        load(() -> view.show("# Pods\n\nA pod is the smallest unit.", false));
        robot.interact(() -> view.engine().executeScript("window.location.href = '" + base + "/scripted';"));
        settle();

        assertOnPage();
        String text = textOfBody();
        assertTrue(text.contains("smallest unit"), "the card is shown again: " + text);
    }

    /**
     * Below the sanitiser: a page that tries to leave again on every load (a meta refresh and a
     * script) must not turn the guard's restore into a request loop (it made 240 requests in 1.5 s).
     */
    @Test
    void aPageThatKeepsLeavingMakesNoRequest() throws Exception {
        String body = "<meta http-equiv=\"Refresh\" content=\"0;url=" + base + "/refresh\">"
                + "<p>leaving</p><script>setInterval(function(){ location.href = '" + base + "/scripted'; }, 10);"
                + "location.href = '" + base + "/on-load';</script>";
        assertEquals(0, requestsIn1500ms(body), "requests reached the network: " + requests);
        assertEquals("leaving", eval("document.querySelector('p').textContent"), "the card stays shown");
    }

    /**
     * A refresh the view does not recognise is undone once, then the card is replaced by a notice; the
     * guard sees it only after WebKit sent the request, so web URLs are refused in the JVM (NetworkRefusal).
     */
    @Test
    void aDisguisedRefreshIsRestoredOnlyOnceAndSendsNothing() throws Exception {
        String body = "<meta http-equiv=\"re&#102;resh\" content=\"0;url=" + base + "/refresh\"><p>leaving</p>";
        assertEquals(0, requestsIn1500ms(body), "requests reached the network: " + requests);
        assertTrue(textOfBody().contains("blocked"), "the card is replaced by a notice: " + textOfBody());
    }

    /**
     * The layer under the guard: even a load the guard only hears of afterwards (here asked of the engine
     * directly, as a navigation WebKit starts itself would be) sends nothing, because web URLs are refused
     * in the JVM before a socket exists.
     */
    @Test
    void aLoadStartedBehindTheGuardsBackSendsNothing() throws Exception {
        load(() -> view.show("# Pods", false));
        robot.interact(() -> view.engine().load(base + "/direct"));
        Thread.sleep(1500);
        settle();
        assertEquals(List.of(), requests, "requests reached the network");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new java.net.URL(base + "/from-java").openConnection().getInputStream());
        assertEquals(List.of(), requests, "requests reached the network");
    }

    private int requestsIn1500ms(String body) throws Exception {
        load(() -> view.showPage(CardPage.document(body, false, false, ""), false));
        Thread.sleep(1500);
        int made = requests.size();
        System.err.println("requests from a page that keeps leaving in 1.5 s: " + made + " " + requests);
        settle();
        assertOnPage();
        return made;
    }

    /** CSP: an inline script that is not one of the page's own does not run. */
    @Test
    void aScriptInTheCardDoesNotRun() throws Exception {
        String body = "<p id=\"p\">before</p><script>document.getElementById('p').textContent = 'ran';</script>";
        load(() -> view.showPage(CardPage.document(body, false, false, ""), false));
        settle();
        assertEquals("before", eval("document.getElementById('p').textContent"));
    }

    @Test
    void mermaidStillDrawsOtherDiagramsAndKeepsThemOffline() throws Exception {
        String card = "```mermaid\nsequenceDiagram\nA->>B: <img src=\"" + base + "/message.png\">\n"
                + "Note over A: <img src=" + base + "/note.png>\nlink A: Docs @ " + base + "/actor-link\n```\n\n"
                + "```mermaid\nstateDiagram-v2\nstate \"<img src='" + base + "/state.png'>\" as S\n[*] --> S\n```\n";
        load(() -> view.show(card, false));
        for (int i = 0; i < 100 && !evalBoolean("document.querySelectorAll('div.mermaid svg').length === 2"); i++) {
            Thread.sleep(100);
        }
        assertTrue(evalBoolean("document.querySelectorAll('div.mermaid svg').length === 2"),
                "Mermaid drew both diagrams under the CSP: " + textOfBody());
        settle();

        assertEquals(0, ((Number) eval("Array.prototype.filter.call(document.querySelectorAll('div.mermaid *'), function(n){"
                + " return ['src','href','xlink:href'].some(function(a){ var v = n.getAttribute(a); return v && /^\\s*[a-z]+:/i.test(v) && !/^\\s*data:/i.test(v); });"
                + " }).length")).intValue(), "no live external reference in Mermaid's output");
        assertEquals(List.of(), requests, "requests reached the network");
        assertOnPage();
    }

    private Object eval(String script) throws Exception {
        Object[] out = new Object[1];
        robot.interact(() -> out[0] = view.engine().executeScript(script));
        return out[0];
    }

    private boolean evalBoolean(String script) throws Exception {
        return Boolean.TRUE.equals(eval(script));
    }

    private String textOfBody() throws Exception {
        String[] out = new String[1];
        robot.interact(() -> out[0] = (String) view.engine().executeScript("document.body.textContent"));
        return out[0];
    }

    private void clickFirstLink() throws Exception {
        // A real pointer click on the link, then a DOM click() for good measure.
        double[] at = new double[2];
        robot.interact(() -> {
            JSObject r = (JSObject) view.engine().executeScript(
                    "(function(){var r=document.querySelector('a').getBoundingClientRect();return [r.left+r.width/2, r.top+r.height/2];})()");
            at[0] = ((Number) r.getSlot(0)).doubleValue();
            at[1] = ((Number) r.getSlot(1)).doubleValue();
        });
        WebView web = (WebView) view.getChildren().get(0);
        Point2D screen = WaitForAsyncUtils.asyncFx(() -> web.localToScreen(at[0], at[1])).get();
        robot.clickOn(screen);
        robot.interact(() -> view.engine().executeScript("document.querySelector('a').click();"));
    }

    private void load(Runnable show) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            show.run();
            Worker<Void> worker = view.engine().getLoadWorker();
            if (worker.getState() == Worker.State.SUCCEEDED) done.countDown();
            worker.stateProperty().addListener((o, old, s) -> {
                if (s == Worker.State.SUCCEEDED) done.countDown();
            });
        });
        assertTrue(done.await(20, TimeUnit.SECONDS), "page did not load");
    }

    /** Gives the engine time to start any load it was going to make. */
    private static void settle() throws Exception {
        for (int i = 0; i < 10; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100);
        }
    }

    private void assertOnPage() throws Exception {
        String[] location = new String[1];
        robot.interact(() -> location[0] = view.engine().getLocation());
        assertTrue(OfflineGuard.isOwnPage(location[0]), "the view left the card for " + location[0]);
    }
}
