package io.deckhand.exchange;

/** Media names are plain file names: no folders, no way out of the media folder. */
public final class MediaNames {
    private MediaNames() {
    }

    /** True if {@code name} is a plain file name that can safely be written into a media folder. */
    public static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) return false;
        if (name.equals(".") || name.equals("..")) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) return false;
        }
        return true;
    }

    static String requireSafe(String name) {
        if (!isSafe(name)) throw new IllegalArgumentException("unsafe media file name: " + name);
        return name;
    }
}
