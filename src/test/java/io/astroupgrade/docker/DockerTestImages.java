package io.astroupgrade.docker;

import java.nio.file.Files;
import java.nio.file.Path;

/** For tests outside this package: build a runtime-like image from a fixture on the real engine. */
public final class DockerTestImages {

    private DockerTestImages() {}

    /** Skips (with the reason) when no engine answers; else builds {@code image} from the freeze fixture. */
    public static void assumeEngineAndBuild(String image, String fixture, String runtimeVersion, String airflowVersion)
            throws Exception {
        Path cache = Files.createTempDirectory("aw-build-");
        try (DockerImageInspector inspector = TestDocker.inspector(cache)) {
            TestDocker.assumeEngine(inspector);
            TestDocker.buildRuntimeImage(inspector, image, TestDocker.fixture(fixture), runtimeVersion, airflowVersion, 0);
        } finally {
            TestDocker.deleteQuietly(cache);
        }
    }
}
