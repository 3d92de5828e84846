package io.astroupgrade.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerEndpointTest {

    @TempDir
    Path home;

    @Test
    void dockerHostComesFirst() throws IOException {
        writeContext("colima", "unix:///colima.sock");
        DockerEndpoint e = DockerEndpoint.resolve(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2376", "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", "/certs"), home, "Linux");
        assertThat(e.host()).isEqualTo("tcp://10.0.0.5:2376");
        assertThat(e.source()).isEqualTo("DOCKER_HOST");
        assertThat(e.tlsCertDir()).isEqualTo(Path.of("/certs"));
        assertThat(DockerEndpoint.resolve(Map.of("DOCKER_HOST", "unix:///x.sock"), home, "Linux").tlsCertDir()).isNull();
    }

    @Test
    void thenTheDockerCliContext() throws IOException {
        writeContext("colima", "unix:///Users/me/.colima/default/docker.sock");
        writeContext("other", "tcp://example:2375");
        DockerEndpoint e = DockerEndpoint.resolve(Map.of(), home, "Mac OS X");
        assertThat(e.host()).isEqualTo("unix:///Users/me/.colima/default/docker.sock");
        assertThat(e.source()).isEqualTo("docker context 'colima'");
        assertThat(DockerEndpoint.resolve(Map.of("DOCKER_CONTEXT", "other"), home, "Linux").host()).isEqualTo("tcp://example:2375");
    }

    @Test
    void theDefaultContextAndBrokenFilesFallBackToTheDefaults() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\": \"default\"}");
        assertThat(DockerEndpoint.resolve(Map.of(), home, "Windows 11").host()).isEqualTo("npipe:////./pipe/docker_engine");
        Files.writeString(home.resolve(".docker/config.json"), "{ not json");
        assertThat(DockerEndpoint.resolve(Map.of(), home, "Windows 11").source()).isEqualTo("default socket");
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\": \"gone\"}");
        assertThat(DockerEndpoint.resolve(Map.of(), home, "Windows 11").source()).isEqualTo("default socket");
    }

    @Test
    void theFirstDefaultSocketThatExists() throws IOException {
        Path runtimeDir = Files.createDirectories(home.resolve("run-user"));
        Files.createDirectories(runtimeDir.resolve("podman"));
        Files.createFile(runtimeDir.resolve("podman/podman.sock"));
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", runtimeDir.toString());
        assertThat(DockerEndpoint.defaultHosts(env, home, "Linux")).containsSubsequence(
                "unix:///var/run/docker.sock", "unix://" + home.resolve(".docker/run/docker.sock"),
                "unix://" + runtimeDir.resolve("podman/podman.sock"));
        if (!Files.exists(Path.of("/var/run/docker.sock"))) {
            assertThat(DockerEndpoint.resolve(env, home, "Linux").host()).isEqualTo("unix://" + runtimeDir.resolve("podman/podman.sock"));
            Files.createDirectories(home.resolve(".docker/run"));
            Files.createFile(home.resolve(".docker/run/docker.sock"));
            assertThat(DockerEndpoint.resolve(env, home, "Linux").host()).as("Docker Desktop before Podman")
                    .isEqualTo("unix://" + home.resolve(".docker/run/docker.sock"));
        }
        Path empty = Files.createDirectories(home.resolve("empty"));
        DockerEndpoint none = DockerEndpoint.resolve(Map.of(), empty, "Linux");
        if (!Files.exists(Path.of("/var/run/docker.sock")) && !Files.exists(Path.of("/run/podman/podman.sock"))) {
            assertThat(none.host()).as("nothing exists: the standard socket, so that the error names it").isEqualTo("unix:///var/run/docker.sock");
        }
        assertThat(none.socketPath()).isPresent();
    }

    private void writeContext(String name, String host) throws IOException {
        Path meta = Files.createDirectories(home.resolve(".docker/contexts/meta/" + Integer.toHexString(name.hashCode())));
        Files.writeString(meta.resolve("meta.json"),
                "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
        Files.writeString(home.resolve(".docker/config.json"), "{\"auths\":{},\"currentContext\":\"colima\"}");
    }
}
