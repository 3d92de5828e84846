package io.astroupgrade.project;

import io.astroupgrade.version.RuntimeTag;
import io.astroupgrade.version.RuntimeVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read by Docker's rules: parser directives (and the escape character they set), comments,
 * line continuations (empty and comment lines inside them are skipped), heredocs, global ARGs used by FROM,
 * and several stages, the final one being what runs. Parsing never fails: odd input gives warnings.
 */
public final class Dockerfile {

    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*");
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
    private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");

    /** One FROM instruction. */
    record From(int line, MappedText args, String platform, MappedText imageWord, String stageName, List<String> extraWords) {}

    private final TextFile file;
    private final char escape;
    private final List<From> froms;
    private final List<String> warnings;
    private final BaseImage base;
    /** The resolved image reference of {@link #base}, character by character mapped to the file text. */
    private MappedText baseSource;

    private Dockerfile(TextFile file, char escape, List<From> froms, Map<String, MappedText> globalArgs,
                       Set<String> stageArgs, List<String> warnings) {
        this.file = file;
        this.escape = escape;
        this.froms = List.copyOf(froms);
        this.warnings = List.copyOf(warnings);
        this.base = froms.isEmpty() ? null : resolveFinal(globalArgs, stageArgs);
    }

    public static Dockerfile read(Path path) throws ProjectException {
        return parse(TextFile.read(path));
    }

    public static Dockerfile parse(String text) {
        return parse(TextFile.decode(null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public static Dockerfile parse(TextFile file) {
        return new Parser(file).parse();
    }

    public TextFile file() { return file; }

    public char escape() { return escape; }

    /** The base image of the final stage, following FROM of an earlier stage back; empty when there is no FROM. */
    public Optional<BaseImage> base() { return Optional.ofNullable(base); }

    MappedText baseSource() { return baseSource; }

    /** File-level warnings (no FROM, bad directives); the base image carries its own. */
    public List<String> warnings() { return warnings; }

    /** The line numbers of all FROM instructions. */
    public List<Integer> fromLines() {
        return froms.stream().map(From::line).toList();
    }

    private BaseImage resolveFinal(Map<String, MappedText> env, Set<String> stageArgs) {
        int index = froms.size() - 1;
        From from = froms.get(index);
        ShellWords.Expansion expansion = ShellWords.expand(from.imageWord(), env, escape);
        // FROM <earlier stage name> builds on that stage: follow it back.
        for (int hops = 0; expansion.resolved() && hops < froms.size(); hops++) {
            int earlier = stageIndex(expansion.value().toString(), index);
            if (earlier < 0) break;
            index = earlier;
            from = froms.get(index);
            expansion = ShellWords.expand(from.imageWord(), env, escape);
        }
        return describe(from, index, expansion, env, stageArgs);
    }

    private int stageIndex(String name, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (froms.get(i).stageName() != null && froms.get(i).stageName().equalsIgnoreCase(name)) return i;
        }
        return -1;
    }

    private BaseImage describe(From from, int index, ShellWords.Expansion expansion, Map<String, MappedText> env, Set<String> stageArgs) {
        List<String> notes = new ArrayList<>();
        String argument = argumentName(from.imageWord().toString());
        if (!expansion.resolved()) {
            String name = expansion.missingVariable();
            if (stageArgs.contains(name) && !env.containsKey(name)) {
                notes.add("The image uses the build argument " + name + ", which is declared after the first FROM; "
                        + "FROM lines only see ARGs declared before the first FROM, so the image cannot be known.");
            } else if (env.containsKey(name)) {
                notes.add("The image comes from the build argument " + name + ", which has no default: it is given with "
                        + "--build-arg when building, so the Dockerfile alone does not say which image runs.");
            } else {
                notes.add("The image uses " + name + ", which no ARG before the first FROM declares, so the image cannot be known.");
            }
            addExtraWordWarnings(from, notes);
            return new BaseImage(null, null, ImageKind.UNRESOLVED, null, "", from.platform(), from.stageName(), from.line(),
                    from.args().toString().trim(), name, List.copyOf(notes));
        }
        MappedText source = expansion.value();
        ImageReference ref = ImageReference.parse(source.toString());
        ImageKind kind = ref.kind();
        RuntimeVersion version = null;
        String flavour = "";
        if (kind.isRuntime()) {
            Optional<RuntimeTag> tag = RuntimeTag.parse(ref.tag());
            if (tag.isPresent()) {
                version = tag.get().version();
                flavour = tag.get().flavour();
            }
            runtimeWarnings(ref, kind, version, notes);
        } else if (kind == ImageKind.CERTIFIED) {
            notes.add("This is Astronomer Certified (ap-airflow), the product that came before Astro Runtime. "
                    + "It cannot be upgraded by changing the version: move the project to an Astro Runtime image first.");
        }
        if (ref.hasDigest()) {
            notes.add("The image is pinned by digest (@" + ref.digest() + "): Docker uses the digest and ignores the tag, "
                    + "so a version change has to drop it.");
        }
        addExtraWordWarnings(from, notes);
        for (int i = 0; i < index; i++) {
            ShellWords.Expansion other = ShellWords.expand(froms.get(i).imageWord(), env, escape);
            if (other.resolved() && ImageReference.parse(other.value().toString()).kind().isRuntime() && kind.isRuntime()) {
                notes.add("Line " + froms.get(i).line() + " also names a runtime image, but only the final stage (line "
                        + froms.get(froms.size() - 1).line() + ") runs; that one is used here.");
            }
        }
        baseSource = source;
        return new BaseImage(ref.withoutDigest(), ref, kind, version, flavour, from.platform(), from.stageName(), from.line(),
                from.args().toString().trim(), argument, List.copyOf(notes));
    }

    private static void runtimeWarnings(ImageReference ref, ImageKind kind, RuntimeVersion version, List<String> notes) {
        String tag = ref.tag();
        if (tag.isEmpty() || tag.toLowerCase(Locale.ROOT).startsWith("latest")) {
            notes.add("The tag " + (tag.isEmpty() ? "is missing, so Docker uses 'latest', which" : "'" + tag + "'")
                    + " floats: the image changes whenever Astronomer publishes a new version. Pin a full version.");
        } else if (version == null) {
            notes.add("The tag '" + tag + "' floats (it is not a full version such as 12.1.0 or 3.1-12): "
                    + "the image changes when Astronomer publishes a new build. Pin a full version.");
        }
        if (version == null) return;
        if (kind == ImageKind.RUNTIME && version.isAirflow3()) {
            notes.add("Airflow 3 runtimes are published as " + ImageReference.AF3_REPOSITORY + ":<A.B-N>; "
                    + ref.withoutDigest() + " probably does not exist.");
        } else if (kind == ImageKind.RUNTIME_AF3 && !version.isAirflow3()) {
            notes.add(ImageReference.AF3_REPOSITORY + " holds Airflow 3 runtimes (A.B-N); an X.Y.Z tag there probably does not exist.");
        }
        if (version.isLegacyRuntime3()) {
            notes.add(version + " reads as the old 2021 Runtime 3 line (X.Y.Z, Airflow 2.1), not Airflow 3. If you meant the Airflow 3 runtime "
                    + version.major() + "." + version.minor() + "-" + version.patchOrBuild() + ", its image is "
                    + ImageReference.AF3_REPOSITORY + ":" + version.major() + "." + version.minor() + "-" + version.patchOrBuild() + ".");
        }
        if (kind == ImageKind.RUNTIME_DEV) {
            notes.add("This is a development build of Astro Runtime, not meant for production.");
        }
    }

    private static void addExtraWordWarnings(From from, List<String> notes) {
        if (from.extraWords().isEmpty()) return;
        if (from.extraWords().get(0).startsWith("#")) {
            notes.add("Line " + from.line() + " has a comment after the image. Docker only allows comments on their own line "
                    + "and rejects this FROM; move the comment to the line above.");
        } else {
            notes.add("Line " + from.line() + " has unexpected words after the image (" + String.join(" ", from.extraWords())
                    + "); Docker expects 'FROM [--platform=...] image [AS name]'.");
        }
    }

    /** The ARG a FROM word refers to, if it refers to one. */
    private static String argumentName(String word) {
        Matcher m = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)").matcher(word);
        return m.find() ? m.group(1) : null;
    }

    /** Reads instructions line by line. */
    private static final class Parser {
        private final TextFile file;
        private final String text;
        private final List<int[]> lines = new ArrayList<>();
        private final List<From> froms = new ArrayList<>();
        private final Map<String, MappedText> globalArgs = new LinkedHashMap<>();
        private final Set<String> stageArgs = new HashSet<>();
        private final List<String> warnings = new ArrayList<>();
        private char escape = '\\';
        private int next;

        Parser(TextFile file) {
            this.file = file;
            this.text = file.text();
            int start = 0;
            while (start <= text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                if (nl >= 0 || start < text.length()) lines.add(new int[] {start, contentEnd});
                if (nl < 0) break;
                start = nl + 1;
            }
        }

        Dockerfile parse() {
            directives();
            while (next < lines.size()) {
                if (isBlankOrComment(next)) {
                    next++;
                    continue;
                }
                instruction();
            }
            if (froms.isEmpty()) warnings.add("The Dockerfile has no FROM instruction, so it names no base image.");
            return new Dockerfile(file, escape, froms, globalArgs, stageArgs, warnings);
        }

        private void directives() {
            Set<String> seen = new HashSet<>();
            while (next < lines.size()) {
                Matcher m = DIRECTIVE.matcher(line(next));
                if (!m.matches()) return;
                String key = m.group(1).toLowerCase(Locale.ROOT);
                if (!DIRECTIVES.contains(key) || !seen.add(key)) return;
                if (key.equals("escape")) {
                    String value = m.group(2);
                    if (value.equals("`") || value.equals("\\")) escape = value.charAt(0);
                    else warnings.add("Line " + (next + 1) + ": the escape directive must be \\ or `, not '" + value + "'; Docker rejects this file.");
                }
                next++;
            }
        }

        private void instruction() {
            int firstLine = next + 1;
            MappedText logical = new MappedText();
            while (next < lines.size()) {
                int[] l = lines.get(next++);
                int end = l[1];
                while (end > l[0] && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) end--;
                if (end > l[0] && text.charAt(end - 1) == escape) {
                    logical.appendSource(text, l[0], end - 1);
                    while (next < lines.size() && isBlankOrComment(next)) next++;
                    continue;
                }
                logical.appendSource(text, l[0], l[1]);
                break;
            }
            MappedText body = logical.trim();
            int space = 0;
            while (space < body.length() && !Character.isWhitespace(body.charAt(space))) space++;
            String keyword = body.subSequence(0, space).toString().toUpperCase(Locale.ROOT);
            MappedText args = body.sub(space, body.length()).trim();
            if (HEREDOC_INSTRUCTIONS.contains(keyword)) skipHeredocs(args);
            if (keyword.equals("FROM")) from(firstLine, args);
            else if (keyword.equals("ARG")) arg(args);
        }

        /** Like BuildKit, only a separate word starting with {@code <<} opens a heredoc; its body lines follow the instruction. */
        private void skipHeredocs(MappedText args) {
            for (MappedText word : ShellWords.split(args, escape)) {
                Matcher m = HEREDOC.matcher(word.toString());
                if (!m.lookingAt()) continue;
                boolean chomp = !m.group(1).isEmpty();
                String end = m.group(3);
                while (next < lines.size()) {
                    String content = line(next++);
                    if (chomp) content = content.replaceFirst("^\t+", "");
                    if (content.equals(end)) break;
                }
            }
        }

        private void from(int line, MappedText args) {
            List<MappedText> words = ShellWords.split(args, escape);
            int w = 0;
            String platform = null;
            while (w < words.size() && words.get(w).toString().startsWith("--")) {
                String flag = words.get(w++).toString();
                if (flag.toLowerCase(Locale.ROOT).startsWith("--platform=")) platform = flag.substring("--platform=".length());
            }
            if (w >= words.size()) {
                warnings.add("Line " + line + ": FROM names no image.");
                return;
            }
            MappedText image = words.get(w++);
            String stage = null;
            if (w + 1 < words.size() && words.get(w).toString().equalsIgnoreCase("AS")) {
                stage = words.get(w + 1).toString();
                w += 2;
            }
            List<String> extra = words.subList(w, words.size()).stream().map(MappedText::toString).toList();
            froms.add(new From(line, args, platform, image, stage, extra));
        }

        /** Global ARGs (before the first FROM) feed FROM lines; later ones only matter for the message. */
        private void arg(MappedText args) {
            for (MappedText word : ShellWords.split(args, escape)) {
                String raw = word.toString();
                int eq = raw.indexOf('=');
                String name = eq < 0 ? raw : raw.substring(0, eq);
                if (!froms.isEmpty()) {
                    stageArgs.add(name);
                    continue;
                }
                if (eq < 0) {
                    globalArgs.putIfAbsent(name, null);
                    continue;
                }
                ShellWords.Expansion value = ShellWords.expand(word.sub(eq + 1, word.length()), globalArgs, escape);
                globalArgs.put(name, value.resolved() ? value.value() : null);
            }
        }

        private boolean isBlankOrComment(int index) {
            String content = line(index).strip();
            return content.isEmpty() || content.startsWith("#");
        }

        private String line(int index) {
            int[] l = lines.get(index);
            return text.substring(l[0], l[1]);
        }
    }
}
