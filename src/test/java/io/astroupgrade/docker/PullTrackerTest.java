package io.astroupgrade.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's pull messages, as a real pull sends them, added up per layer. */
class PullTrackerTest {

    @Test
    void addsUpLayers() {
        PullTracker t = new PullTracker("quay.io/astronomer/astro-runtime:12.1.0");
        t.accept("12.1.0", "Pulling from astronomer/astro-runtime", null, null);
        t.accept("aaa", "Already exists", null, null);
        t.accept("bbb", "Pulling fs layer", null, null);
        t.accept("ccc", "Pulling fs layer", null, null);
        t.accept("bbb", "Downloading", 500L, 1000L);
        PullProgress p = t.accept("ccc", "Downloading", 0L, 3000L);
        assertThat(p.currentBytes()).isEqualTo(500);
        assertThat(p.totalBytes()).isEqualTo(4000);
        assertThat(p.percent()).isEqualTo(12);
        assertThat(p.layers()).extracting(PullProgress.Layer::id).containsExactly("aaa", "bbb", "ccc");
        assertThat(p.layers().get(1).percent()).isEqualTo(50);
        assertThat(p.layers().get(0).percent()).isEqualTo(-1);

        t.accept("bbb", "Download complete", null, null);
        t.accept("ccc", "Downloading", 3000L, 3000L);
        t.accept("ccc", "Extracting", 100L, 9000L);
        p = t.accept("ccc", "Pull complete", null, null);
        assertThat(p.percent()).isEqualTo(100);
        assertThat(p.fraction()).isEqualTo(1.0);
        assertThat(p.describe()).isEqualTo("Pull complete: 100% (0.0 MB of 0.0 MB)");

        p = t.accept(null, "Digest: sha256:abc", null, null);
        assertThat(p.layers()).hasSize(3);
        assertThat(p.status()).isEqualTo("Digest: sha256:abc");
    }

    @Test
    void unknownSizesAreIndeterminate() {
        PullProgress p = new PullTracker("img").accept("aaa", "Waiting", null, null);
        assertThat(p.percent()).isEqualTo(-1);
        assertThat(p.fraction()).isEqualTo(-1);
        assertThat(p.describe()).isEqualTo("Waiting");
    }
}
