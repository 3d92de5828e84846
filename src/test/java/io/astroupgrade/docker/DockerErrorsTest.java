package io.astroupgrade.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Error texts seen from engines and registries map to their own plain messages. */
class DockerErrorsTest {

    static final DockerEndpoint SOCKET = new DockerEndpoint("unix:///var/run/docker.sock", "default socket", null);

    @Test
    void connectionFailuresNameTheSocketAndTheFix() {
        DockerProblem denied = (DockerProblem) DockerErrors.translate(
                new RuntimeException(new IOException("connect failed: Permission denied")), SOCKET, "ping the engine");
        assertThat(denied.kind()).isEqualTo(DockerProblem.Kind.PERMISSION_DENIED);
        assertThat(denied.getMessage()).contains("/var/run/docker.sock", "docker group");

        DockerProblem down = (DockerProblem) DockerErrors.translate(
                new RuntimeException(new IOException("[111] Connection refused")), SOCKET, "ping the engine");
        assertThat(down.kind()).isEqualTo(DockerProblem.Kind.NOT_RUNNING);

        DockerProblem silent = (DockerProblem) DockerErrors.translate(new SocketTimeoutException("Read timed out"), SOCKET, "ping the engine");
        assertThat(silent.kind()).isEqualTo(DockerProblem.Kind.NO_ANSWER);
    }

    @Test
    void anEngineErrorKeepsTheEnginesWordsEvenWhenTheyMentionConnections() {
        DockerProblem p = (DockerProblem) DockerErrors.translate(new InternalServerErrorException(
                "Status 500: {\"message\":\"Get \\\"https://localhost:1/v2/\\\": dial tcp 127.0.0.1:1: connect: connection refused\"}"),
                SOCKET, "pull x");
        assertThat(p.kind()).isEqualTo(DockerProblem.Kind.ENGINE_ERROR);
        assertThat(p.summary()).isEqualTo("Docker could not pull x: Get \"https://localhost:1/v2/\": dial tcp 127.0.0.1:1: connect: connection refused.");
        assertThat(DockerErrors.engineMessage(new RuntimeException(new NotFoundException("Status 404: {\"message\":\"No such image: a:b\"}"))))
                .isEqualTo("No such image: a:b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "manifest for quay.io/astronomer/astro-runtime:99.0.0 not found: manifest unknown: manifest unknown|IMAGE_NOT_FOUND",
            "pull access denied for astronomer/nothing, repository does not exist or may require 'docker login'|IMAGE_NOT_FOUND",
            "unauthorized: access to the requested resource is not authorized|UNAUTHORIZED",
            "Head \"https://quay.io/v2/x/manifests/1\": denied: requested access to the resource is denied|UNAUTHORIZED",
            "Get \"https://quay.io/v2/\": dial tcp: lookup quay.io on 10.0.0.53:53: no such host|NO_NETWORK",
            "Get \"https://quay.io/v2/\": net/http: TLS handshake timeout|NO_NETWORK",
            "something else entirely|ENGINE_ERROR"})
    void registryErrors(String message, DockerProblem.Kind kind) {
        DockerProblem p = DockerErrors.pullProblem("quay.io/astronomer/astro-runtime:99.0.0", message, null);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.getMessage()).contains("quay.io/astronomer/astro-runtime:99.0.0").endsWith(kind.fix());
    }
}
