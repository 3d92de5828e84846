package io.astroupgrade.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A text file as read from disk: its exact bytes, the decoded text (without BOM) and how to encode it back.
 * Decoding is checked to round-trip, so that {@code encode(text())} gives back the very same bytes;
 * bytes that are not valid UTF-8/UTF-16 are read as ISO-8859-1, which always round-trips.
 */
public record TextFile(Path path, byte[] bytes, String text, Encoding encoding) {

    public enum Encoding {
        UTF_8(StandardCharsets.UTF_8, new byte[0]),
        UTF_8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
        UTF_16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
        /** Not valid Unicode text: each byte is kept as one character. */
        BYTES(StandardCharsets.ISO_8859_1, new byte[0]);

        final Charset charset;
        final byte[] bom;

        Encoding(Charset charset, byte[] bom) {
            this.charset = charset;
            this.bom = bom;
        }
    }

    /** Reads a regular file (symbolic links and folders are refused with a clear message). */
    public static TextFile read(Path path) throws ProjectException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectException("'" + path + "' does not exist.");
        }
        if (!Files.isRegularFile(path)) {
            throw new ProjectException("'" + path + "' is not a regular file (it is a folder or a device), so the wizard does not read it.");
        }
        try {
            return decode(path, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new ProjectException("'" + path + "' does not exist.");
        } catch (IOException e) {
            throw new ProjectException("Could not read '" + path + "': " + e.getMessage(), e);
        }
    }

    public static TextFile decode(Path path, byte[] bytes) {
        for (Encoding encoding : new Encoding[] {Encoding.UTF_8_BOM, Encoding.UTF_16LE_BOM, Encoding.UTF_16BE_BOM, Encoding.UTF_8}) {
            if (startsWith(bytes, encoding.bom)) {
                String text = strictDecode(bytes, encoding);
                if (text != null && Arrays.equals(encode(text, encoding), bytes)) {
                    return new TextFile(path, bytes.clone(), text, encoding);
                }
            }
        }
        return new TextFile(path, bytes.clone(), new String(bytes, StandardCharsets.ISO_8859_1), Encoding.BYTES);
    }

    /** The bytes for new text, in this file's encoding and with its BOM. */
    public byte[] encode(String newText) {
        return encode(newText, encoding);
    }

    public String sha256() {
        return sha256(bytes);
    }

    /** The line ending the file uses first ("\n" when it has none). */
    public String lineEnding() {
        int n = text.indexOf('\n');
        int r = text.indexOf('\r');
        if (r >= 0 && (n < 0 || r < n)) return r + 1 < text.length() && text.charAt(r + 1) == '\n' ? "\r\n" : "\r";
        return "\n";
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static byte[] encode(String text, Encoding encoding) {
        byte[] body = text.getBytes(encoding.charset);
        byte[] out = Arrays.copyOf(encoding.bom, encoding.bom.length + body.length);
        System.arraycopy(body, 0, out, encoding.bom.length, body.length);
        return out;
    }

    private static String strictDecode(byte[] bytes, Encoding encoding) {
        try {
            return encoding.charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, encoding.bom.length, bytes.length - encoding.bom.length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFile t && Arrays.equals(t.bytes, bytes) && java.util.Objects.equals(t.path, path);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(bytes); }

    @Override
    public String toString() { return "TextFile[" + path + ", " + bytes.length + " bytes, " + encoding + "]"; }
}
