package io.astroupgrade.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.astroupgrade.tasks.TaskContext;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engines that are not there or do not answer: clear errors, within the deadline, no engine needed. */
class DockerConnectionTest {

    @Test
    void anEngineThatIsNotRunningIsReportedQuickly(@TempDir Path temp) {
        DockerEndpoint nowhere = new DockerEndpoint("unix://" + temp.resolve("docker.sock"), "DOCKER_HOST", null);
        long start = System.nanoTime();
        try (DockerImageInspector inspector = new DockerImageInspector(nowhere, temp, DockerTimeouts.DEFAULT)) {
            assertThatThrownBy(inspector::checkEngine).isInstanceOfSatisfying(DockerProblem.class, p -> {
                assertThat(p.kind()).isEqualTo(DockerProblem.Kind.NOT_RUNNING);
                assertThat(p.summary()).startsWith("Docker is not running").contains(temp.resolve("docker.sock").toString());
                assertThat(p.fix()).contains("Start Docker");
            });
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aClosedTcpPortIsNotRunningEither(@TempDir Path temp) {
        DockerEndpoint closed = new DockerEndpoint("tcp://127.0.0.1:1", "DOCKER_HOST", null);
        try (DockerImageInspector inspector = new DockerImageInspector(closed, temp, DockerTimeouts.DEFAULT)) {
            assertThatThrownBy(() -> inspector.inspect("quay.io/astronomer/astro-runtime:9.1.0"))
                    .isInstanceOfSatisfying(DockerProblem.class, p -> assertThat(p.kind()).isEqualTo(DockerProblem.Kind.NOT_RUNNING));
        }
    }

    @Test
    void anEndpointThisTransportCannotUseIsExplained(@TempDir Path temp) {
        DockerEndpoint ssh = new DockerEndpoint("ssh://me@build-host", "docker context 'remote'", null);
        try (DockerImageInspector inspector = new DockerImageInspector(ssh, temp, DockerTimeouts.DEFAULT)) {
            assertThatThrownBy(inspector::checkEngine).isInstanceOfSatisfying(DockerProblem.class, p -> {
                assertThat(p.kind()).isEqualTo(DockerProblem.Kind.UNSUPPORTED_ENDPOINT);
                assertThat(p.getMessage()).contains("ssh://me@build-host", "docker context 'remote'", "unix://");
            });
        }
    }

    @Test
    void aSocketThatAcceptsAndNeverAnswersEndsWithinTheDeadline(@TempDir Path temp) throws Exception {
        Path socket = temp.resolve("hung.sock");
        List<SocketChannel> accepted = new ArrayList<>();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) accepted.add(server.accept()); // accept, read nothing, answer nothing
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            DockerTimeouts oneSecond = new DockerTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
            DockerEndpoint hung = new DockerEndpoint("unix://" + socket, "DOCKER_HOST", null);
            try (DockerImageInspector inspector = new DockerImageInspector(hung, temp, oneSecond)) {
                for (Runnable call : List.<Runnable>of(inspector::checkEngine, () -> inspector.inspect("img:1"),
                        () -> inspector.pull("img:1", PullListener.NONE, TaskContext.NONE))) {
                    long start = System.nanoTime();
                    assertThatThrownBy(call::run).isInstanceOfSatisfying(DockerProblem.class, p -> {
                        assertThat(p.kind()).isEqualTo(DockerProblem.Kind.NO_ANSWER);
                        assertThat(p.summary()).contains("does not answer");
                    });
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
                }
            }
        } finally {
            for (SocketChannel channel : accepted) channel.close();
            Files.deleteIfExists(socket);
        }
        assertThat(accepted).isNotEmpty();
    }
}
