package io.deckhand.app.sync;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Files a sync engine made beside a journal file when two versions met: Syncthing's
 * {@code name.sync-conflict-DATE-TIME-DEVICE.ext}, Dropbox's and Nextcloud's
 * {@code name (conflicted copy ...).ext} / {@code name (X's conflicted copy ...).ext}, OneDrive's and
 * others' {@code name-conflict...}. A journal has one writer, so such a copy is only an older or
 * half-delivered version of a segment: it is never read, and status names it.
 */
public final class ConflictCopies {
    private static final Pattern CONFLICT = Pattern.compile(".*(sync-conflict|conflicted copy|conflict).*");

    private ConflictCopies() {
    }

    public static boolean isConflictCopy(String fileName) {
        return CONFLICT.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }
}
