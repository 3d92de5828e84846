package io.astroupgrade.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A runtime image tag split into its full version and its flavour suffix, for example
 * {@code 11.15.1-ubi9-python-3.12-slim-base} = {@code 11.15.1} + {@code -ubi9-python-3.12-slim-base}.
 * The flavour keeps its leading dash and is carried over unchanged by a version change.
 */
public record RuntimeTag(RuntimeVersion version, String flavour) {

    private static final Pattern AIRFLOW3_PREFIX = Pattern.compile("^([0-9]+\\.[0-9]+-[0-9]+)(?=$|-)(.*)$", Pattern.DOTALL);
    private static final Pattern PYTHON = Pattern.compile("-python-([0-9]+\\.[0-9]+)(?=$|-)");
    private static final Pattern SEMANTIC_PREFIX = Pattern.compile("^([0-9]+\\.[0-9]+\\.[0-9]+)(?=$|-)(.*)$", Pattern.DOTALL);

    /** Empty when the tag does not start with a full version (floating tags such as {@code 3.1}, {@code latest}). */
    public static Optional<RuntimeTag> parse(String tag) {
        if (tag == null) return Optional.empty();
        for (Pattern p : new Pattern[] {AIRFLOW3_PREFIX, SEMANTIC_PREFIX}) {
            Matcher m = p.matcher(tag);
            if (m.matches()) {
                Optional<RuntimeVersion> version = RuntimeVersion.tryParse(m.group(1));
                if (version.isPresent()) return Optional.of(new RuntimeTag(version.get(), m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The Python of a {@code -python-X.Y} flavour ("3.11"); empty when the image uses the runtime's default Python. */
    public Optional<String> pythonVersion() {
        Matcher m = PYTHON.matcher(flavour);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public String toString() {
        return version + flavour;
    }
}
