package io.astroupgrade.project;

import java.util.Arrays;

/**
 * Text built from a source file, remembering for every character the offset it came from
 * (or -1 when it was made up, for example by a substitution default). Edits use it to find the
 * exact source characters behind a piece of a parsed value.
 */
final class MappedText implements CharSequence {

    private final StringBuilder chars = new StringBuilder();
    private int[] offsets = new int[16];

    MappedText append(char c, int offset) {
        if (chars.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[chars.length()] = offset;
        chars.append(c);
        return this;
    }

    MappedText append(MappedText other) {
        for (int i = 0; i < other.length(); i++) append(other.charAt(i), other.offset(i));
        return this;
    }

    /** Appends source[start, end) with its offsets. */
    MappedText appendSource(String source, int start, int end) {
        for (int i = start; i < end; i++) append(source.charAt(i), i);
        return this;
    }

    int offset(int index) { return offsets[index]; }

    /**
     * The source offset of [start, end) when those characters are an unbroken copy of the source, else -1.
     * An empty range maps to the offset just after the character before it.
     */
    int sourceStart(int start, int end) {
        if (start == end) {
            if (start > 0 && offsets[start - 1] >= 0) return offsets[start - 1] + 1;
            return start < length() ? offsets[start] : -1;
        }
        int first = offsets[start];
        if (first < 0) return -1;
        for (int i = start + 1; i < end; i++) {
            if (offsets[i] != first + (i - start)) return -1;
        }
        return first;
    }

    MappedText sub(int start, int end) {
        MappedText out = new MappedText();
        for (int i = start; i < end; i++) out.append(charAt(i), offsets[i]);
        return out;
    }

    MappedText trim() {
        int s = 0;
        int e = length();
        while (s < e && Character.isWhitespace(charAt(s))) s++;
        while (e > s && Character.isWhitespace(charAt(e - 1))) e--;
        return sub(s, e);
    }

    @Override public int length() { return chars.length(); }

    @Override public char charAt(int index) { return chars.charAt(index); }

    @Override public CharSequence subSequence(int start, int end) { return chars.subSequence(start, end); }

    @Override public String toString() { return chars.toString(); }
}
