package io.astroupgrade.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Catalogs for tests: the realistic feed fixture, merged like the service does. */
public final class TestCatalogs {

    private TestCatalogs() {}

    public static String resource(String name) {
        try (InputStream in = TestCatalogs.class.getResourceAsStream("/io/astroupgrade/runtime/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture feed alone, with nothing behind it. */
    public static RuntimeCatalog feedOnly() throws FeedFormatException {
        FeedParser.Result feed = FeedParser.parse(resource("feed-realistic.json"), CatalogSource.FEED);
        return RuntimeCatalog.merge(CatalogStatus.snapshot(LocalDate.of(2026, 11, 20), false, null), feed.notes(), List.of(feed.entries()));
    }

    /** The bundled snapshot and observed versions, as when offline without a cache. */
    public static RuntimeCatalog bundled() {
        BundledCatalog bundled = BundledCatalog.load();
        return bundled.with(List.of(), CatalogStatus.snapshot(bundled.date(), true, null), List.of());
    }
}
