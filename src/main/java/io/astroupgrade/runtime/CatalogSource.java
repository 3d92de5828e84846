package io.astroupgrade.runtime;

/** Where a catalog entry came from, in order of authority. */
public enum CatalogSource {
    /** The live feed at updates.astronomer.io (or its cached copy). */
    FEED("feed"),
    /** The snapshot bundled with the application. */
    SNAPSHOT("snapshot"),
    /** Seen in real projects only: the version exists, its details are unknown. */
    OBSERVED("observed");

    private final String label;

    CatalogSource(String label) { this.label = label; }

    public String label() { return label; }
}
