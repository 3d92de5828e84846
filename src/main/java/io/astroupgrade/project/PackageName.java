package io.astroupgrade.project;

import java.util.Locale;
import java.util.regex.Pattern;

/** Python package names compared the PEP 503 way: case-insensitive, runs of '-', '_' and '.' equal. */
public final class PackageName {

    public static final String PROVIDER_PREFIX = "apache-airflow-providers-";
    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

    private PackageName() {}

    public static String normalize(String name) {
        return SEPARATORS.matcher(name.trim()).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    public static boolean isProvider(String name) {
        return normalize(name).startsWith(PROVIDER_PREFIX);
    }

    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }
}
