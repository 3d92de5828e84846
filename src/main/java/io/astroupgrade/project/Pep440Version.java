package io.astroupgrade.project;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python package version ordered by PEP 440: epoch, release (trailing zeros ignored), then
 * dev &lt; pre-release (a &lt; b &lt; rc) &lt; final &lt; post-release, and a local part ({@code +astro.1}) above the plain version.
 * Spellings are normalised as pip does ({@code alpha}, {@code c}, {@code -1}, {@code .post}).
 */
public final class Pep440Version implements Comparable<Pep440Version> {

    private static final Pattern VERSION = Pattern.compile(
            "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
                    + "(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?"
                    + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
                    + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
                    + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?", Pattern.CASE_INSENSITIVE);

    private final String text;
    private final BigInteger epoch;
    private final List<BigInteger> release;
    private final int preKind;          // 0 a, 1 b, 2 rc; -1 none
    private final BigInteger pre;
    private final BigInteger post;      // null: none
    private final BigInteger dev;       // null: none
    private final List<String> local;

    private Pep440Version(String text, Matcher m) {
        this.text = text;
        this.epoch = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
        List<BigInteger> parts = new ArrayList<>();
        for (String p : m.group(2).split("\\.")) parts.add(new BigInteger(p));
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) parts.remove(parts.size() - 1);
        this.release = List.copyOf(parts);
        String preLetter = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
        this.preKind = preLetter == null ? -1 : switch (preLetter) {
            case "a", "alpha" -> 0;
            case "b", "beta" -> 1;
            default -> 2;
        };
        this.pre = number(m.group(4));
        this.post = m.group(5) != null ? new BigInteger(m.group(5)) : m.group(6) != null ? number(m.group(7)) : null;
        this.dev = m.group(8) != null ? number(m.group(9)) : null;
        this.local = m.group(10) == null ? List.of() : List.of(m.group(10).toLowerCase(Locale.ROOT).split("[-_.]"));
    }

    private static BigInteger number(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    /** Empty when the text is not a PEP 440 version. */
    public static Optional<Pep440Version> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = VERSION.matcher(text.strip());
        return m.matches() ? Optional.of(new Pep440Version(text.strip(), m)) : Optional.empty();
    }

    /** The release numbers as written, trailing zeros dropped (2.10.0 gives [2, 10]). */
    public List<BigInteger> release() { return release; }

    /** The n-th release number, 0 when absent (major = 0, minor = 1, micro = 2). */
    public BigInteger releasePart(int n) {
        return n < release.size() ? release.get(n) : BigInteger.ZERO;
    }

    public boolean isPreRelease() { return preKind >= 0 || dev != null; }

    public boolean hasLocal() { return !local.isEmpty(); }

    @Override
    public int compareTo(Pep440Version o) {
        int c = epoch.compareTo(o.epoch);
        if (c != 0) return c;
        for (int i = 0; i < Math.max(release.size(), o.release.size()); i++) {
            c = releasePart(i).compareTo(o.releasePart(i));
            if (c != 0) return c;
        }
        c = Integer.compare(preRank(), o.preRank());
        if (c == 0 && preKind >= 0) c = Integer.compare(preKind, o.preKind);
        if (c == 0 && preKind >= 0) c = pre.compareTo(o.pre);
        if (c != 0) return c;
        c = compareAbsentLow(post, o.post);
        if (c != 0) return c;
        c = compareAbsentHigh(dev, o.dev);
        if (c != 0) return c;
        return compareLocal(local, o.local);
    }

    /** A dev release of the final version sorts below its pre-releases, which sort below the final version. */
    private int preRank() {
        if (preKind >= 0) return 1;
        return dev != null && post == null ? 0 : 2;
    }

    /** For post-releases: none sorts below any number. */
    private static int compareAbsentLow(BigInteger a, BigInteger b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        return a.compareTo(b);
    }

    /** For dev releases: none sorts above any number. */
    private static int compareAbsentHigh(BigInteger a, BigInteger b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
        return a.compareTo(b);
    }

    /** Numeric segments sort above alphanumeric ones; a longer local part wins when the start is equal. */
    private static int compareLocal(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            boolean an = a.get(i).chars().allMatch(Character::isDigit);
            boolean bn = b.get(i).chars().allMatch(Character::isDigit);
            int c = an && bn ? new BigInteger(a.get(i)).compareTo(new BigInteger(b.get(i)))
                    : an != bn ? (an ? 1 : -1) : a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pep440Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(epoch, release, preKind, pre, post, dev, local);
    }

    /** As written. */
    @Override
    public String toString() { return text; }
}
