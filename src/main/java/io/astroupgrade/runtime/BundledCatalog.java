package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The catalog data shipped with the application: the snapshot in the feed's shape, its provenance
 * (tier per version) and the versions only observed in real projects.
 */
public record BundledCatalog(LocalDate date, FeedParser.Result snapshot, FeedParser.Result observed, Map<RuntimeVersion, String> tiers) {

    private static final String FOLDER = "/io/astroupgrade/runtime/";

    /** Reads the bundled resources; a missing or broken resource is a packaging bug, so it throws. */
    public static BundledCatalog load() {
        try {
            Properties info = new Properties();
            info.load(new java.io.StringReader(read("snapshot.properties")));
            return new BundledCatalog(
                    LocalDate.parse(info.getProperty("date")),
                    FeedParser.parse(read("runtime-catalog.json"), CatalogSource.SNAPSHOT),
                    FeedParser.parse(read("runtime-catalog-observed.json"), CatalogSource.OBSERVED),
                    tiers(new ObjectMapper().readTree(read("runtime-catalog-provenance.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled runtime catalog cannot be read", e);
        } catch (FeedFormatException e) {
            throw new IllegalStateException("The bundled runtime catalog is broken: " + e.getMessage(), e);
        }
    }

    /** "A-confirmed" or "B-exists" for a snapshot version (see catalog-sources.md). */
    public Optional<String> tier(RuntimeVersion version) { return Optional.ofNullable(tiers.get(version)); }

    /** The snapshot alone, or behind the feed's entries when there are some. */
    public RuntimeCatalog with(List<RuntimeEntry> feed, CatalogStatus status, List<String> extraNotes) {
        List<String> notes = new java.util.ArrayList<>(extraNotes);
        notes.addAll(snapshot.notes());
        notes.addAll(observed.notes());
        return RuntimeCatalog.merge(status, notes, List.of(feed, snapshot.entries(), observed.entries()));
    }

    private static Map<RuntimeVersion, String> tiers(JsonNode provenance) {
        Map<RuntimeVersion, String> tiers = new HashMap<>();
        for (String section : FeedParser.SECTIONS) {
            provenance.path(section).fields().forEachRemaining(field -> {
                String tier = field.getValue().path("tier").asText("");
                RuntimeVersion.tryParse(field.getKey()).filter(v -> !tier.isEmpty()).ifPresent(v -> tiers.put(v, tier));
            });
        }
        return Map.copyOf(tiers);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = BundledCatalog.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IOException("missing resource " + FOLDER + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
