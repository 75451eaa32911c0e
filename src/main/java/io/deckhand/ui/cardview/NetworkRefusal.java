package io.deckhand.ui.cardview;

import java.io.IOException;
import java.net.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last layer under the card page's CSP and the navigation guard: web URLs cannot be opened at all
 * in this JVM, so a page that slips past both (a disguised meta refresh is only seen by the guard after
 * WebKit sent its request) still sends nothing. WebKit's HTTP/2 loader (java.net.http) is switched off
 * so that every page load goes through {@link URL#openConnection()}, and the http, https and ftp
 * handlers refuse before a socket exists. Deckhand is offline by design; nothing else needs them.
 */
final class NetworkRefusal {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkRefusal.class);
    private static final Set<String> REFUSED = Set.of("http", "https", "ftp");
    private static boolean installed;

    private NetworkRefusal() {
    }

    /** Before the first WebView: WebKit reads the loader choice once, when its network layer starts. */
    static synchronized void install() {
        if (installed) return;
        installed = true;
        System.setProperty("com.sun.webkit.useHTTP2Loader", "false");
        try {
            URL.setURLStreamHandlerFactory(protocol -> REFUSED.contains(protocol.toLowerCase(Locale.ROOT)) ? REFUSING : null);
        } catch (Error alreadySet) {
            // another part of this JVM set its own factory first (a test harness); the CSP and guard still hold
            LOG.warn("Could not refuse web URLs for the card view: {}", alreadySet.getMessage());
        }
    }

    static final URLStreamHandler REFUSING = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            throw refused(url);
        }

        @Override
        protected URLConnection openConnection(URL url, Proxy proxy) throws IOException {
            throw refused(url);
        }
    };

    private static IOException refused(URL url) {
        LOG.warn("Blocked a request to {}: Deckhand works offline", url);
        return new IOException("Deckhand works offline and does not open " + url.getProtocol() + " addresses.");
    }
}
