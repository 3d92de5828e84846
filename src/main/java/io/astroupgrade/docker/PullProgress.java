package io.astroupgrade.docker;

import java.util.List;

/**
 * Where a pull stands: per layer and in total. Byte counts are download bytes; layers that already exist
 * locally count as done with an unknown size.
 *
 * @param status the engine's last status line, for example "Downloading" or "Pull complete"
 */
public record PullProgress(String image, String status, long currentBytes, long totalBytes, List<Layer> layers) {

    public PullProgress {
        layers = List.copyOf(layers);
    }

    /** One layer, for example {@code ("a1b2c3d4e5f6", "Downloading", 1048576, 27262976)}. */
    public record Layer(String id, String status, long currentBytes, long totalBytes) {
        /** 0..100, or -1 while the size is unknown. */
        public int percent() { return PullProgress.percent(currentBytes, totalBytes); }
    }

    /** 0..100 over the layers whose size is known, or -1 while no size is known. */
    public int percent() { return percent(currentBytes, totalBytes); }

    /** 0..1 for a progress bar, or -1 for "indeterminate". */
    public double fraction() {
        return totalBytes > 0 ? Math.min(1.0, (double) currentBytes / totalBytes) : -1;
    }

    static int percent(long current, long total) {
        return total > 0 ? (int) Math.min(100, current * 100 / total) : -1;
    }

    /** For a status line, for example "Downloading: 45% (12.3 MB of 27.1 MB)". */
    public String describe() {
        if (totalBytes <= 0) return status;
        return status + ": " + percent() + "% (" + megabytes(currentBytes) + " of " + megabytes(totalBytes) + ")";
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
