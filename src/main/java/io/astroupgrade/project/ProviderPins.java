package io.astroupgrade.project;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provider packages of an image set against the project's requirements.txt, and writing pins for them.
 * Shared by step 2, step 6 and the {@code pin} command. Versions come in as plain strings.
 */
public final class ProviderPins {

    /** How requirements.txt lists a provider, compared with the version in the image. */
    public enum Status { NOT_PINNED, PINNED_SAME, PINNED_DIFFERENTLY, RANGE }

    /**
     * One provider of the image.
     *
     * @param requirement the requirements.txt line as written ("" when the provider is not listed)
     * @param pinned      the exact version pinned with ==, or null
     */
    public record Row(String name, String imageVersion, String requirement, int line, String pinned, Status status) {}

    private ProviderPins() {}

    /** Every provider of the image (name to version), sorted by name, with what requirements.txt says of it. */
    public static List<Row> compare(Map<String, String> imageProviders, Requirements requirements) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> provider : imageProviders.entrySet()) {
            List<Requirements.Entry> listed = requirements.named(provider.getKey());
            if (listed.isEmpty()) {
                rows.add(new Row(PackageName.normalize(provider.getKey()), provider.getValue(), "", 0, null, Status.NOT_PINNED));
                continue;
            }
            Requirements.Entry entry = listed.get(0);
            String pinned = entry.exactVersion();
            Status status = entry.specifier().isBlank() ? Status.NOT_PINNED
                    : pinned == null ? Status.RANGE
                    : pinned.equals(provider.getValue()) ? Status.PINNED_SAME : Status.PINNED_DIFFERENTLY;
            rows.add(new Row(PackageName.normalize(provider.getKey()), provider.getValue(), entry.text().strip(), entry.line(), pinned, status));
        }
        rows.sort(Comparator.comparing(Row::name));
        return rows;
    }

    /** The project's requirements.txt, or an empty one that does not exist yet (writing it creates the file). */
    public static Requirements requirementsOf(AstroProject project) throws ProjectException {
        if (Files.exists(project.requirements(), LinkOption.NOFOLLOW_LINKS)) return Requirements.read(project.requirements());
        return Requirements.parse(TextFile.decode(project.requirements(), new byte[0]));
    }

    /** Writes the edit through the safe writer; a requirements.txt that did not exist is created. */
    public static SafeFileWriter.Applied apply(ProjectFiles files, AstroProject project, FileEdit edit) throws ProjectException {
        boolean exists = Files.exists(edit.file(), LinkOption.NOFOLLOW_LINKS);
        SafeFileWriter.Change change = exists ? SafeFileWriter.Change.of(edit) : new SafeFileWriter.Change(edit.file(), null, edit.updated());
        return files.writer(project).apply(List.of(change));
    }

    /** The rows that a "pin" would change: everything but the providers already pinned to the image's version. */
    public static Map<String, String> toPin(List<Row> rows) {
        Map<String, String> versions = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            if (row.status() != Status.PINNED_SAME) versions.put(row.name(), row.imageVersion());
        }
        return versions;
    }

    public static Optional<Row> find(List<Row> rows, String name) {
        return rows.stream().filter(r -> PackageName.same(r.name(), name)).findFirst();
    }
}
