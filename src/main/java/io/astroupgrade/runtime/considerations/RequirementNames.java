package io.astroupgrade.runtime.considerations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately minimal requirements.txt reader: the package name and line of each requirement.
 * Options ({@code -r}, {@code -e}, {@code --index-url}), comments and blank lines are skipped.
 * Kept in this one class so the full requirements parser from {@code project} can replace it.
 */
public final class RequirementNames {

    /** One requirement: its name as written, its 1-based line and whether it pins a version ({@code ==}). */
    public record Requirement(String name, int line, boolean pinned) {}

    private static final Pattern NAME = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9._-]*)");

    private RequirementNames() {}

    public static List<Requirement> read(List<String> lines) {
        List<Requirement> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty() || text.startsWith("-")) continue;
            Matcher m = NAME.matcher(text);
            if (m.find()) out.add(new Requirement(m.group(1), i + 1, text.contains("===") || text.contains("==")));
        }
        return List.copyOf(out);
    }
}
