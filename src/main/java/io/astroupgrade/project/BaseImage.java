package io.astroupgrade.project;

import io.astroupgrade.version.RuntimeVersion;
import java.util.List;
import java.util.Optional;

/**
 * The base image of the stage that runs, as the Dockerfile names it.
 *
 * @param image       repository:tag with build arguments substituted, without --platform, AS or digest; null when unresolved
 * @param reference   the parsed reference (digest included); null when unresolved
 * @param kind        what kind of image it is
 * @param version     the runtime version in the tag (no flavour); null when there is none or the tag floats
 * @param flavour     the tag's suffix after the version, such as "-python-3.12-base"; "" when none
 * @param platform    the --platform value as written, or null
 * @param stageName   the AS name, or null
 * @param line        the 1-based line of the FROM that names this image
 * @param fromText    that FROM instruction as written (continuations joined)
 * @param argument    the build argument the image or its version comes from, or null
 * @param warnings    things the user should know, in plain words
 */
public record BaseImage(String image, ImageReference reference, ImageKind kind, RuntimeVersion version, String flavour,
                        String platform, String stageName, int line, String fromText, String argument,
                        List<String> warnings) {

    public Optional<RuntimeVersion> runtimeVersion() { return Optional.ofNullable(version); }

    /** The image when it is an Astro Runtime image (kinds runtime, runtime-af3, runtime-dev). */
    public Optional<String> runtimeImage() {
        return kind.isRuntime() && image != null ? Optional.of(image) : Optional.empty();
    }

    /** The Airflow major the runtime version implies, or null. */
    public Integer airflowMajor() {
        return version == null ? null : version.airflowMajor();
    }

    /** The registry host ("docker.io" when the reference names none); null when unresolved. */
    public String registry() {
        if (reference == null) return null;
        return reference.registry().isEmpty() ? "docker.io" : reference.registry();
    }
}
