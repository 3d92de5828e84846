package io.astroupgrade.version;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python package version as PEP 440 defines it: {@code [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]},
 * with the spec's spellings accepted ({@code 1.0-alpha.1}, {@code 1.0c1}, {@code 1.0-1}, {@code v1.0}, …).
 * Ordering and equality follow PEP 440 (and the {@code packaging} library): {@code 1.0 == 1.0.0},
 * {@code 1.0.dev0 < 1.0a1 < 1.0rc1 < 1.0 < 1.0+astro.1 < 1.0.post1}. {@link #toString()} is the normalised form.
 */
public final class PythonVersion implements Comparable<PythonVersion> {

    // The regex of PEP 440, appendix B.
    private static final Pattern PEP440 = Pattern.compile(
            "v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)"
                    + "(?<pre>[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?"
                    + "(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?"
                    + "(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?"
                    + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?");

    /** Pre-release kinds in their order. */
    public enum Pre { A, B, RC }

    private final BigInteger epoch;
    private final List<BigInteger> release;       // as written (trailing zeros kept for display)
    private final Pre preKind;                    // null: not a pre-release
    private final BigInteger preNumber;
    private final BigInteger post;                // null: no post segment
    private final BigInteger dev;                 // null: no dev segment
    private final List<Object> local;             // BigInteger or String segments; empty: none
    private final List<BigInteger> releaseKey;    // release without trailing zeros, for comparing

    private PythonVersion(BigInteger epoch, List<BigInteger> release, Pre preKind, BigInteger preNumber,
                          BigInteger post, BigInteger dev, List<Object> local) {
        this.epoch = epoch;
        this.release = List.copyOf(release);
        this.preKind = preKind;
        this.preNumber = preNumber;
        this.post = post;
        this.dev = dev;
        this.local = List.copyOf(local);
        int end = release.size();
        while (end > 1 && release.get(end - 1).signum() == 0) end--;
        this.releaseKey = this.release.subList(0, end);
    }

    /** Parses a PEP 440 version, or returns empty for anything else (legacy versions, garbage, null). */
    public static Optional<PythonVersion> tryParse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = PEP440.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        BigInteger epoch = m.group("epoch") == null ? BigInteger.ZERO : new BigInteger(m.group("epoch"));
        List<BigInteger> release = Arrays.stream(m.group("release").split("\\.")).map(BigInteger::new).toList();
        Pre preKind = null;
        BigInteger preNumber = null;
        if (m.group("pre") != null) {
            preKind = switch (m.group("preL")) {
                case "a", "alpha" -> Pre.A;
                case "b", "beta" -> Pre.B;
                default -> Pre.RC; // c, rc, pre, preview
            };
            preNumber = number(m.group("preN"));
        }
        BigInteger post = null;
        if (m.group("post") != null) {
            post = number(m.group("postN1") != null ? m.group("postN1") : m.group("postN2"));
        }
        BigInteger dev = m.group("dev") != null ? number(m.group("devN")) : null;
        List<Object> local = new ArrayList<>();
        if (m.group("local") != null) {
            for (String part : m.group("local").split("[-_.]")) {
                local.add(part.chars().allMatch(Character::isDigit) ? new BigInteger(part) : part);
            }
        }
        return Optional.of(new PythonVersion(epoch, release, preKind, preNumber, post, dev, local));
    }

    /** Parses a PEP 440 version; throws {@link IllegalArgumentException} with a plain message otherwise. */
    public static PythonVersion parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a Python (PEP 440) version, such as 2.7.1 or 1.0rc1."));
    }

    private static BigInteger number(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    public BigInteger epoch() { return epoch; }

    /** The release numbers as written, for example [2, 7, 1]. */
    public List<BigInteger> release() { return release; }

    /** The i-th release number, 0 when the version has fewer parts (so 2.7 has micro 0). */
    public BigInteger releasePart(int i) {
        return i < release.size() ? release.get(i) : BigInteger.ZERO;
    }

    public boolean isPreRelease() { return preKind != null || dev != null; }

    public boolean isPostRelease() { return post != null; }

    public boolean isDevRelease() { return dev != null; }

    public boolean hasLocal() { return !local.isEmpty(); }

    /** The version without its local part: 2.6.3 for 2.6.3+astro.1. */
    public PythonVersion publicVersion() {
        return local.isEmpty() ? this : new PythonVersion(epoch, release, preKind, preNumber, post, dev, List.of());
    }

    @Override
    public int compareTo(PythonVersion o) {
        int c = epoch.compareTo(o.epoch);
        if (c == 0) c = compareNumbers(releaseKey, o.releaseKey);
        if (c == 0) c = Integer.compare(preRank(), o.preRank());
        if (c == 0 && preKind != null) c = preNumber.compareTo(o.preNumber);
        if (c == 0) c = compareOptional(post, o.post, -1);
        if (c == 0) c = compareOptional(dev, o.dev, 1);
        if (c == 0) c = compareLocal(local, o.local);
        return c;
    }

    /**
     * Where the pre-release part sorts: a dev release of a final version (1.0.dev0) sorts below every
     * pre-release of it, and a version without pre-release above them.
     */
    private int preRank() {
        if (preKind != null) return preKind.ordinal();
        if (post == null && dev != null) return -1;
        return Pre.values().length;
    }

    /** Compares possibly absent numbers; {@code absentSign} says whether absent sorts below (-1) or above (1). */
    private static int compareOptional(BigInteger a, BigInteger b, int absentSign) {
        if (a == null || b == null) {
            return a == b ? 0 : (a == null ? absentSign : -absentSign);
        }
        return a.compareTo(b);
    }

    private static int compareNumbers(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Local parts: numeric segments sort above alphanumeric ones; a longer local sorts above its prefix. */
    private static int compareLocal(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c;
            if (x instanceof BigInteger nx && y instanceof BigInteger ny) c = nx.compareTo(ny);
            else if (x instanceof String sx && y instanceof String sy) c = sx.compareTo(sy);
            else c = x instanceof BigInteger ? 1 : -1;
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PythonVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epoch, releaseKey, preKind, preNumber, post, dev, local);
    }

    /** The normalised form, for example {@code 1!2.0rc1.post2.dev3+astro.1}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (epoch.signum() != 0) s.append(epoch).append('!');
        s.append(join(release));
        if (preKind != null) s.append(preKind.name().toLowerCase(Locale.ROOT)).append(preNumber);
        if (post != null) s.append(".post").append(post);
        if (dev != null) s.append(".dev").append(dev);
        if (!local.isEmpty()) s.append('+').append(join(local));
        return s.toString();
    }

    private static String join(List<?> parts) {
        StringBuilder s = new StringBuilder();
        for (Object part : parts) {
            if (s.length() > 0) s.append('.');
            s.append(part);
        }
        return s.toString();
    }
}
