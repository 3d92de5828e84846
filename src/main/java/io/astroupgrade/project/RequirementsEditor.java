package io.astroupgrade.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans changes to a requirements.txt: pin packages to exact versions, unpin them, change a pin.
 * Only the characters of the specifiers concerned change (or one line is added at the end);
 * every other byte, the encoding and the line endings stay as they were.
 */
public final class RequirementsEditor {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");
    /** PEP 440 versions (public and local parts); nothing else can reach the file. */
    private static final Pattern VERSION = Pattern.compile(
            "(?i)([0-9]+!)?[0-9]+(\\.[0-9]+)*([-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?"
                    + "([-_.]?(post|rev|r)[-_.]?[0-9]*|-[0-9]+)?([-_.]?dev[-_.]?[0-9]*)?(\\+[a-z0-9]+([-_.][a-z0-9]+)*)?");

    private record Replacement(int start, int end, String text) {}

    private RequirementsEditor() {}

    /**
     * Pins each package to its version: adds {@code ==version} where there is no specifier, updates an existing
     * {@code ==} pin in place and adds a line for a package not listed. A line with a range (or hashes, or a URL)
     * is kept and reported as a conflict, unless {@code replaceRanges} is set, in which case the range becomes the pin.
     */
    public static FileEdit pin(Requirements requirements, Map<String, String> versions, boolean replaceRanges) throws EditRefusedException {
        List<Replacement> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        String text = requirements.file().text();
        String ending = requirements.file().lineEnding();
        for (Map.Entry<String, String> wanted : versions.entrySet()) {
            String name = checkName(wanted.getKey());
            String version = checkVersion(wanted.getValue());
            List<Requirements.Located> lines = locate(requirements, name);
            if (lines.isEmpty()) {
                added.append(ending).append(name).append("==").append(version);
                notes.add("Adds " + name + "==" + version + " at the end.");
                continue;
            }
            for (Requirements.Located located : lines) {
                pinLine(located, version, replaceRanges, edits, notes, conflicts);
            }
        }
        String updated = apply(text, edits);
        if (added.length() > 0) {
            boolean endsWithNewline = updated.endsWith("\n") || updated.endsWith("\r");
            if (updated.isEmpty()) updated = added.substring(ending.length()) + ending;
            else updated = endsWithNewline ? updated + added.substring(ending.length()) + ending : updated + added;
        }
        return edit(requirements, updated, notes, conflicts);
    }

    /** Changes an existing pin; refuses when the package is not listed. */
    public static FileEdit changePin(Requirements requirements, String name, String version) throws EditRefusedException {
        if (locate(requirements, checkName(name)).isEmpty()) {
            throw new EditRefusedException(name + " is not listed in requirements.txt, so there is no pin to change.");
        }
        return pin(requirements, Map.of(name, version), false);
    }

    /** Removes the version specifier of each package (the name, extras and markers stay). */
    public static FileEdit unpin(Requirements requirements, Collection<String> names) throws EditRefusedException {
        List<Replacement> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (String raw : names) {
            String name = checkName(raw);
            List<Requirements.Located> lines = locate(requirements, name);
            if (lines.isEmpty()) notes.add(name + " is not listed; nothing to unpin.");
            for (Requirements.Located located : lines) {
                Requirements.Entry entry = located.entry();
                if (entry.kind() != Requirements.Kind.NAMED) {
                    conflicts.add("Line " + entry.line() + " installs " + entry.name() + " from a URL or path; it is left as it is.");
                } else if (!entry.specifier().isEmpty()) {
                    Replacement r = source(located, located.nameEnd(), located.specEnd(), "");
                    if (r == null) conflicts.add(acrossLines(entry));
                    else {
                        edits.add(r);
                        notes.add("Line " + entry.line() + ": " + entry.name() + " is no longer pinned (was " + entry.specifier() + ").");
                    }
                }
            }
        }
        return edit(requirements, apply(requirements.file().text(), edits), notes, conflicts);
    }

    /** Moves some pins and removes others in one edit of the file as read (step 6). */
    public static FileEdit update(Requirements requirements, Map<String, String> pins, Collection<String> unpins) throws EditRefusedException {
        FileEdit pinned = pin(requirements, pins, false);
        Requirements afterPins = Requirements.parse(TextFile.decode(requirements.file().path(), pinned.updated()));
        FileEdit unpinned = unpin(afterPins, unpins);
        List<String> notes = new ArrayList<>(pinned.notes());
        notes.addAll(unpinned.notes());
        List<String> conflicts = new ArrayList<>(pinned.conflicts());
        conflicts.addAll(unpinned.conflicts());
        String finalText = TextFile.decode(requirements.file().path(), unpinned.updated()).text();
        return edit(requirements, finalText, notes, conflicts);
    }

    private static void pinLine(Requirements.Located located, String version, boolean replaceRanges,
                                List<Replacement> edits, List<String> notes, List<String> conflicts) {
        Requirements.Entry entry = located.entry();
        String where = "Line " + entry.line() + ": " + entry.name();
        if (entry.kind() != Requirements.Kind.NAMED) {
            conflicts.add(where + " is installed from a URL or path; it cannot be pinned to " + version + " and is left as it is.");
            return;
        }
        String current = entry.exactVersion();
        if (version.equals(current)) {
            notes.add(where + " is already pinned to " + version + ".");
            return;
        }
        if (entry.hasHashes()) {
            conflicts.add(where + " carries --hash values, which would no longer match " + version
                    + "; update it with the tool that wrote it (for example pip-compile). Left as it is.");
            return;
        }
        Replacement r;
        if (entry.specifier().isEmpty()) {
            r = source(located, located.nameEnd(), located.nameEnd(), "==" + version);
            if (r != null) notes.add(where + " pinned to ==" + version + ".");
        } else if (current != null) {
            Matcher m = Requirements.EXACT.matcher(entry.specifier());
            m.matches();
            int start = located.specStart() + m.start(2);
            r = source(located, start, start + current.length(), version);
            if (r != null) notes.add(where + " " + current + " → " + version + ".");
        } else if (replaceRanges) {
            r = source(located, located.specStart(), located.specEnd(), "==" + version);
            if (r != null) notes.add(where + " '" + entry.specifier() + "' replaced by ==" + version + ".");
        } else {
            conflicts.add(where + " keeps its range '" + entry.specifier() + "'; the target is " + version
                    + ". Replace the range to pin it, or check that the range allows " + version + ".");
            return;
        }
        if (r == null) conflicts.add(acrossLines(entry));
        else edits.add(r);
    }

    private static String acrossLines(Requirements.Entry entry) {
        return "Line " + entry.line() + ": " + entry.name() + " is written across several lines in a way the wizard cannot change safely; change it by hand.";
    }

    private static List<Requirements.Located> locate(Requirements requirements, String name) {
        String normalized = PackageName.normalize(name);
        return requirements.located().stream().filter(l -> normalized.equals(l.entry().normalizedName())).toList();
    }

    private static Replacement source(Requirements.Located located, int start, int end, String text) {
        int sourceStart = located.text().sourceStart(start, end);
        return sourceStart < 0 ? null : new Replacement(sourceStart, sourceStart + (end - start), text);
    }

    private static String apply(String text, List<Replacement> edits) {
        List<Replacement> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Replacement r : sorted) out.replace(r.start, r.end, r.text);
        return out.toString();
    }

    private static FileEdit edit(Requirements requirements, String updated, List<String> notes, List<String> conflicts) {
        TextFile file = requirements.file();
        String name = file.path() == null || file.path().getFileName() == null ? "requirements.txt" : file.path().getFileName().toString();
        return new FileEdit(file, file.encode(updated), UnifiedDiff.of(name, file.text(), updated), notes, conflicts);
    }

    private static String checkName(String name) throws EditRefusedException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new EditRefusedException("'" + printable(name) + "' is not a valid Python package name.");
        }
        return name;
    }

    private static String checkVersion(String version) throws EditRefusedException {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new EditRefusedException("'" + printable(version) + "' is not a valid package version (PEP 440), for example 4.1.0.");
        }
        return version;
    }

    private static String printable(String text) {
        if (text == null) return "";
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
