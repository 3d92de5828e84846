package io.astroupgrade.project;

import java.util.ArrayList;
import java.util.List;

/** A unified diff (three lines of context) between two texts, as {@code diff -u} prints it. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_TABLE = 4_000_000;

    private record Op(char type, int a, int b) {}

    private UnifiedDiff() {}

    /** "" when the texts are equal. Line endings count as part of a line; they are not printed. */
    public static String of(String name, String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Op> ops = compare(a, b);
        if (ops.stream().allMatch(op -> op.type == ' ')) return "";
        StringBuilder out = new StringBuilder("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).type == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < ops.size() && (ops.get(end).type != ' ' || end - lastChange <= 2 * CONTEXT)) {
                if (ops.get(end).type != ' ') lastChange = end;
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunk(out, ops.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Op> ops, List<String> a, List<String> b) {
        int aCount = (int) ops.stream().filter(op -> op.type != '+').count();
        int bCount = (int) ops.stream().filter(op -> op.type != '-').count();
        int aStart = ops.stream().filter(op -> op.type != '+').mapToInt(Op::a).findFirst().orElse(ops.get(0).a);
        int bStart = ops.stream().filter(op -> op.type != '-').mapToInt(Op::b).findFirst().orElse(ops.get(0).b);
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
        for (Op op : ops) {
            String line = op.type == '+' ? b.get(op.b) : a.get(op.a);
            String content = line.replaceFirst("(\r\n|\n|\r)$", "");
            out.append(op.type).append(content).append('\n');
            if (content.length() == line.length()) out.append("\\ No newline at end of file\n");
        }
    }

    private static String range(int start, int count) {
        if (count == 0) return start + ",0";
        return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
    }

    /** Lines with their terminators (\n, \r\n or \r). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }

    /** Edit script: common prefix and suffix, and a longest common subsequence in between. */
    private static List<Op> compare(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) suf++;
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < pre; i++) ops.add(new Op(' ', i, i));
        int n = a.size() - pre - suf;
        int m = b.size() - pre - suf;
        if ((long) n * m <= MAX_TABLE) {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(pre + i).equals(b.get(pre + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(pre + i).equals(b.get(pre + j))) ops.add(new Op(' ', pre + i++, pre + j++));
                else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.add(new Op('-', pre + i++, pre + j));
                else ops.add(new Op('+', pre + i, pre + j++));
            }
        } else {
            for (int i = 0; i < n; i++) ops.add(new Op('-', pre + i, pre));
            for (int j = 0; j < m; j++) ops.add(new Op('+', pre + n, pre + j));
        }
        for (int k = 0; k < suf; k++) ops.add(new Op(' ', a.size() - suf + k, b.size() - suf + k));
        return ops;
    }
}
