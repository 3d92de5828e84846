package io.astroupgrade.project;

import java.util.Locale;

/**
 * A Docker image reference split the way Docker does: {@code [registry/]repository[:tag][@digest]}.
 * The first path part is a registry when it holds a '.' or ':' or is "localhost". Offsets are into {@link #text()}.
 */
public record ImageReference(String text, String registry, String repository, String tag, String digest,
                             int repositoryEnd, int tagStart, int tagEnd) {

    public static final String AF2_REPOSITORY = "quay.io/astronomer/astro-runtime";
    public static final String AF2_MIRROR_REPOSITORY = "astrocrpublic.azurecr.io/astronomer/astro-runtime";
    public static final String AF3_REPOSITORY = "astrocrpublic.azurecr.io/runtime";

    public static ImageReference parse(String text) {
        int at = text.indexOf('@');
        String digest = at >= 0 ? text.substring(at + 1) : "";
        int nameEnd = at >= 0 ? at : text.length();
        int lastSlash = text.lastIndexOf('/', nameEnd - 1);
        int colon = text.indexOf(':', lastSlash + 1);
        if (colon >= nameEnd) colon = -1;
        int repositoryEnd = colon >= 0 ? colon : nameEnd;
        String name = text.substring(0, repositoryEnd);
        String registry = "";
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) registry = first;
        }
        String tag = colon >= 0 ? text.substring(colon + 1, nameEnd) : "";
        return new ImageReference(text, registry, name, tag, digest, repositoryEnd,
                colon >= 0 ? colon + 1 : nameEnd, nameEnd);
    }

    /** repository:tag without the digest (no tag when none was written). */
    public String withoutDigest() {
        return text.substring(0, tagEnd);
    }

    public boolean hasDigest() { return !digest.isEmpty(); }

    public ImageKind kind() {
        String repo = repository.toLowerCase(Locale.ROOT);
        if (repo.startsWith("docker.io/")) repo = repo.substring("docker.io/".length());
        if (repo.startsWith("index.docker.io/")) repo = repo.substring("index.docker.io/".length());
        if (repo.equals(AF2_REPOSITORY) || repo.equals(AF2_MIRROR_REPOSITORY)) return ImageKind.RUNTIME;
        if (repo.equals(AF3_REPOSITORY)) return ImageKind.RUNTIME_AF3;
        if (repo.equals(AF2_REPOSITORY + "-dev") || repo.equals(AF2_MIRROR_REPOSITORY + "-dev") || repo.equals(AF3_REPOSITORY + "-dev")) {
            return ImageKind.RUNTIME_DEV;
        }
        if (repo.equals("quay.io/astronomer/ap-airflow") || repo.equals("astronomerinc/ap-airflow")) return ImageKind.CERTIFIED;
        return ImageKind.OTHER;
    }
}
