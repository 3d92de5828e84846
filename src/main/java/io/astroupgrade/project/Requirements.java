package io.astroupgrade.project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requirements.txt read by pip's rules: lines ending in a backslash continue (unless they are comments),
 * comments start at a '#' at the start of a line or after white space, option lines start with '-',
 * and a requirement may carry extras, specifiers, markers and per-line options such as --hash.
 * Parsing never fails; lines pip would refuse are reported as problems. The text itself is never rewritten.
 */
public final class Requirements {

    public enum Kind {
        /** name[extras] specifiers ; markers */
        NAMED,
        /** name @ url */
        DIRECT_URL,
        /** a URL, VCS link or local path without a name */
        URL_OR_PATH,
        /** -e / --editable */
        EDITABLE,
        /** -r, -c, --index-url and other option lines */
        OPTION,
        /** a line pip would refuse */
        INVALID
    }

    /**
     * One logical line that is not blank or a comment.
     *
     * @param line       first physical line (1-based)
     * @param text       the logical line with continuations joined and the comment removed
     * @param name       the package name as written, or null
     * @param specifier  the version specifier as written ("==4.0.0", ">=3,<4"), "" when none
     * @param options    per-line options, such as --hash=sha256:...
     */
    public record Entry(int line, Kind kind, String text, String name, String extras, String specifier, String marker, List<String> options) {

        public String normalizedName() { return name == null ? null : PackageName.normalize(name); }

        public boolean isProvider() { return name != null && PackageName.isProvider(name); }

        public boolean hasHashes() { return options.stream().anyMatch(o -> o.startsWith("--hash")); }

        /** The version of a single {@code ==} pin (no wildcard), or null. */
        public String exactVersion() {
            Matcher m = EXACT.matcher(specifier);
            return kind == Kind.NAMED && m.matches() ? m.group(2) : null;
        }
    }

    public record Problem(int line, String message) {}

    /** Where an entry's parts sit in its joined text, so that edits can find their source characters. */
    record Located(Entry entry, MappedText text, int nameEnd, int specStart, int specEnd) {}

    static final Pattern EXACT = Pattern.compile("\\(?\\s*(===?)\\s*([^\\s,;()*]+)\\s*\\)?");
    private static final Pattern NAMED = Pattern.compile(
            "([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(\\[[^\\]]*\\])?\\s*(.*?)\\s*(?:;\\s*(.*?))?\\s*", Pattern.DOTALL);
    private static final String CLAUSE = "(~=|===|==|!=|<=|>=|<|>)\\s*[^\\s,;()]+";
    private static final Pattern SPECIFIER = Pattern.compile("\\(?\\s*" + CLAUSE + "(\\s*,\\s*" + CLAUSE + ")*\\s*,?\\s*\\)?");
    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://|(git|hg|svn|bzr)\\+|[.~/\\\\]|[A-Za-z]:[\\\\/]).*", Pattern.DOTALL);
    private static final Pattern EGG = Pattern.compile("#egg=([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern ARCHIVE = Pattern.compile(".*\\.(whl|zip|tar\\.gz|tar\\.bz2|tgz)$", Pattern.CASE_INSENSITIVE);

    private final TextFile file;
    private final List<Located> located;
    private final List<Problem> problems;

    private Requirements(TextFile file, List<Located> located, List<Problem> problems) {
        this.file = file;
        this.located = List.copyOf(located);
        this.problems = List.copyOf(problems);
    }

    public static Requirements read(Path path) throws ProjectException {
        return parse(TextFile.read(path));
    }

    public static Requirements parse(String text) {
        return parse(TextFile.decode(null, text.getBytes(StandardCharsets.UTF_8)));
    }

    public static Requirements parse(TextFile file) {
        List<Located> located = new ArrayList<>();
        for (Logical logical : join(file.text())) {
            Located entry = entry(logical);
            if (entry != null) located.add(entry);
        }
        return new Requirements(file, located, problems(located));
    }

    public TextFile file() { return file; }

    public List<Entry> entries() {
        return located.stream().map(Located::entry).toList();
    }

    /** Every apache-airflow-providers-* entry, in file order. */
    public List<Entry> providers() {
        return entries().stream().filter(Entry::isProvider).toList();
    }

    /** Entries for a package, compared the PEP 503 way. */
    public List<Entry> named(String name) {
        String normalized = PackageName.normalize(name);
        return entries().stream().filter(e -> normalized.equals(e.normalizedName())).toList();
    }

    /** Lines pip would refuse, duplicates, conflicting lines for one package, and included files not checked. */
    public List<Problem> problems() { return problems; }

    List<Located> located() { return located; }

    private record Logical(int line, MappedText text) {}

    /** pip's join_lines and ignore_comments. */
    private static List<Logical> join(String text) {
        List<Logical> out = new ArrayList<>();
        MappedText pending = null;
        int pendingLine = 0;
        int start = 0;
        int lineNo = 0;
        while (start < text.length()) {
            lineNo++;
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            int next = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            String content = text.substring(start, end);
            boolean comment = content.stripLeading().startsWith("#");
            if (content.endsWith("\\") && !comment) {
                if (pending == null) {
                    pending = new MappedText();
                    pendingLine = lineNo;
                }
                int s = start;
                int e = end;
                while (s < e && text.charAt(s) == '\\') s++;
                while (e > s && text.charAt(e - 1) == '\\') e--;
                pending.appendSource(text, s, e);
            } else if (pending != null) {
                if (comment) pending.append(' ', -1);
                pending.appendSource(text, start, end);
                out.add(new Logical(pendingLine, stripComment(pending)));
                pending = null;
            } else {
                out.add(new Logical(lineNo, stripComment(new MappedText().appendSource(text, start, end))));
            }
            start = next;
        }
        if (pending != null) out.add(new Logical(pendingLine, stripComment(pending)));
        return out;
    }

    /** Removes a '#' comment that starts the line or follows white space, then trims. */
    private static MappedText stripComment(MappedText line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.sub(0, i).trim();
            }
        }
        return line.trim();
    }

    private static Located entry(Logical logical) {
        MappedText content = logical.text();
        String text = content.toString();
        if (text.isEmpty()) return null;
        int line = logical.line();
        if (text.startsWith("-")) return option(line, content);
        // pip: the requirement ends at the first space-separated token that starts with '-'.
        int cut = text.length();
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '-') {
                cut = i;
                break;
            }
        }
        List<String> options = cut < text.length() ? List.of(text.substring(cut).trim().split(" +")) : List.of();
        String requirement = text.substring(0, cut).trim();
        Matcher m = NAMED.matcher(requirement);
        boolean direct = m.matches() && m.group(3).startsWith("@");
        if (!direct && (URL.matcher(requirement).matches() || ARCHIVE.matcher(requirement).matches())) {
            Matcher egg = EGG.matcher(requirement);
            String name = egg.find() ? egg.group(1) : null;
            return new Located(new Entry(line, Kind.URL_OR_PATH, text, name, "", "", "", options), content, -1, -1, -1);
        }
        if (!m.matches()) {
            return new Located(new Entry(line, Kind.INVALID, text, null, "", "", "", options), content, -1, -1, -1);
        }
        String spec = m.group(3);
        String marker = m.group(4) == null ? "" : m.group(4);
        String extras = m.group(2) == null ? "" : m.group(2);
        int nameEnd = m.group(2) == null ? m.end(1) : m.end(2);
        Kind kind = Kind.NAMED;
        if (spec.startsWith("@")) kind = Kind.DIRECT_URL;
        else if (!spec.isEmpty() && !SPECIFIER.matcher(spec).matches()) kind = Kind.INVALID;
        return new Located(new Entry(line, kind, text, m.group(1), extras, spec, marker, options), content, nameEnd, m.start(3), m.end(3));
    }

    private static Located option(int line, MappedText content) {
        String text = content.toString();
        String flag = text.split("[\\s=]", 2)[0];
        String value = text.substring(flag.length()).replaceFirst("^[\\s=]+", "");
        if (flag.equals("-e") || flag.equals("--editable")) {
            Matcher egg = EGG.matcher(value);
            return new Located(new Entry(line, Kind.EDITABLE, text, egg.find() ? egg.group(1) : null, "", "", "", List.of(flag)), content, -1, -1, -1);
        }
        return new Located(new Entry(line, Kind.OPTION, text, null, "", "", "", List.of(flag)), content, -1, -1, -1);
    }

    private static List<Problem> problems(List<Located> located) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Entry>> byName = new LinkedHashMap<>();
        for (Located l : located) {
            Entry e = l.entry();
            if (e.kind() == Kind.INVALID) {
                problems.add(new Problem(e.line(), "Line " + e.line() + " ('" + shorten(e.text()) + "') is not a valid requirement; pip would refuse the file."));
            } else if (e.kind() == Kind.OPTION) {
                String flag = e.options().get(0).toLowerCase(Locale.ROOT);
                if (List.of("-r", "--requirement", "-c", "--constraint").contains(flag)) {
                    problems.add(new Problem(e.line(), "Line " + e.line() + " pulls in another file ('" + shorten(e.text())
                            + "'); the pins in that file are not checked here."));
                }
            }
            if (e.name() != null && e.kind() != Kind.INVALID) byName.computeIfAbsent(e.normalizedName(), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> same : byName.values()) {
            if (same.size() < 2) continue;
            List<String> where = same.stream().map(e -> "line " + e.line() + (e.specifier().isEmpty() ? " (no version)" : " (" + e.specifier() + ")")).toList();
            boolean conflict = same.stream().map(e -> e.specifier().replaceAll("\\s", "")).distinct().count() > 1;
            problems.add(new Problem(same.get(0).line(), (conflict ? "Conflicting lines for " : "Duplicate lines for ")
                    + same.get(0).normalizedName() + ": " + String.join(", ", where) + "."));
        }
        return problems;
    }

    private static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
