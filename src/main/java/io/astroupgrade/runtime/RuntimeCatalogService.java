package io.astroupgrade.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.astroupgrade.platform.UserDirs;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Gives the merged runtime catalog: the live feed (cached in the user's cache folder with its fetch
 * time), behind it the bundled snapshot, behind that the observed versions. A missing network is never
 * an error: the catalog then comes from the cache or the snapshot and its status says "offline".
 *
 * <p>{@link #load()} and {@link #refresh()} block for up to the deadline: call them off the FX thread
 * (through the TaskRunner). {@link #offline()} reads only local files. The methods are thread-safe.
 */
public final class RuntimeCatalogService {

    public static final URI DEFAULT_FEED_URL = URI.create("https://updates.astronomer.io/astronomer-runtime");
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);
    /** A cached feed younger than this is used without asking the network. */
    public static final Duration CACHE_MAX_AGE = Duration.ofHours(12);
    static final String CACHE_FILE = "runtime-feed.json";
    private static final int MAX_FEED_BYTES = 16 * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path cacheDir;
    private final URI feedUrl;
    private final Duration deadline;
    private final Clock clock;
    private final Object bundledLock = new Object();
    private BundledCatalog bundled;
    private HttpClient client;

    public RuntimeCatalogService(Path cacheDir, URI feedUrl, Duration deadline, Clock clock) {
        this.cacheDir = cacheDir;
        this.feedUrl = feedUrl;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** The production set-up: the real feed, a 5 s deadline, the user's cache folder. */
    public static RuntimeCatalogService forUser(UserDirs dirs) {
        return new RuntimeCatalogService(dirs.cacheDir(), DEFAULT_FEED_URL, DEFAULT_DEADLINE, Clock.systemUTC());
    }

    /**
     * The shipped snapshot, read on first use (so that building the service at start-up costs nothing).
     * Its own lock: it never waits for a fetch in progress.
     */
    public BundledCatalog bundled() {
        synchronized (bundledLock) {
            if (bundled == null) bundled = BundledCatalog.load();
            return bundled;
        }
    }

    /** A fresh cached feed if there is one, otherwise a fetch (bounded by the deadline). Never throws for network trouble. */
    public synchronized RuntimeCatalog load() {
        Optional<CachedFeed> cached = readCache();
        if (cached.isPresent() && Duration.between(cached.get().fetchedAt(), clock.instant()).compareTo(CACHE_MAX_AGE) < 0) {
            return catalog(cached.get(), false, null);
        }
        return fetchOrFallBack(cached);
    }

    /** Asks the feed now (the user's "refresh"), bounded by the deadline. Never throws for network trouble. */
    public synchronized RuntimeCatalog refresh() {
        return fetchOrFallBack(readCache());
    }

    /** No network at all: the cached feed (however old) or the bundled snapshot. */
    public synchronized RuntimeCatalog offline() {
        Optional<CachedFeed> cached = readCache();
        return cached.map(c -> catalog(c, false, null))
                .orElseGet(() -> bundled().with(List.of(), CatalogStatus.snapshot(bundled().date(), false, null), List.of()));
    }

    private RuntimeCatalog fetchOrFallBack(Optional<CachedFeed> cached) {
        try {
            JsonNode feed = fetch();
            FeedParser.Result result = FeedParser.parse(feed, CatalogSource.FEED);
            Instant now = clock.instant();
            String cacheProblem = writeCache(feed, now);
            return bundled().with(result.entries(), new CatalogStatus(CatalogSource.FEED, now, false, null),
                    cacheProblem == null ? result.notes() : concat(List.of(cacheProblem), result.notes()));
        } catch (FeedUnavailableException | FeedFormatException e) {
            String problem = "The version feed was not used: " + e.getMessage() + ".";
            return cached.map(c -> catalog(c, true, problem))
                    .orElseGet(() -> bundled().with(List.of(), CatalogStatus.snapshot(bundled().date(), true, problem), List.of(problem)));
        }
    }

    private RuntimeCatalog catalog(CachedFeed cached, boolean offline, String problem) {
        List<String> notes = problem == null ? cached.result().notes() : concat(List.of(problem), cached.result().notes());
        return bundled().with(cached.result().entries(), new CatalogStatus(CatalogSource.FEED, cached.fetchedAt(), offline, problem), notes);
    }

    private JsonNode fetch() throws FeedUnavailableException, FeedFormatException {
        String host = feedUrl.getHost();
        HttpRequest request = HttpRequest.newBuilder(feedUrl).timeout(deadline)
                .header("Accept", "application/json").header("User-Agent", "astro-upgrade-wizard").GET().build();
        CompletableFuture<HttpResponse<byte[]>> pending = client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            // One deadline for connect, request and body together.
            response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FeedUnavailableException("no answer from " + host + " within " + seconds());
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedUnavailableException("the request was interrupted");
        } catch (ExecutionException e) {
            throw new FeedUnavailableException(describe(e.getCause(), host));
        }
        if (response.statusCode() != 200) {
            throw new FeedUnavailableException(host + " answered HTTP " + response.statusCode());
        }
        if (response.body().length > MAX_FEED_BYTES) {
            throw new FeedFormatException("the answer is larger than " + MAX_FEED_BYTES / (1024 * 1024) + " MB");
        }
        try {
            return MAPPER.readTree(new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FeedFormatException("the answer is not valid JSON");
        }
    }

    private String describe(Throwable cause, String host) {
        if (cause instanceof HttpTimeoutException) return "no answer from " + host + " within " + seconds();
        if (cause instanceof ConnectException) return "could not connect to " + host + " (no network, or a firewall)";
        String message = cause == null ? null : cause.getMessage();
        return "could not reach " + host + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    private String seconds() {
        long ms = deadline.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(deadline).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    /** The cache file: {"fetchedAt": ISO instant, "url": ..., "feed": the feed as fetched}. */
    private record CachedFeed(Instant fetchedAt, FeedParser.Result result) {}

    private Optional<CachedFeed> readCache() {
        Path file = cacheDir.resolve(CACHE_FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (!feedUrl.toString().equals(root.path("url").asText())) return Optional.empty(); // fetched from another feed
            Instant fetchedAt = Instant.parse(root.path("fetchedAt").asText());
            return Optional.of(new CachedFeed(fetchedAt, FeedParser.parse(root.path("feed"), CatalogSource.FEED)));
        } catch (IOException | RuntimeException | FeedFormatException e) {
            return Optional.empty(); // A damaged cache is ignored; the next successful fetch replaces it.
        }
    }

    /** Writes the cache atomically; returns a note when that failed (not fatal). */
    private String writeCache(JsonNode feed, Instant fetchedAt) {
        Path temp = null;
        try {
            Files.createDirectories(cacheDir);
            ObjectNode root = MAPPER.createObjectNode();
            root.put("fetchedAt", fetchedAt.toString());
            root.put("url", feedUrl.toString());
            root.set("feed", feed);
            temp = Files.createTempFile(cacheDir, CACHE_FILE, ".tmp");
            Files.write(temp, MAPPER.writeValueAsBytes(root));
            try {
                Files.move(temp, cacheDir.resolve(CACHE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, cacheDir.resolve(CACHE_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
            return null;
        } catch (IOException e) {
            deleteQuietly(temp);
            return "The feed could not be cached in " + cacheDir + ": " + e.getMessage();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind in the cache folder; harmless.
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The feed could not be reached; the message says why in plain words. */
    static final class FeedUnavailableException extends Exception {
        FeedUnavailableException(String message) {
            super(message);
        }
    }
}
