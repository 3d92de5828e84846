package io.astroupgrade.project;

import io.astroupgrade.version.InvalidVersionException;
import io.astroupgrade.version.RuntimeVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plans a runtime version change in a Dockerfile, touching only the characters that must change:
 * the version inside the tag (or inside the ARG default it comes from), the repository when the target
 * moves between Airflow 2 and Airflow 3, and a digest, which must go. Everything else stays byte for byte.
 */
public final class DockerfileEditor {

    private static final RuntimeVersion AIRFLOW3_READY = RuntimeVersion.parse("13.7.0");

    private final RuntimeAvailability availability;

    private record Replacement(int start, int end, String text) {}

    public DockerfileEditor() {
        this(RuntimeAvailability.UNKNOWN);
    }

    public DockerfileEditor(RuntimeAvailability availability) {
        this.availability = availability;
    }

    /** The edit that sets the final stage's runtime to {@code target}, or a refusal that says why not. */
    public FileEdit setRuntimeVersion(Dockerfile dockerfile, String target) throws EditRefusedException {
        RuntimeVersion to = parseTarget(target);
        BaseImage base = usableBase(dockerfile);
        RuntimeVersion from = base.version();
        checkDirection(from, to);
        String text = dockerfile.file().text();
        ImageReference ref = base.reference();
        List<String> notes = new ArrayList<>();
        List<Replacement> edits = new ArrayList<>();

        int versionStart = ref.tagStart();
        MappedText source = dockerfile.baseSource();
        Replacement version = replace(source, base, versionStart, versionStart + from.toString().length(), to.toString(), "version");
        edits.add(version);
        int versionLine = lineOf(text, version.start);
        notes.add("Runtime " + from + " → " + to + (versionLine == base.line()
                ? " on line " + base.line() + "."
                : ": the version comes from the default of the build argument " + base.argument() + " on line " + versionLine
                        + ", so that default changes. "
                        + "A --build-arg " + base.argument() + "=... given at build time would still win over it."));
        if (!base.flavour().isEmpty()) notes.add("The flavour '" + base.flavour() + "' is kept.");

        String repository = targetRepository(base.kind(), ref.repository(), to);
        if (!repository.equals(ref.repository())) {
            edits.add(replace(source, base, 0, ref.repositoryEnd(), repository, "repository"));
            notes.add(repositoryNote(ref.repository(), repository, base.flavour(), from, to));
        }
        if (ref.hasDigest()) {
            edits.add(replace(source, base, ref.tagEnd(), ref.text().length(), "", "digest"));
            notes.add("The digest @" + ref.digest() + " is removed: it pins the old image, and Docker would use it and ignore the "
                    + "new tag. Pin the new image's digest again after building if you need one.");
        }
        String updated = apply(text, edits);
        checkResult(dockerfile, updated, to);
        return new FileEdit(dockerfile.file(), dockerfile.file().encode(updated),
                UnifiedDiff.of(fileName(dockerfile), text, updated), notes, List.of());
    }

    static RuntimeVersion parseTarget(String target) throws EditRefusedException {
        try {
            return RuntimeVersion.parse(target);
        } catch (InvalidVersionException e) {
            throw new EditRefusedException(e.getMessage());
        }
    }

    private static BaseImage usableBase(Dockerfile dockerfile) throws EditRefusedException {
        BaseImage base = dockerfile.base().orElseThrow(() ->
                new EditRefusedException("The Dockerfile has no FROM line, so it names no Astro Runtime image to change."));
        switch (base.kind()) {
            case UNRESOLVED -> throw new EditRefusedException("The image on line " + base.line() + " comes from the build argument "
                    + base.argument() + ", which has no default, so the wizard cannot tell which runtime it is. Give the ARG a default "
                    + "(for example ARG " + base.argument() + "=" + ImageReference.AF2_REPOSITORY + ":12.1.0) or write the image in the FROM line.");
            case CERTIFIED -> throw new EditRefusedException("The image '" + base.image() + "' (line " + base.line() + ") is Astronomer Certified, "
                    + "the product before Astro Runtime. Its version cannot simply be changed to a runtime version: move the project to an "
                    + ImageReference.AF2_REPOSITORY + " image first.");
            case OTHER -> throw new EditRefusedException("The image that runs, '" + base.image() + "' (line " + base.line()
                    + "), is not an Astro Runtime image, so there is no runtime version to change.");
            default -> { }
        }
        if (base.version() == null) {
            throw new EditRefusedException("The tag '" + base.reference().tag() + "' on line " + base.line() + " is not a full runtime version"
                    + " (it floats), so the wizard cannot tell the current version or check for a downgrade. Write a full version such as "
                    + "12.1.0 or 3.1-12 in the FROM line first.");
        }
        return base;
    }

    private void checkDirection(RuntimeVersion from, RuntimeVersion to) throws EditRefusedException {
        if (to.equals(from)) {
            throw new EditRefusedException("The Dockerfile already uses runtime " + from + "; there is nothing to change.");
        }
        if (to.isBelow(from)) {
            throw new EditRefusedException(to + " is lower than the current runtime " + from + ". The wizard does not downgrade: Astro refuses "
                    + "to deploy a downgraded runtime, and on Astro the way back is a rollback in the Deployment's deploy history "
                    + "(kept 90 days), which can lose metadata-database data.");
        }
        if (!availability.mayExist(to)) {
            throw new EditRefusedException("Runtime " + to + " does not exist" + (to.isAirflow3() != from.isAirflow3()
                    ? " (the " + (to.isAirflow3() ? "Airflow 3 A.B-N" : "Airflow 2 X.Y.Z") + " scheme has no such version)" : "")
                    + ". Choose a version from the runtime list.");
        }
    }

    private static String targetRepository(ImageKind kind, String repository, RuntimeVersion to) {
        if (kind == ImageKind.RUNTIME_DEV) return repository;
        if (to.isAirflow3() && kind != ImageKind.RUNTIME_AF3) return ImageReference.AF3_REPOSITORY;
        if (!to.isAirflow3() && kind == ImageKind.RUNTIME_AF3) return ImageReference.AF2_REPOSITORY;
        return repository;
    }

    private static String repositoryNote(String oldRepository, String newRepository, String flavour, RuntimeVersion from, RuntimeVersion to) {
        StringBuilder note = new StringBuilder("The repository changes from " + oldRepository + " to " + newRepository + ", because "
                + (to.isAirflow3() ? "Airflow 3 runtimes (A.B-N) are published only there." : "Airflow 2 runtimes (X.Y.Z) are published there."));
        if (to.isAirflow3()) {
            if (flavour.isEmpty()) {
                note.append(" The tag has no flavour suffix, so none is carried over.");
            } else {
                note.append(" Flavour mapping: '").append(flavour).append("' is kept as it is.");
                if (flavour.contains("-base")) note.append(" -base (no ONBUILD steps) means the same for Airflow 3 images.");
                if (flavour.contains("-python-")) note.append(" -python-X.Y selects the Python version; check that the Airflow 3 image offers it.");
                if (flavour.contains("-slim") || flavour.contains("-ubi")) {
                    note.append(" -slim and -ubi variants are not confirmed for Airflow 3 images: check that the tag exists before building.");
                }
            }
            if (!from.isAirflow3() && from.isBelow(AIRFLOW3_READY)) {
                note.append(" On Astro, an in-place upgrade to Airflow 3 needs the Deployment on Runtime ").append(AIRFLOW3_READY)
                        .append(" or higher first (deploy refuses it below 12.0.0).");
            }
        }
        return note.toString();
    }

    /** The source characters behind [start, end) of the resolved image; refuses when they are not one written piece. */
    private static Replacement replace(MappedText source, BaseImage base, int start, int end, String text, String what) throws EditRefusedException {
        int sourceStart = source.sourceStart(start, end);
        if (sourceStart < 0) {
            throw new EditRefusedException("The " + what + " of the image on line " + base.line() + " is put together from several pieces ("
                    + base.fromText() + "), so the wizard cannot change it safely. Change it by hand.");
        }
        return new Replacement(sourceStart, sourceStart + (end - start), text);
    }

    private static String apply(String text, List<Replacement> edits) throws EditRefusedException {
        List<Replacement> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Replacement r : sorted) {
            if (r.end > limit) throw new EditRefusedException("The image reference is written in a way the wizard cannot change safely. Change it by hand.");
            out.replace(r.start, r.end, r.text);
            limit = r.start;
        }
        return out.toString();
    }

    /** Reads the result back: it must name exactly the target, or nothing is offered. */
    private static void checkResult(Dockerfile original, String updated, RuntimeVersion to) throws EditRefusedException {
        Dockerfile reparsed = Dockerfile.parse(new TextFile(original.file().path(), original.file().encode(updated), updated, original.file().encoding()));
        if (reparsed.base().map(BaseImage::version).filter(to::equals).isEmpty()) {
            throw new EditRefusedException("The wizard could not produce a Dockerfile that reads back as runtime " + to + ". Change it by hand.");
        }
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    private static String fileName(Dockerfile dockerfile) {
        return dockerfile.file().path() == null || dockerfile.file().path().getFileName() == null
                ? "Dockerfile" : dockerfile.file().path().getFileName().toString();
    }
}
