package io.astroupgrade.project;

import java.util.Locale;

/** What a base image is, as far as the wizard is concerned. */
public enum ImageKind {
    /** Airflow 2 era Astro Runtime: quay.io/astronomer/astro-runtime or its astrocrpublic mirror path. */
    RUNTIME,
    /** Airflow 3 Astro Runtime: astrocrpublic.azurecr.io/runtime. */
    RUNTIME_AF3,
    /** Development builds: astro-runtime-dev. */
    RUNTIME_DEV,
    /** Astronomer Certified (ap-airflow), the pre-Runtime product. */
    CERTIFIED,
    OTHER,
    /** The image comes from a build argument without a default, so the file alone cannot tell. */
    UNRESOLVED;

    /** The name used in JSON: runtime, runtime-af3, runtime-dev, certified, other, unresolved. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isRuntime() {
        return this == RUNTIME || this == RUNTIME_AF3 || this == RUNTIME_DEV;
    }
}
