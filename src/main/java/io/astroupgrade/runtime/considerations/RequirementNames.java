package io.astroupgrade.runtime.considerations;

import java.util.ArrayList;
import java.util.List;
import io.astroupgrade.project.Requirements;

/** The package name and line of each requirement, from the project package's requirements.txt parser. */
public final class RequirementNames {

    /** One requirement: its name as written, its 1-based line and whether it pins a version ({@code ==}). */
    public record Requirement(String name, int line, boolean pinned) {}

    private RequirementNames() {}

    public static List<Requirement> read(List<String> lines) {
        List<Requirement> out = new ArrayList<>();
        for (Requirements.Entry entry : Requirements.parse(String.join("\n", lines)).entries()) {
            if (entry.name() != null) out.add(new Requirement(entry.name(), entry.line(), entry.specifier().contains("==")));
        }
        return List.copyOf(out);
    }
}
