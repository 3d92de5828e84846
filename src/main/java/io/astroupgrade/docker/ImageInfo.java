package io.astroupgrade.docker;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A local image, as the engine describes it.
 *
 * @param reference the name it was asked for, for example quay.io/astronomer/astro-runtime:9.1.0
 * @param id        the content id, {@code sha256:…}; the cache key for its package list
 * @param digest    the registry digest {@code sha256:…}, or null for an image that was built locally
 * @param sizeBytes the size on disk
 * @param created   when it was built, or null when the engine does not say
 * @param labels    all labels (never null)
 */
public record ImageInfo(String reference, String id, String digest, long sizeBytes, Instant created, Map<String, String> labels) {

    public static final String RUNTIME_VERSION_LABEL = "io.astronomer.docker.runtime.version";
    public static final String AIRFLOW_VERSION_LABEL = "io.astronomer.docker.airflow.version";

    public ImageInfo {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The Astro Runtime version label, for example 12.1.0 or 3.3-7; empty for images not based on Astro Runtime. */
    public Optional<String> runtimeVersion() { return label(RUNTIME_VERSION_LABEL); }

    /** The Airflow version label, for example 2.10.5+astro.1. */
    public Optional<String> airflowVersion() { return label(AIRFLOW_VERSION_LABEL); }

    public Optional<String> label(String name) {
        String value = labels.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
