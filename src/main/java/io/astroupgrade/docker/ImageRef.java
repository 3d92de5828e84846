package io.astroupgrade.docker;

/**
 * An image reference split the way the pull API wants it: repository, and a tag or digest.
 * {@code quay.io/astronomer/astro-runtime:9.1.0} → (quay.io/astronomer/astro-runtime, 9.1.0);
 * {@code localhost:5000/img} → (localhost:5000/img, latest); {@code img@sha256:…} → (img, sha256:…).
 */
record ImageRef(String repository, String tagOrDigest) {

    static ImageRef parse(String image) {
        String ref = image.strip();
        int at = ref.indexOf('@');
        if (at >= 0) return new ImageRef(ref.substring(0, at), ref.substring(at + 1));
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) return new ImageRef(ref.substring(0, colon), ref.substring(colon + 1));
        return new ImageRef(ref, "latest");
    }
}
