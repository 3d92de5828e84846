package io.astroupgrade.version;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Astro Runtime version, in one of two schemes:
 * {@code X.Y.Z} (Airflow 2 era runtimes, including the 2021 "Runtime 3.0.x") and
 * {@code A.B-N} (Airflow 3 runtimes, A.B being the Airflow minor and N the build).
 * Ordering follows the astro CLI: every {@code A.B-N} sorts above every {@code X.Y.Z}.
 */
public final class RuntimeVersion implements Comparable<RuntimeVersion> {

    public enum Scheme { SEMANTIC, AIRFLOW3 }

    private static final String NUMBER = "(0|[1-9][0-9]{0,8})";
    private static final Pattern SEMANTIC = Pattern.compile(NUMBER + "\\." + NUMBER + "\\." + NUMBER);
    private static final Pattern AIRFLOW3 = Pattern.compile(NUMBER + "\\." + NUMBER + "-" + NUMBER);
    private static final Pattern PARTIAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final Scheme scheme;
    private final int major;
    private final int minor;
    private final int patchOrBuild;

    private RuntimeVersion(Scheme scheme, int major, int minor, int patchOrBuild) {
        this.scheme = scheme;
        this.major = major;
        this.minor = minor;
        this.patchOrBuild = patchOrBuild;
    }

    /** Parses strictly: {@code X.Y.Z} or {@code A.B-N}, nothing else (no flavour, no spaces, no leading zeros). */
    public static RuntimeVersion parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidVersionException("No version given: expected a full version such as 12.1.0 or 3.1-12.");
        }
        Matcher semantic = SEMANTIC.matcher(text);
        if (semantic.matches()) {
            return new RuntimeVersion(Scheme.SEMANTIC, group(semantic, 1), group(semantic, 2), group(semantic, 3));
        }
        Matcher airflow3 = AIRFLOW3.matcher(text);
        if (airflow3.matches()) {
            int major = group(airflow3, 1);
            if (major < 3) {
                throw new InvalidVersionException("'" + printable(text) + "' is not a runtime version: the A.B-N scheme starts at Airflow 3 (for example 3.1-12).");
            }
            return new RuntimeVersion(Scheme.AIRFLOW3, major, group(airflow3, 2), group(airflow3, 3));
        }
        if (PARTIAL.matcher(text).matches()) {
            throw new InvalidVersionException("'" + text + "' is a partial version. Give the full version, for example "
                    + (text.contains(".") ? text + ".0" : text + ".0.0") + " (the astro CLI refuses partial versions).");
        }
        throw new InvalidVersionException("'" + printable(text) + "' is not a valid Astro Runtime version. Expected X.Y.Z (for example 12.1.0) or A.B-N (for example 3.1-12).");
    }

    public static Optional<RuntimeVersion> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
    }

    private static int group(Matcher m, int i) {
        return Integer.parseInt(m.group(i));
    }

    /** Shortens and strips control characters so that hostile input cannot garble a message. */
    private static String printable(String text) {
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }

    public Scheme scheme() { return scheme; }

    /** The first number: the runtime major for X.Y.Z, the Airflow major for A.B-N. */
    public int major() { return major; }

    public int minor() { return minor; }

    /** Z for X.Y.Z, N for A.B-N. */
    public int patchOrBuild() { return patchOrBuild; }

    /** Every X.Y.Z runtime is based on Airflow 2 (the 2021 Runtime 3.0.x included); A.B-N is Airflow A. */
    public int airflowMajor() {
        return scheme == Scheme.AIRFLOW3 ? major : 2;
    }

    public boolean isAirflow3() { return scheme == Scheme.AIRFLOW3; }

    /** The 2021 "Runtime 3.0.x" (Airflow 2.1), not to be confused with Airflow 3's 3.0-N. */
    public boolean isLegacyRuntime3() { return scheme == Scheme.SEMANTIC && major == 3; }

    /** The line that groups patches: "12.1" for 12.1.3 and "3.1" for 3.1-12. */
    public String minorLine() { return major + "." + minor; }

    public boolean isAbove(RuntimeVersion other) { return compareTo(other) > 0; }

    public boolean isBelow(RuntimeVersion other) { return compareTo(other) < 0; }

    @Override
    public int compareTo(RuntimeVersion o) {
        if (scheme != o.scheme) {
            return scheme == Scheme.AIRFLOW3 ? 1 : -1;
        }
        int c = Integer.compare(major, o.major);
        if (c == 0) c = Integer.compare(minor, o.minor);
        if (c == 0) c = Integer.compare(patchOrBuild, o.patchOrBuild);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuntimeVersion v && v.scheme == scheme && v.major == major && v.minor == minor && v.patchOrBuild == patchOrBuild;
    }

    @Override
    public int hashCode() { return Objects.hash(scheme, major, minor, patchOrBuild); }

    @Override
    public String toString() {
        return scheme == Scheme.AIRFLOW3 ? major + "." + minor + "-" + patchOrBuild : major + "." + minor + "." + patchOrBuild;
    }
}
