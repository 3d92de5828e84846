package io.astroupgrade.docker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code pip freeze} outputs by image id, one text file each. An image id names the image's content,
 * so an entry never goes stale. Unreadable entries count as missing; a failed write only costs speed.
 */
final class FreezeCache {

    private final Path dir;

    FreezeCache(Path dir) {
        this.dir = dir;
    }

    Optional<String> read(String imageId) {
        Path file = file(imageId);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(String imageId, String freezeOutput) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "freeze-", ".tmp");
            try {
                Files.writeString(temp, freezeOutput, StandardCharsets.UTF_8);
                Files.move(temp, file(imageId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation: the result is still returned.
        }
    }

    Path file(String imageId) {
        return dir.resolve(imageId.replaceAll("[^A-Za-z0-9._-]", "-") + ".txt");
    }
}
