-- Deckhand collection, schema version 3: the browser's marks on a card.
-- flag: Anki's flag colours, 0 = none, 1 red .. 7 purple.
-- buried_until_ms: buried by hand; the study queue passes the card over until then (0 = not buried).
ALTER TABLE cards ADD COLUMN flag INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN buried_until_ms INTEGER NOT NULL DEFAULT 0;
-- The study queue asks for buried cards on every card: only the few buried ones are in this index.
CREATE INDEX cards_buried ON cards(buried_until_ms) WHERE buried_until_ms > 0;
