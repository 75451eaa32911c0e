package io.deckhand.storage;

import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.HexFormat;

/** A digest of every row of the collection's tables, to show that a failed operation changed nothing. */
public final class RowChecksum {
    private static final String[] TABLES = {"decks", "notes", "cards", "review_log", "presets", "settings"};

    private RowChecksum() {
    }

    public static String of(Database db) throws Exception {
        return db.read(() -> {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String t : TABLES) {
                    PreparedStatement ps = db.prepare("SELECT * FROM " + t + " ORDER BY rowid");
                    try (ResultSet rs = ps.executeQuery()) {
                        ResultSetMetaData md = rs.getMetaData();
                        int rows = 0;
                        while (rs.next()) {
                            rows++;
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                sha.update(String.valueOf(rs.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                                sha.update((byte) 0x1f);
                            }
                        }
                        sha.update((t + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
