package io.astroupgrade.project;

import io.astroupgrade.version.RuntimeVersion;

/** Tells whether a runtime version exists; the runtime catalog plugs in here. Unknown counts as available. */
@FunctionalInterface
public interface RuntimeAvailability {

    RuntimeAvailability UNKNOWN = version -> true;

    /** False only when the version is known not to exist. */
    boolean mayExist(RuntimeVersion version);
}
