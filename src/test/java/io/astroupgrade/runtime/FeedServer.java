package io.astroupgrade.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A stand-in for updates.astronomer.io: the JDK HTTP server on loopback, serving the realistic feed fixture. */
public final class FeedServer implements AutoCloseable {

    public final AtomicReference<String> body = new AtomicReference<>(TestCatalogs.resource("feed-realistic.json"));
    public final AtomicInteger status = new AtomicInteger(200);
    public final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hang;
    private HttpServer server;

    public static FeedServer start() {
        FeedServer feed = new FeedServer();
        try {
            feed.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        feed.server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-server");
            t.setDaemon(true);
            return t;
        }));
        feed.server.createContext("/astronomer-runtime", exchange -> {
            feed.requests.incrementAndGet();
            if (feed.hang) feed.awaitRelease();
            byte[] bytes = feed.body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(feed.status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        feed.server.start();
        return feed;
    }

    /** From now on, requests get no answer until the server closes. */
    public void hang() { hang = true; }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/astronomer-runtime");
    }

    /** A loopback port nobody listens on: bound, then closed. */
    public static URI refusingUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/astronomer-runtime");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
