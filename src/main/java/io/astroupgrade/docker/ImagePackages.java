package io.astroupgrade.docker;

import java.util.List;

/**
 * The packages installed in an image, from {@code pip freeze}.
 *
 * @param image     the image they were read from
 * @param freeze    the parsed list
 * @param fromCache true when no container was started because the list was cached for this image id
 */
public record ImagePackages(ImageInfo image, PipFreeze freeze, boolean fromCache) {

    /** The {@code apache-airflow-providers-*} packages. */
    public List<PipFreeze.Package> providers() { return freeze.providers(); }
}
