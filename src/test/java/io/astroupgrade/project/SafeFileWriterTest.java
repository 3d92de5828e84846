package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriterTest {

    private static final byte[] ORIGINAL = "FROM quay.io/astronomer/astro-runtime:12.1.0\r\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UPDATED = "FROM quay.io/astronomer/astro-runtime:12.2.0\r\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path project;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T14:00:00.123Z"), ZoneOffset.UTC);

    private Path dockerfile() throws IOException {
        return Files.write(project.resolve("Dockerfile"), ORIGINAL);
    }

    private SafeFileWriter writer(SafeFileWriter.WriteHook hook) {
        return new SafeFileWriter(project, clock, hook);
    }

    private static SafeFileWriter.Change change(Path file, byte[] read, byte[] content) {
        return new SafeFileWriter.Change(file, TextFile.sha256(read), content);
    }

    @Test
    void writesKeepsABackupAndUndoes() throws Exception {
        Path file = dockerfile();
        SafeFileWriter.Applied applied = writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, ORIGINAL, UPDATED)));
        assertThat(Files.readAllBytes(file)).isEqualTo(UPDATED);
        assertThat(applied.backupDir()).isEqualTo(project.resolve(".astro-upgrade/backups/20261126T140000.123Z"));
        assertThat(applied.backupDir().resolve("files/Dockerfile")).hasBinaryContent(ORIGINAL);
        assertThat(applied.backupDir().resolve("manifest.json")).exists();
        assertThat(leftoverTempFiles()).isEmpty();

        SafeFileWriter.Undone undone = writer(SafeFileWriter.WriteHook.NONE).undo();
        assertThat(undone.backupDir()).isEqualTo(applied.backupDir());
        assertThat(Files.readAllBytes(file)).isEqualTo(ORIGINAL);
        assertThatThrownBy(() -> writer(SafeFileWriter.WriteHook.NONE).undo()).hasMessageContaining("nothing to undo");
    }

    @Test
    void undoGoesBackOneChangeAtATime() throws Exception {
        Path file = dockerfile();
        byte[] third = "FROM quay.io/astronomer/astro-runtime:12.3.0\n".getBytes(StandardCharsets.UTF_8);
        writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, ORIGINAL, UPDATED)));
        writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, UPDATED, third)));
        assertThat(Files.list(project.resolve(".astro-upgrade/backups")).count()).isEqualTo(2);
        writer(SafeFileWriter.WriteHook.NONE).undo();
        assertThat(Files.readAllBytes(file)).isEqualTo(UPDATED);
        writer(SafeFileWriter.WriteHook.NONE).undo();
        assertThat(Files.readAllBytes(file)).isEqualTo(ORIGINAL);
    }

    @Test
    void concurrentExternalChangeIsDetectedAndNothingIsWritten() throws Exception {
        Path file = dockerfile();
        byte[] external = "FROM quay.io/astronomer/astro-runtime:12.1.0 # edited by someone else\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, external);
        assertThatThrownBy(() -> writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, ORIGINAL, UPDATED))))
                .isInstanceOf(ProjectException.class).hasMessageContaining("changed on disk").hasMessageContaining("Nothing was written");
        assertThat(Files.readAllBytes(file)).isEqualTo(external);
        assertThat(project.resolve(".astro-upgrade")).doesNotExist();
    }

    @Test
    void crashBetweenTempWriteAndMoveLeavesTheOriginalIntact() throws Exception {
        Path file = dockerfile();
        SafeFileWriter.WriteHook crash = (temp, target) -> {
            assertThat(temp.getParent()).isEqualTo(target.getParent());
            assertThat(temp).hasBinaryContent(UPDATED);
            throw new IOException("simulated power cut");
        };
        assertThatThrownBy(() -> writer(crash).apply(List.of(change(file, ORIGINAL, UPDATED))))
                .hasMessageContaining("simulated power cut").hasMessageContaining("left as it was");
        assertThat(Files.readAllBytes(file)).isEqualTo(ORIGINAL);
        assertThat(leftoverTempFiles()).isEmpty();
    }

    @Test
    void failedSecondFilePutsTheFirstBack() throws Exception {
        Path file = dockerfile();
        Path requirements = Files.write(project.resolve("requirements.txt"), "a==1\n".getBytes(StandardCharsets.UTF_8));
        SafeFileWriter.WriteHook crashOnRequirements = (temp, target) -> {
            if (target.getFileName().toString().equals("requirements.txt")) throw new IOException("disk full");
        };
        assertThatThrownBy(() -> writer(crashOnRequirements).apply(List.of(change(file, ORIGINAL, UPDATED),
                change(requirements, "a==1\n".getBytes(StandardCharsets.UTF_8), "a==2\n".getBytes(StandardCharsets.UTF_8)))))
                .hasMessageContaining("put back");
        assertThat(Files.readAllBytes(file)).isEqualTo(ORIGINAL);
        assertThat(requirements).hasContent("a==1");
    }

    @Test
    void gitignoreGetsTheStateFolderOnceKeepingItsBytes() throws Exception {
        Path file = dockerfile();
        Path gitignore = Files.write(project.resolve(".gitignore"), "target/\r\n*.log".getBytes(StandardCharsets.UTF_8));
        SafeFileWriter.Applied applied = writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, ORIGINAL, UPDATED)));
        assertThat(new String(Files.readAllBytes(gitignore), StandardCharsets.UTF_8)).isEqualTo("target/\r\n*.log\r\n.astro-upgrade/\r\n");
        assertThat(applied.notes()).anyMatch(n -> n.contains(".gitignore"));
        writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, UPDATED, ORIGINAL)));
        assertThat(new String(Files.readAllBytes(gitignore), StandardCharsets.UTF_8)).isEqualTo("target/\r\n*.log\r\n.astro-upgrade/\r\n");
    }

    @Test
    void noGitignoreIsCreated() throws Exception {
        writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(dockerfile(), ORIGINAL, UPDATED)));
        assertThat(project.resolve(".gitignore")).doesNotExist();
    }

    @Test
    void undoRefusesWhenTheFileChangedAfterTheWrite() throws Exception {
        Path file = dockerfile();
        writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, ORIGINAL, UPDATED)));
        Files.write(file, "FROM python:3\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> writer(SafeFileWriter.WriteHook.NONE).undo()).hasMessageContaining("has changed since the wizard wrote it");
        assertThat(file).hasContent("FROM python:3");
    }

    @Test
    void refusesReadOnlyFiles() throws Exception {
        Path file = dockerfile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, ORIGINAL, UPDATED))))
                .hasMessageContaining("read-only");
        assertThat(Files.readAllBytes(file)).isEqualTo(ORIGINAL);
    }

    @Test
    void refusesFoldersLinksAndFilesOutsideTheProject() throws Exception {
        Path folder = Files.createDirectory(project.resolve("Dockerfile"));
        assertThatThrownBy(() -> writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(folder, ORIGINAL, UPDATED))))
                .hasMessageContaining("not a regular file");
        Path real = Files.write(project.resolve("real"), ORIGINAL);
        Path link = Files.createSymbolicLink(project.resolve("link"), real);
        assertThatThrownBy(() -> writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(link, ORIGINAL, UPDATED))))
                .hasMessageContaining("not a regular file");
        Path outside = Files.createTempFile("outside", ".txt");
        try {
            assertThatThrownBy(() -> writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(outside, new byte[0], UPDATED))))
                    .hasMessageContaining("outside the project");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void keepsFilePermissions() throws Exception {
        Path file = dockerfile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        writer(SafeFileWriter.WriteHook.NONE).apply(List.of(change(file, ORIGINAL, UPDATED)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void createsANewFileAndUndoRemovesIt() throws Exception {
        Path requirements = project.resolve("requirements.txt");
        writer(SafeFileWriter.WriteHook.NONE).apply(List.of(new SafeFileWriter.Change(requirements, null, "a==1\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(requirements).hasContent("a==1");
        writer(SafeFileWriter.WriteHook.NONE).undo();
        assertThat(requirements).doesNotExist();
    }

    private List<Path> leftoverTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(project)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
