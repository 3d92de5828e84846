package io.astroupgrade.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/** Turns what docker-java and the engine throw into {@link DockerProblem}s with plain words. */
final class DockerErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerErrors() {}

    /** Translates a failure of {@code what} (for example "list the image") against the endpoint. */
    static RuntimeException translate(Throwable error, DockerEndpoint endpoint, String what) {
        if (error instanceof DockerProblem problem) return problem;
        if (error instanceof CancellationException cancelled) return cancelled;
        if (error instanceof InterruptedException) return new CancellationException("Cancelled");
        if (has(error, DockerException.class)) {
            // The engine answered with an error status: its message is about the request, not the connection.
            return new DockerProblem(DockerProblem.Kind.ENGINE_ERROR,
                    "Docker could not " + what + ": " + engineMessage(error) + ".", error);
        }
        String where = endpoint.socketPath().orElse(endpoint.host());
        String chain = messages(error);
        if (chain.contains("permission denied") || chain.contains("[13]") || chain.contains("access is denied")) {
            return new DockerProblem(DockerProblem.Kind.PERMISSION_DENIED,
                    "Permission denied on the Docker socket " + where + ".", error);
        }
        if (has(error, ConnectException.class) || has(error, UnknownHostException.class) || has(error, NoRouteToHostException.class)
                || chain.contains("no such file") || chain.contains("connection refused") || chain.contains("[2]")
                || chain.contains("[111]") || chain.contains("cannot find the file")) {
            return new DockerProblem(DockerProblem.Kind.NOT_RUNNING,
                    "Docker is not running: nothing answers at " + where + " (" + endpoint.source() + ").", error);
        }
        if (has(error, SocketTimeoutException.class) || chain.contains("connection reset") || chain.contains("broken pipe")) {
            return noAnswer(endpoint, what, error);
        }
        return new DockerProblem(DockerProblem.Kind.ENGINE_ERROR,
                "Docker could not " + what + ": " + engineMessage(error) + ".", error);
    }

    static DockerProblem noAnswer(DockerEndpoint endpoint, String what, Throwable cause) {
        return new DockerProblem(DockerProblem.Kind.NO_ANSWER, "The Docker engine at " + endpoint.socketPath().orElse(endpoint.host())
                + " does not answer (no reply when trying to " + what + ").", cause);
    }

    /** A failed pull: the engine answered, the registry did not give the image. */
    static DockerProblem pullProblem(String image, String message, Throwable cause) {
        String text = message.toLowerCase(Locale.ROOT);
        if (text.contains("repository does not exist") || text.contains("manifest unknown") || text.contains("not found")
                || text.contains("name unknown")) {
            return new DockerProblem(DockerProblem.Kind.IMAGE_NOT_FOUND,
                    "The image " + image + " was not found in its registry (" + message.strip() + ").", cause);
        }
        if (text.contains("unauthorized") || text.contains("authentication required") || text.contains("denied")
                || text.contains("forbidden")) {
            return new DockerProblem(DockerProblem.Kind.UNAUTHORIZED,
                    "The registry refused access to " + image + " (" + message.strip() + ").", cause);
        }
        if (text.contains("no such host") || text.contains("dial tcp") || text.contains("i/o timeout")
                || text.contains("network is unreachable") || text.contains("connection refused") || text.contains("timeout")
                || text.contains("name resolution") || text.contains("server misbehaving") || text.contains("proxyconnect")
                || text.contains("deadline exceeded") || text.contains("connection reset")) {
            return new DockerProblem(DockerProblem.Kind.NO_NETWORK,
                    "Cannot reach the registry of " + image + " (" + message.strip() + ").", cause);
        }
        return new DockerProblem(DockerProblem.Kind.ENGINE_ERROR, "Docker could not pull " + image + ": " + message.strip() + ".", cause);
    }

    /** The engine's own words: docker-java wraps them as {@code Status 500: {"message":"..."}}. */
    static String engineMessage(Throwable failure) {
        Throwable error = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DockerException) error = t;
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().strip();
        int brace = message.indexOf('{');
        if (brace >= 0) {
            try {
                String inner = JSON.readTree(message.substring(brace)).path("message").asText("");
                if (!inner.isBlank()) return inner.strip();
            } catch (Exception notJson) {
                // keep the whole message
            }
        }
        return message;
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null && all.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
