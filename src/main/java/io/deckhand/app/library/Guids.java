package io.deckhand.app.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Stable note identities derived from content, so the same input always maps to the same note. */
public final class Guids {
    private Guids() {
    }

    /**
     * What a note said when it was saved (its fields), so a later import can tell whether its source
     * changed. One rule for cards added by hand, from deck files and from notes.
     */
    public static String content(List<String> fields) {
        return of(fields.toArray(String[]::new));
    }

    public static String of(String... parts) {
        MessageDigest sha = sha1();
        for (String p : parts) {
            sha.update(p.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 10);
    }

    /** Never used itself, only copied: a copy skips the provider look-up an import would pay per note. */
    private static final MessageDigest SHA1 = newSha1();

    private static MessageDigest sha1() {
        try {
            return (MessageDigest) SHA1.clone();
        } catch (CloneNotSupportedException e) {
            return newSha1();
        }
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
