package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import java.util.List;

/**
 * A version higher than the current one, with whether it may be chosen and what to tell the user.
 *
 * @param notes warnings and remarks to show next to it (never empty for anything but AVAILABLE)
 */
public record TargetCandidate(RuntimeEntry entry, Availability availability, List<String> notes) {

    public enum Availability {
        /** Stable and not yanked: listed by default. */
        AVAILABLE(true, true),
        /** Past end of maintenance: listed and selectable only when deprecated versions are asked for. */
        DEPRECATED(true, false),
        /** Alpha or beta: listed and selectable only when everything is asked for. */
        PRERELEASE(true, false),
        /** An Airflow 3 build that is not the latest of its minor: on Astro it is not an upgrade target. */
        NOT_LATEST_PATCH(false, false),
        /** Withdrawn by Astronomer: never selectable; the reason is shown. */
        YANKED(false, false);

        private final boolean selectable;
        private final boolean listedByDefault;

        Availability(boolean selectable, boolean listedByDefault) {
            this.selectable = selectable;
            this.listedByDefault = listedByDefault;
        }

        public boolean selectable() { return selectable; }

        public boolean listedByDefault() { return listedByDefault; }
    }

    public TargetCandidate {
        notes = List.copyOf(notes);
    }

    public RuntimeVersion version() { return entry.version(); }

    public boolean selectable() { return availability.selectable(); }
}
