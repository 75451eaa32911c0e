package io.deckhand.storage;

import io.deckhand.app.error.CollectionException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into messages a user can act on. */
final class SqlErrors {
    private SqlErrors() {
    }

    static CollectionException wrap(SQLException e, String action) {
        return new CollectionException("Deckhand could not " + action + ": " + describe(e)
                + " Nothing was changed.", e);
    }

    static String describe(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code != null) {
                switch (code.code & 0xff) {
                    case 13: return "the disk is full.";
                    case 8: return "the collection file is read-only.";
                    case 14: return "the collection file cannot be opened (check the folder exists and is writable).";
                    case 26: return "the file is not a SQLite database.";
                    case 11: return "the collection file is damaged.";
                    case 5: case 6: return "the collection is in use by another program.";
                    case 10: return "a disk input/output error occurred.";
                    default: break;
                }
            }
        }
        return "a database error occurred (" + e.getMessage() + ").";
    }
}
