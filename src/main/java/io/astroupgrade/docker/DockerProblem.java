package io.astroupgrade.docker;

/**
 * A failure talking to Docker, in words a user can act on: what went wrong and how to fix it.
 * {@link #getMessage()} gives both in one line, for the command line; the UI may show them apart.
 */
public final class DockerProblem extends RuntimeException {

    public enum Kind {
        NOT_RUNNING("Start Docker Desktop (or the Docker service, for example `sudo systemctl start docker`) and try again."
                + " If your engine listens elsewhere, set DOCKER_HOST."),
        PERMISSION_DENIED("Add your user to the docker group (`sudo usermod -aG docker $USER`), log out and in again,"
                + " then try again. Docker Desktop and rootless Docker need no group."),
        NO_ANSWER("Restart Docker Desktop or the Docker service, then try again."),
        UNSUPPORTED_ENDPOINT("Point DOCKER_HOST (or your docker context) at a unix://, tcp:// or npipe:// address."),
        IMAGE_NOT_FOUND("Check the image name and tag in your Dockerfile. Runtime versions are full versions such as 12.1.0."),
        UNAUTHORIZED("If the image is private, log in with `docker login <registry>`; otherwise check the image name."),
        NO_NETWORK("Check your internet connection, proxy or VPN settings, then try again."),
        TIMEOUT("Try again; if it keeps happening, restart Docker."),
        COMMAND_FAILED("Check that the image is an Astro Runtime image with Python and pip."),
        ENGINE_ERROR("Try again; if it keeps happening, restart Docker.");

        private final String fix;

        Kind(String fix) { this.fix = fix; }

        public String fix() { return fix; }
    }

    private final Kind kind;
    private final String summary;

    public DockerProblem(Kind kind, String summary) {
        this(kind, summary, null);
    }

    public DockerProblem(Kind kind, String summary, Throwable cause) {
        super(summary + " " + kind.fix(), cause);
        this.kind = kind;
        this.summary = summary;
    }

    public Kind kind() { return kind; }

    /** What went wrong, without the fix. */
    public String summary() { return summary; }

    /** The suggested fix. */
    public String fix() { return kind.fix(); }
}
