package io.astroupgrade.project;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A planned change to one file: the file as read, the new bytes, a unified diff and notes that explain it.
 * Nothing is written until it is applied through {@link SafeFileWriter}.
 *
 * @param conflicts lines the edit left alone on purpose, with the reason (empty when none)
 */
public record FileEdit(TextFile original, byte[] updated, String diff, List<String> notes, List<String> conflicts) {

    public FileEdit {
        updated = updated.clone();
        notes = List.copyOf(notes);
        conflicts = List.copyOf(conflicts);
    }

    public Path file() { return original.path(); }

    public boolean changed() { return !Arrays.equals(original.bytes(), updated); }

    @Override
    public byte[] updated() { return updated.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileEdit e && e.original.equals(original) && Arrays.equals(e.updated, updated);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(updated); }

    @Override
    public String toString() { return "FileEdit[" + file() + ", changed=" + changed() + "]"; }
}
