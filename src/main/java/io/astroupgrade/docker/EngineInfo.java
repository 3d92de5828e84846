package io.astroupgrade.docker;

/** The engine that answered a ping: where, and which version. */
public record EngineInfo(DockerEndpoint endpoint, String version, String apiVersion, String os, String architecture) {

    /** One line for a status bar, for example "Docker 20.10.24 (linux/amd64) at unix:///var/run/docker.sock". */
    public String describe() {
        return "Docker " + version + " (" + os + "/" + architecture + ") at " + endpoint.host();
    }
}
