package io.astroupgrade.runtime.considerations;

import java.util.List;
import java.util.Map;

/**
 * One upgrade consideration from the bundled {@code considerations.yaml}.
 *
 * @param group    the version group ("rt9", "af3"), see {@link ConsiderationCatalog#groups()}
 * @param when     the version condition; every key must hold
 * @param trigger  the project checks
 * @param kind     "sourced" (straight from the source text) or "heuristic" (our check built on sourced facts)
 */
public record Consideration(String id, String group, String title, String explanation, Severity severity,
                            Map<String, Object> when, Trigger trigger, String kind, List<SourceLink> sources) {}
