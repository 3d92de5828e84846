package io.astroupgrade.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every change the wizard makes to a project goes through here.
 * <ul>
 *   <li>The file on disk must still be exactly what was read (SHA-256); otherwise nothing is written.</li>
 *   <li>Before writing, the originals are copied to {@code <project>/.astro-upgrade/backups/<timestamp>/}
 *       with a {@code manifest.json}, and {@code .astro-upgrade/} is added to the project's .gitignore if it has one.</li>
 *   <li>Each file is written to a temporary file in the same folder, flushed to disk and moved into place atomically.</li>
 *   <li>{@link #undo()} restores the last change, after checking the files are still what the wizard wrote.</li>
 * </ul>
 */
public final class SafeFileWriter {

    public static final String STATE_DIR = ".astro-upgrade";
    public static final String MANIFEST = "manifest.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> IGNORE_ENTRIES = Set.of(".astro-upgrade", ".astro-upgrade/", "/.astro-upgrade", "/.astro-upgrade/",
            ".astro-upgrade/*", "/.astro-upgrade/*", "**/.astro-upgrade", "**/.astro-upgrade/");

    /** Runs between writing the temporary file and moving it into place; tests use it to simulate a crash. */
    @FunctionalInterface
    public interface WriteHook {
        WriteHook NONE = (temp, target) -> { };

        void beforeMove(Path temp, Path target) throws IOException;
    }

    /** One file to write: what it must still contain (null: it must not exist yet) and its new content. */
    public record Change(Path file, String expectedSha256, byte[] content) {
        public static Change of(FileEdit edit) {
            return new Change(edit.file(), edit.original().sha256(), edit.updated());
        }
    }

    /** What apply did: where the originals are kept, which files changed, and anything worth saying. */
    public record Applied(Path backupDir, List<Path> files, List<String> notes) {}

    /** What undo restored, and from which backup. */
    public record Undone(Path backupDir, List<Path> files) {}

    /** The manifest of one backup. */
    record Manifest(String created, boolean undone, List<FileRecord> files) {
        Manifest asUndone() { return new Manifest(created, true, files); }
    }

    record FileRecord(String path, String backup, boolean existed, String originalSha256, String writtenSha256) {}

    private final Path projectDir;
    private final Clock clock;
    private final WriteHook hook;

    public SafeFileWriter(Path projectDir) {
        this(projectDir, Clock.systemUTC(), WriteHook.NONE);
    }

    public SafeFileWriter(Path projectDir, Clock clock, WriteHook hook) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.clock = clock;
        this.hook = hook;
    }

    /** {@code <project>/.astro-upgrade/backups}. */
    public Path backupRoot() {
        return projectDir.resolve(STATE_DIR).resolve("backups");
    }

    public Applied apply(FileEdit... edits) throws ProjectException {
        List<Change> changes = new ArrayList<>();
        for (FileEdit edit : edits) changes.add(Change.of(edit));
        return apply(changes);
    }

    /** Checks every file, backs them up, then writes them; if one write fails, those already written are put back. */
    public Applied apply(List<Change> changes) throws ProjectException {
        if (changes.isEmpty()) throw new ProjectException("There is nothing to write.");
        List<Path> targets = new ArrayList<>();
        List<byte[]> originals = new ArrayList<>();
        for (Change change : changes) {
            Checked checked = check(change.file(), change.expectedSha256());
            targets.add(checked.target());
            originals.add(checked.bytes());
        }
        Path backupDir = newBackupDir();
        List<FileRecord> records = new ArrayList<>();
        try {
            for (int i = 0; i < changes.size(); i++) {
                Path target = targets.get(i);
                String relative = projectDir.relativize(target).toString().replace('\\', '/');
                boolean existed = originals.get(i) != null;
                if (existed) {
                    Path copy = backupDir.resolve("files").resolve(relative);
                    Files.createDirectories(copy.getParent());
                    writeDurably(copy, originals.get(i));
                }
                records.add(new FileRecord(relative, "files/" + relative, existed, changes.get(i).expectedSha256(),
                        TextFile.sha256(changes.get(i).content())));
            }
            writeManifest(backupDir, new Manifest(STAMP.format(clock.instant()), false, records));
        } catch (IOException e) {
            throw new ProjectException("Could not keep a backup in '" + backupDir + "' (" + e.getMessage() + "). Nothing was changed.", e);
        }
        List<String> notes = new ArrayList<>();
        ensureIgnored(notes);
        for (int i = 0; i < changes.size(); i++) {
            try {
                check(targets.get(i), changes.get(i).expectedSha256());
                atomicWrite(targets.get(i), changes.get(i).content());
            } catch (ProjectException e) {
                rollBack(targets.subList(0, i), records, backupDir);
                throw new ProjectException(e.getMessage() + (i > 0 ? " The files already written were put back." : ""), e);
            }
        }
        return new Applied(backupDir, List.copyOf(targets), notes);
    }

    /** The newest backup that has not been undone yet. */
    public Optional<Path> lastBackup() throws ProjectException {
        for (Path dir : backups()) {
            if (!readManifest(dir).undone()) return Optional.of(dir);
        }
        return Optional.empty();
    }

    /** Restores the files of the last change, if they are still exactly what the wizard wrote. */
    public Undone undo() throws ProjectException {
        Path backupDir = lastBackup().orElseThrow(() -> new ProjectException(
                "There is nothing to undo: no change by the wizard is recorded in " + backupRoot() + "."));
        Manifest manifest = readManifest(backupDir);
        List<byte[]> originals = new ArrayList<>();
        for (FileRecord record : manifest.files()) {
            Path target = projectDir.resolve(record.path()).normalize();
            byte[] current = readIfExists(target);
            if (current == null || !TextFile.sha256(current).equals(record.writtenSha256())) {
                throw new ProjectException("'" + record.path() + "' has changed since the wizard wrote it, so undo would overwrite those changes. "
                        + "Nothing was restored; the original is kept in " + backupDir.resolve(record.backup()) + ".");
            }
            byte[] original = record.existed() ? readIfExists(backupDir.resolve(record.backup())) : null;
            if (record.existed() && (original == null || !TextFile.sha256(original).equals(record.originalSha256()))) {
                throw new ProjectException("The backup of '" + record.path() + "' in " + backupDir + " is missing or damaged. Nothing was restored.");
            }
            originals.add(original);
        }
        List<Path> restored = new ArrayList<>();
        for (int i = 0; i < manifest.files().size(); i++) {
            Path target = projectDir.resolve(manifest.files().get(i).path()).normalize();
            if (originals.get(i) == null) delete(target);
            else atomicWrite(target, originals.get(i));
            restored.add(target);
        }
        writeManifestOrExplain(backupDir, manifest.asUndone());
        return new Undone(backupDir, restored);
    }

    /** A file that passed the checks, with the bytes that were verified (null for a file still to be created). */
    private record Checked(Path target, byte[] bytes) {}

    private Checked check(Path file, String expectedSha256) throws ProjectException {
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(projectDir) || target.equals(projectDir)) {
            throw new ProjectException("'" + file + "' is outside the project folder " + projectDir + "; the wizard only changes files inside it.");
        }
        if (expectedSha256 == null) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new ProjectException("'" + target + "' appeared on disk since the wizard looked. Nothing was written; review the change again.");
            }
            return new Checked(target, null);
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectException("'" + target + "' was deleted since the wizard read it. Nothing was written.");
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectException("'" + target + "' is not a regular file (it is a folder, a link or a device), so the wizard does not change it.");
        }
        if (isReadOnly(target)) {
            throw new ProjectException("'" + target + "' is read-only. Make it writable (or change it by hand); nothing was written.");
        }
        byte[] current = readIfExists(target);
        if (current == null || !TextFile.sha256(current).equals(expectedSha256)) {
            throw new ProjectException("'" + target + "' changed on disk since the wizard read it (another program or person edited it). "
                    + "Nothing was written: reload the project and review the change again.");
        }
        return new Checked(target, current);
    }

    private static boolean isReadOnly(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return !Files.isWritable(file);
        }
    }

    /** Temporary file in the same folder, flushed, then moved over the target in one step. */
    void atomicWrite(Path target, byte[] content) throws ProjectException {
        Path dir = target.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            writeDurably(temp, content);
            copyPermissions(target, temp);
            hook.beforeMove(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new ProjectException("Could not write '" + target + "' (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "). The file on disk was left as it was.", e);
        }
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) channel.write(buffer);
            channel.force(true);
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the new file keeps the folder's default permissions.
        }
    }

    /** Makes the rename itself durable; not every platform allows opening a folder, which is fine. */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Best effort.
        }
    }

    private void rollBack(List<Path> written, List<FileRecord> records, Path backupDir) {
        for (int i = 0; i < written.size(); i++) {
            try {
                byte[] original = records.get(i).existed() ? Files.readAllBytes(backupDir.resolve(records.get(i).backup())) : null;
                if (original == null) delete(written.get(i));
                else atomicWrite(written.get(i), original);
            } catch (IOException | ProjectException e) {
                // The backup stays in place for the user; the error being reported already points at the problem.
            }
        }
        try {
            writeManifest(backupDir, readManifest(backupDir).asUndone());
        } catch (IOException | ProjectException e) {
            // A rolled-back backup that still looks current only makes undo refuse with a clear message.
        }
    }

    private Path newBackupDir() throws ProjectException {
        String stamp = STAMP.format(clock.instant());
        try {
            Files.createDirectories(backupRoot());
            for (int n = 1; n < 100; n++) {
                Path dir = backupRoot().resolve(n == 1 ? stamp : stamp + String.format("-%02d", n));
                try {
                    return Files.createDirectory(dir);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // Same millisecond: try the next suffix.
                }
            }
            throw new IOException("too many backups with the same time stamp");
        } catch (IOException e) {
            throw new ProjectException("Could not create a backup folder in '" + backupRoot() + "' (" + e.getMessage() + "). Nothing was changed.", e);
        }
    }

    /** Backups, newest first. */
    private List<Path> backups() throws ProjectException {
        if (!Files.isDirectory(backupRoot())) return List.of();
        try (Stream<Path> dirs = Files.list(backupRoot())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(MANIFEST)))
                    .sorted(Comparator.comparing((Path d) -> d.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new ProjectException("Could not read the backups in '" + backupRoot() + "': " + e.getMessage(), e);
        }
    }

    private void ensureIgnored(List<String> notes) {
        Path gitignore = projectDir.resolve(".gitignore");
        if (!Files.isRegularFile(gitignore, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            TextFile file = TextFile.read(gitignore);
            String text = file.text();
            if (Arrays.stream(text.split("\r\n|\r|\n")).map(String::strip).anyMatch(IGNORE_ENTRIES::contains)) return;
            String ending = file.lineEnding();
            boolean endsWithNewline = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
            atomicWrite(gitignore, file.encode(text + (endsWithNewline ? "" : ending) + STATE_DIR + "/" + ending));
            notes.add("Added " + STATE_DIR + "/ to .gitignore so that backups stay out of version control.");
        } catch (ProjectException e) {
            notes.add("Could not add " + STATE_DIR + "/ to .gitignore: " + e.getMessage());
        }
    }

    private static Manifest readManifest(Path backupDir) throws ProjectException {
        try {
            return JSON.readValue(backupDir.resolve(MANIFEST).toFile(), Manifest.class);
        } catch (IOException e) {
            throw new ProjectException("The backup record " + backupDir.resolve(MANIFEST) + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private void writeManifest(Path backupDir, Manifest manifest) throws IOException {
        Path temp = backupDir.resolve(MANIFEST + ".tmp");
        writeDurably(temp, JSON.writeValueAsBytes(manifest));
        Files.move(temp, backupDir.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeManifestOrExplain(Path backupDir, Manifest manifest) throws ProjectException {
        try {
            writeManifest(backupDir, manifest);
        } catch (IOException e) {
            throw new ProjectException("The files were restored, but the backup record in " + backupDir + " could not be updated (" + e.getMessage() + ").", e);
        }
    }

    private static byte[] readIfExists(Path file) throws ProjectException {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new ProjectException("Could not read '" + file + "': " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) throws ProjectException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ProjectException("Could not remove '" + file + "': " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover hidden .tmp file is harmless.
        }
    }
}
