package io.deckhand.exchange.apkg;

/** Anki's legacy collection layout (schema 11), which every Anki version since 2.1 imports. */
final class AnkiSchema11 {
    private AnkiSchema11() {
    }

    /** The tables (indexes follow in {@link #INDEXES}). */
    static final String[] DDL = {
        "create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,"
                + " ver integer not null, dty integer not null, usn integer not null, ls integer not null,"
                + " conf text not null, models text not null, decks text not null, dconf text not null, tags text not null)",
        "create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,"
                + " usn integer not null, tags text not null, flds text not null, sfld integer not null,"
                + " csum integer not null, flags integer not null, data text not null)",
        "create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,"
                + " mod integer not null, usn integer not null, type integer not null, queue integer not null,"
                + " due integer not null, ivl integer not null, factor integer not null, reps integer not null,"
                + " lapses integer not null, left integer not null, odue integer not null, odid integer not null,"
                + " flags integer not null, data text not null)",
        "create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,"
                + " ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,"
                + " type integer not null)",
        "create table graves (usn integer not null, oid integer not null, type integer not null)",
    };

    /** Anki's indexes; built after the rows are in, which is faster than keeping them up to date row by row. */
    static final String[] INDEXES = {
        "create index ix_notes_usn on notes (usn)",
        "create index ix_cards_usn on cards (usn)",
        "create index ix_revlog_usn on revlog (usn)",
        "create index ix_cards_nid on cards (nid)",
        "create index ix_cards_sched on cards (did, queue, due)",
        "create index ix_revlog_cid on revlog (cid)",
        "create index ix_notes_csum on notes (csum)",
    };

    /** Collection settings Anki expects to find; the scheduler version 2 is what 2.1 uses. */
    static final String CONF = "{\"nextPos\":1,\"estTimes\":true,\"activeDecks\":[1],\"sortType\":\"noteFld\","
            + "\"timeLim\":0,\"sortBackwards\":false,\"addToCur\":true,\"curDeck\":1,\"newSpread\":0,"
            + "\"dueCounts\":true,\"curModel\":null,\"collapseTime\":1200,\"schedVer\":2}";

    /** The default options group every legacy deck points at (conf 1). */
    static final String DCONF = "{\"1\":{\"id\":1,\"mod\":0,\"name\":\"Default\",\"usn\":0,\"maxTaken\":60,"
            + "\"autoplay\":true,\"timer\":0,\"replayq\":true,\"dyn\":false,"
            + "\"new\":{\"bury\":false,\"delays\":[1.0,10.0],\"initialFactor\":2500,\"ints\":[1,4,0],\"order\":1,\"perDay\":20},"
            + "\"rev\":{\"bury\":false,\"ease4\":1.3,\"ivlFct\":1.0,\"maxIvl\":36500,\"perDay\":200,\"hardFactor\":1.2},"
            + "\"lapse\":{\"delays\":[10.0],\"leechAction\":1,\"leechFails\":8,\"minInt\":1,\"mult\":0.0}}}";
}
