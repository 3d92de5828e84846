package io.astroupgrade.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Adds up the engine's pull messages, one per layer event, into {@link PullProgress}. Not thread-safe. */
final class PullTracker {

    private final String image;
    private final Map<String, PullProgress.Layer> layers = new LinkedHashMap<>();
    private String status = "Pulling";

    PullTracker(String image) {
        this.image = image;
    }

    /**
     * One message: {@code id} is the layer (null for messages about the whole image), {@code current}
     * and {@code total} the progress detail when there is one.
     */
    PullProgress accept(String id, String message, Long current, Long total) {
        if (message != null && !message.isBlank()) status = message.strip();
        if (id != null && !id.isBlank() && message != null && isLayerMessage(message)) {
            PullProgress.Layer before = layers.getOrDefault(id, new PullProgress.Layer(id, message, 0, 0));
            layers.put(id, update(before, message, current, total));
        }
        return snapshot();
    }

    private static boolean isLayerMessage(String message) {
        // "Pulling from astronomer/astro-runtime" and "Digest: …" carry the tag or repository as id, not a layer.
        String m = message.toLowerCase(Locale.ROOT);
        return !m.startsWith("pulling from") && !m.startsWith("digest") && !m.startsWith("status");
    }

    private static PullProgress.Layer update(PullProgress.Layer layer, String message, Long current, Long total) {
        String m = message.toLowerCase(Locale.ROOT);
        long size = layer.totalBytes();
        long done = layer.currentBytes();
        if (m.startsWith("downloading") && total != null && total > 0) {
            size = total;
            done = current == null ? done : Math.min(current, total);
        } else if (m.startsWith("download complete") || m.startsWith("extracting") || m.startsWith("pull complete")
                || m.startsWith("verifying")) {
            done = size; // the download part is over
        }
        return new PullProgress.Layer(layer.id(), message.strip(), done, size);
    }

    PullProgress snapshot() {
        long current = 0;
        long total = 0;
        for (PullProgress.Layer layer : layers.values()) {
            current += layer.currentBytes();
            total += layer.totalBytes();
        }
        return new PullProgress(image, status, current, total, new ArrayList<>(layers.values()));
    }

    List<PullProgress.Layer> layers() { return List.copyOf(layers.values()); }
}
