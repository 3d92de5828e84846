package io.astroupgrade.runtime.considerations;

/** A cited source: its id from catalog-sources.md, a title and the address to open in the browser. */
public record SourceLink(String id, String title, String url) {}
