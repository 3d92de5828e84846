package io.astroupgrade.runtime.considerations;

import io.astroupgrade.version.RuntimeTag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the considerations engine knows about a project: plain data, read once by {@link ProjectFactsReader}.
 * Missing files are empty lists.
 *
 * @param dockerfileEnv names set by {@code ENV} lines, with their 1-based line
 * @param dotEnv        names set in {@code .env}, with their 1-based line
 * @param code          the scanned {@code *.py} files under dags/, plugins/ and include/
 * @param rootFiles     names of the files and folders at the top of the project
 * @param baseImage     the final stage's base image, when the Dockerfile names one
 * @param notes         what the reader skipped and why (huge files, too many files, unreadable files)
 */
public record ProjectFacts(List<RequirementNames.Requirement> requirements, List<String> requirementLines,
                           List<String> dockerfileLines, Map<String, Integer> dockerfileEnv,
                           List<String> dotEnvLines, Map<String, Integer> dotEnv,
                           List<SourceFile> code, Set<String> rootFiles, Optional<BaseImage> baseImage, List<String> notes) {

    /** A scanned source file: its path relative to the project (with '/') and its lines. */
    public record SourceFile(String path, List<String> lines) {}

    /**
     * The image of the final {@code FROM}.
     *
     * @param reference the image as written, ARG references resolved where possible
     * @param line      1-based line of the FROM in the Dockerfile
     * @param tag       the runtime version and flavour, when the tag starts with a full version
     */
    public record BaseImage(String reference, int line, Optional<RuntimeTag> tag) {}

    public static ProjectFacts empty() {
        return new ProjectFacts(List.of(), List.of(), List.of(), Map.of(), List.of(), Map.of(), List.of(), Set.of(), Optional.empty(), List.of());
    }
}
