package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live feed, its cache and the offline fallback, against a real HTTP server on loopback. */
class RuntimeCatalogServiceTest {

    private static final Duration DEADLINE = Duration.ofMillis(800);
    private static final Instant NOW = Instant.parse("2026-11-26T14:00:00Z");

    @TempDir
    Path cache;

    private FeedServer feed;

    @AfterEach
    void stop() {
        if (feed != null) feed.close();
    }

    private URI serve() {
        feed = FeedServer.start();
        return feed.url();
    }

    private RuntimeCatalogService service(URI url, Instant now) {
        return new RuntimeCatalogService(cache, url, DEADLINE, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void servedFeedIsAuthoritativeAndCached() throws IOException {
        RuntimeCatalog catalog = service(serve(), NOW).load();

        assertThat(catalog.status().offline()).isFalse();
        assertThat(catalog.status().origin()).isEqualTo(CatalogSource.FEED);
        assertThat(catalog.status().text()).isEqualTo("feed of 2026-11-26 14:00 UTC");
        // The feed wins over the snapshot and the observed list; the snapshot fills in the rest.
        assertThat(catalog.find(RuntimeVersion.parse("12.10.0")).orElseThrow().source()).isEqualTo(CatalogSource.FEED);
        assertThat(catalog.find(RuntimeVersion.parse("13.7.0")).orElseThrow().source()).isEqualTo(CatalogSource.FEED);
        assertThat(catalog.find(RuntimeVersion.parse("9.7.0")).orElseThrow().source()).isEqualTo(CatalogSource.SNAPSHOT);
        assertThat(catalog.find(RuntimeVersion.parse("3.0-12")).orElseThrow().source()).isEqualTo(CatalogSource.OBSERVED);
        assertThat(catalog.notes()).anySatisfy(n -> assertThat(n).contains("'latest'"));
        assertThat(cache.resolve(RuntimeCatalogService.CACHE_FILE)).exists();
        assertThat(feed.requests).hasValue(1);
    }

    @Test
    void freshCacheIsUsedWithoutTheNetworkAndRefreshAsksAgain() throws IOException {
        URI url = serve();
        service(url, NOW).load();
        RuntimeCatalog later = service(url, NOW.plus(Duration.ofHours(1))).load();
        assertThat(feed.requests).hasValue(1);
        assertThat(later.status().text()).isEqualTo("feed of 2026-11-26 14:00 UTC");

        service(url, NOW.plus(Duration.ofHours(1))).refresh();
        assertThat(feed.requests).hasValue(2);
        service(url, NOW.plus(RuntimeCatalogService.CACHE_MAX_AGE).plus(Duration.ofHours(2))).load();
        assertThat(feed.requests).hasValue(3);
    }

    @Test
    void refusedConnectionFallsBackToTheSnapshotWithoutAnError() throws IOException {
        RuntimeCatalog catalog = service(FeedServer.refusingUrl(), NOW).load();

        assertThat(catalog.status().offline()).isTrue();
        assertThat(catalog.status().origin()).isEqualTo(CatalogSource.SNAPSHOT);
        assertThat(catalog.status().text()).isEqualTo("offline: using catalog of 2026-08-21 (bundled snapshot)");
        assertThat(catalog.status().problem()).contains("could not connect to 127.0.0.1");
        assertThat(catalog.exists(RuntimeVersion.parse("9.7.0"))).isTrue();
        assertThat(cache.resolve(RuntimeCatalogService.CACHE_FILE)).doesNotExist();
    }

    @Test
    void aServerThatNeverAnswersIsCutOffAtTheDeadline() throws IOException {
        URI url = serve();
        feed.hang();
        long start = System.nanoTime();
        RuntimeCatalog catalog = service(url, NOW).refresh();
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMs).isLessThan(DEADLINE.toMillis() + 2_000);
        assertThat(catalog.status().offline()).isTrue();
        assertThat(catalog.status().problem()).contains("no answer from 127.0.0.1 within 800 ms");
    }

    @Test
    void offlineAfterAFetchUsesTheCachedFeedWithItsDate() throws IOException {
        URI url = serve();
        service(url, NOW).load();
        feed.close();
        feed = null;

        RuntimeCatalog catalog = service(url, NOW.plus(Duration.ofDays(3))).refresh();
        assertThat(catalog.status().offline()).isTrue();
        assertThat(catalog.status().text()).isEqualTo("offline: using catalog of 2026-11-26 14:00 UTC");
        assertThat(catalog.find(RuntimeVersion.parse("13.7.0")).orElseThrow().source()).isEqualTo(CatalogSource.FEED);

        RuntimeCatalog noNetwork = service(url, NOW.plus(Duration.ofDays(3))).offline();
        assertThat(noNetwork.status().offline()).isFalse();
        assertThat(noNetwork.find(RuntimeVersion.parse("13.7.0"))).isPresent();
    }

    @Test
    void errorStatusAndGarbageAreTreatedAsOffline() throws IOException {
        URI url = serve();
        feed.status.set(503);
        assertThat(service(url, NOW).refresh().status().problem()).contains("answered HTTP 503");
        feed.status.set(200);
        feed.body.set("<html>captive portal</html>");
        assertThat(service(url, NOW).refresh().status().problem()).contains("not valid JSON");
        feed.body.set("{\"hello\": 1}");
        assertThat(service(url, NOW).refresh().status().problem()).contains("neither runtimeVersions");
        assertThat(cache.resolve(RuntimeCatalogService.CACHE_FILE)).doesNotExist();
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        Files.writeString(cache.resolve(RuntimeCatalogService.CACHE_FILE), "{ broken");
        RuntimeCatalog catalog = service(FeedServer.refusingUrl(), NOW).load();
        assertThat(catalog.status().origin()).isEqualTo(CatalogSource.SNAPSHOT);
        assertThat(catalog.status().offline()).isTrue();
    }

    @Test
    void aCacheFromAnotherFeedIsIgnored() throws IOException {
        URI url = serve();
        service(url, NOW).load();
        RuntimeCatalog other = service(FeedServer.refusingUrl(), NOW).load();
        assertThat(other.status().origin()).isEqualTo(CatalogSource.SNAPSHOT);
    }

    @Test
    void onlyTheLiveFeedCanSayThatAVersionDoesNotExist() throws IOException {
        RuntimeVersion unlisted = RuntimeVersion.parse("13.12.0");
        RuntimeCatalog live = service(serve(), NOW).load();
        assertThat(live.exists(unlisted)).isFalse();
        assertThat(live.mayExist(unlisted)).isFalse();
        assertThat(live.mayExist(RuntimeVersion.parse("9.7.0"))).isTrue();

        RuntimeCatalog offline = service(FeedServer.refusingUrl(), NOW).load();
        assertThat(offline.exists(unlisted)).isFalse();
        assertThat(offline.mayExist(unlisted)).isTrue();
    }
}
