package io.deckhand.exchange.apkg;

import java.nio.charset.StandardCharsets;

/**
 * Just enough of the protobuf wire format to read Anki's small config messages: walks fields in
 * order; unknown fields are skipped. Throws {@link IllegalArgumentException} on malformed input.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] data;
    private int pos;
    private int fieldNumber;
    private int wireType;

    ProtoReader(byte[] data) {
        this.data = data == null ? new byte[0] : data;
    }

    /** Moves to the next field; false at the end of the message. */
    boolean next() {
        if (pos >= data.length) return false;
        long key = readVarint();
        fieldNumber = (int) (key >>> 3);
        wireType = (int) (key & 7);
        if (fieldNumber <= 0) throw new IllegalArgumentException("bad protobuf field number");
        return true;
    }

    int field() {
        return fieldNumber;
    }

    int wireType() {
        return wireType;
    }

    long varint() {
        requireType(VARINT);
        return readVarint();
    }

    byte[] bytes() {
        requireType(LENGTH_DELIMITED);
        long len = readVarint();
        if (len < 0 || len > data.length - pos) throw new IllegalArgumentException("truncated protobuf field");
        byte[] out = new byte[(int) len];
        System.arraycopy(data, pos, out, 0, (int) len);
        pos += (int) len;
        return out;
    }

    String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    void skip() {
        switch (wireType) {
            case VARINT -> readVarint();
            case FIXED64 -> advance(8);
            case LENGTH_DELIMITED -> bytes();
            case FIXED32 -> advance(4);
            default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wireType);
        }
    }

    private void advance(int n) {
        if (n > data.length - pos) throw new IllegalArgumentException("truncated protobuf field");
        pos += n;
    }

    private void requireType(int expected) {
        if (wireType != expected) throw new IllegalArgumentException("unexpected protobuf wire type " + wireType);
    }

    private long readVarint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= data.length) throw new IllegalArgumentException("truncated protobuf varint");
            byte b = data[pos++];
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new IllegalArgumentException("protobuf varint too long");
    }
}
