package io.astroupgrade.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Docker engine listens, and why we think so.
 *
 * @param host      a Docker host URI: {@code unix:///…}, {@code tcp://…} or {@code npipe:////./pipe/…}
 * @param source    where it came from, for messages: "DOCKER_HOST", "docker context 'x'", "default socket"
 * @param tlsCertDir a folder with ca.pem, cert.pem and key.pem when the connection uses TLS, else null
 */
public record DockerEndpoint(String host, String source, Path tlsCertDir) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The endpoint for this user and machine. Reads only small local files; never connects. */
    public static DockerEndpoint forCurrentUser() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")), System.getProperty("os.name", ""));
    }

    /**
     * Like the docker CLI: {@code DOCKER_HOST}, then the CLI's context ({@code DOCKER_CONTEXT} or
     * {@code currentContext} in config.json), then the first platform default socket that exists.
     */
    static DockerEndpoint resolve(Map<String, String> env, Path home, String osName) {
        String dockerHost = env.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            boolean tls = !isBlankOrZero(env.get("DOCKER_TLS_VERIFY"));
            Path certs = env.get("DOCKER_CERT_PATH") != null ? Path.of(env.get("DOCKER_CERT_PATH")) : configDir(env, home);
            return new DockerEndpoint(dockerHost.strip(), "DOCKER_HOST", tls ? certs : null);
        }
        Optional<DockerEndpoint> context = fromContext(env, home);
        if (context.isPresent()) return context.get();
        List<String> defaults = defaultHosts(env, home, osName);
        for (String candidate : defaults) {
            if (candidate.startsWith("unix://") && Files.exists(Path.of(candidate.substring("unix://".length())))) {
                return new DockerEndpoint(candidate, "default socket", null);
            }
        }
        return new DockerEndpoint(defaults.get(0), "default socket", null);
    }

    /** Platform defaults in the order we try them: Docker Engine, Docker Desktop, Podman. */
    static List<String> defaultHosts(Map<String, String> env, Path home, String osName) {
        if (osName.toLowerCase(Locale.ROOT).contains("win")) return List.of("npipe:////./pipe/docker_engine");
        List<String> hosts = new ArrayList<>();
        hosts.add("unix:///var/run/docker.sock");
        hosts.add("unix://" + home.resolve(".docker/run/docker.sock"));
        hosts.add("unix://" + home.resolve(".docker/desktop/docker.sock"));
        String runtimeDir = env.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) hosts.add("unix://" + Path.of(runtimeDir, "podman/podman.sock"));
        hosts.add("unix:///run/podman/podman.sock");
        return hosts;
    }

    private static Optional<DockerEndpoint> fromContext(Map<String, String> env, Path home) {
        Path config = configDir(env, home);
        String name = env.get("DOCKER_CONTEXT");
        try {
            if (name == null || name.isBlank()) {
                Path configJson = config.resolve("config.json");
                if (!Files.isRegularFile(configJson)) return Optional.empty();
                name = JSON.readTree(configJson.toFile()).path("currentContext").asText("");
            }
            if (name.isBlank() || name.equals("default")) return Optional.empty();
            Path metaRoot = config.resolve("contexts/meta");
            if (!Files.isDirectory(metaRoot)) return Optional.empty();
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(metaRoot)) {
                for (Path dir : dirs) {
                    Path metaFile = dir.resolve("meta.json");
                    if (!Files.isRegularFile(metaFile)) continue;
                    JsonNode meta = JSON.readTree(metaFile.toFile());
                    if (!name.equals(meta.path("Name").asText())) continue;
                    String host = meta.path("Endpoints").path("docker").path("Host").asText("");
                    if (host.isBlank()) return Optional.empty();
                    Path tls = config.resolve("contexts/tls").resolve(dir.getFileName()).resolve("docker");
                    return Optional.of(new DockerEndpoint(host, "docker context '" + name + "'",
                            Files.isRegularFile(tls.resolve("ca.pem")) ? tls : null));
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable CLI configuration must not stop us: the defaults may still work.
        }
        return Optional.empty();
    }

    private static Path configDir(Map<String, String> env, Path home) {
        String dir = env.get("DOCKER_CONFIG");
        return dir != null && !dir.isBlank() ? Path.of(dir) : home.resolve(".docker");
    }

    private static boolean isBlankOrZero(String value) {
        return value == null || value.isBlank() || value.strip().equals("0");
    }

    /** The socket path for unix endpoints, for messages such as "permission denied on /var/run/docker.sock". */
    public Optional<String> socketPath() {
        return host.startsWith("unix://") ? Optional.of(host.substring("unix://".length())) : Optional.empty();
    }

    @Override
    public String toString() { return host + " (" + source + ")"; }
}
