package io.astroupgrade.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of Docker's shell-word rules that FROM and ARG need: splitting on unquoted white space,
 * quotes, the escape character and {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-x}}, {@code ${VAR-x}},
 * {@code ${VAR:+x}}, {@code ${VAR+x}} and {@code ${VAR:?x}}. Character offsets are carried through.
 */
final class ShellWords {

    /** The expanded word, or the first variable it needed that has no value. */
    record Expansion(MappedText value, String missingVariable) {
        boolean resolved() { return missingVariable == null; }
    }

    private ShellWords() {}

    /** Splits on white space outside quotes; words keep their quotes and escapes. */
    static List<MappedText> split(MappedText text, char escape) {
        List<MappedText> words = new ArrayList<>();
        MappedText word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) words.add(word);
                word = null;
                continue;
            }
            if (word == null) word = new MappedText();
            word.append(c, text.offset(i));
            if (c == escape && quote != '\'' && i + 1 < text.length()) {
                i++;
                word.append(text.charAt(i), text.offset(i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (word != null) words.add(word);
        return words;
    }

    /** Removes quotes and escapes and substitutes variables; {@code env} maps a declared name to its default or null. */
    static Expansion expand(MappedText word, Map<String, MappedText> env, char escape) {
        Expander expander = new Expander(word, env, escape);
        MappedText value = expander.run(false);
        return new Expansion(value, expander.missing);
    }

    private static final class Expander {
        private final MappedText in;
        private final Map<String, MappedText> env;
        private final char escape;
        private int pos;
        private String missing;

        Expander(MappedText in, Map<String, MappedText> env, char escape) {
            this.in = in;
            this.env = env;
            this.escape = escape;
        }

        MappedText run(boolean stopAtBrace) {
            MappedText out = new MappedText();
            while (pos < in.length()) {
                char c = in.charAt(pos);
                if (stopAtBrace && c == '}') break;
                if (c == escape) {
                    if (pos + 1 < in.length()) copy(out, pos + 1);
                    pos += 2;
                } else if (c == '\'') {
                    pos++;
                    while (pos < in.length() && in.charAt(pos) != '\'') copy(out, pos++);
                    pos++;
                } else if (c == '"') {
                    doubleQuoted(out);
                } else if (c == '$') {
                    variable(out);
                } else {
                    copy(out, pos++);
                }
            }
            return out;
        }

        private void doubleQuoted(MappedText out) {
            pos++;
            while (pos < in.length() && in.charAt(pos) != '"') {
                char c = in.charAt(pos);
                if (c == escape && pos + 1 < in.length() && "$\"".indexOf(in.charAt(pos + 1)) >= 0 || c == escape && pos + 1 < in.length() && in.charAt(pos + 1) == escape) {
                    copy(out, pos + 1);
                    pos += 2;
                } else if (c == '$') {
                    variable(out);
                } else {
                    copy(out, pos++);
                }
            }
            pos++;
        }

        private void variable(MappedText out) {
            int dollar = pos++;
            if (pos < in.length() && in.charAt(pos) == '{') {
                pos++;
                String name = name();
                if (pos >= in.length()) {
                    note(name.isEmpty() ? "${" : name);
                    return;
                }
                char c = in.charAt(pos);
                if (c == '}') {
                    pos++;
                    appendValue(out, name);
                    return;
                }
                boolean colon = c == ':';
                if (colon) pos++;
                char op = pos < in.length() ? in.charAt(pos) : 0;
                if ("-+?".indexOf(op) < 0 || op == 0) {
                    run(true);
                    pos++;
                    note(name + " (unsupported substitution)");
                    return;
                }
                pos++;
                MappedText word = run(true);
                pos++;
                MappedText value = env.get(name);
                boolean present = colon ? value != null && value.length() > 0 : value != null;
                if (op == '-') out.append(present ? value : word);
                else if (op == '+') { if (present) out.append(word); }
                else if (present) out.append(value);
                else note(name);
                return;
            }
            String name = name();
            if (name.isEmpty()) {
                copy(out, dollar);
            } else {
                appendValue(out, name);
            }
        }

        private String name() {
            int start = pos;
            while (pos < in.length() && (Character.isLetterOrDigit(in.charAt(pos)) || in.charAt(pos) == '_')) pos++;
            return in.subSequence(start, pos).toString();
        }

        private void appendValue(MappedText out, String name) {
            MappedText value = env.get(name);
            if (value == null) note(name);
            else out.append(value);
        }

        private void note(String name) {
            if (missing == null) missing = name;
        }

        private void copy(MappedText out, int index) {
            out.append(in.charAt(index), in.offset(index));
        }
    }
}
