package io.astroupgrade.docker;

import java.time.Duration;

/**
 * The deadlines of Docker calls.
 *
 * @param ping     how long the engine may take to answer a ping
 * @param call     one short API call (inspect, create, start, remove)
 * @param freeze   the whole {@code pip freeze} container run
 * @param pullIdle how long a pull may go without any progress from the engine
 */
public record DockerTimeouts(Duration ping, Duration call, Duration freeze, Duration pullIdle) {

    public static final DockerTimeouts DEFAULT =
            new DockerTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(2));
}
