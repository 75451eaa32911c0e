package io.deckhand.exchange.apkg;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Just enough of the protobuf wire format to write Anki's small config messages (the mirror of
 * {@link ProtoReader}). Proto3 rules: a field holding its default (0, false, "", empty) is not
 * written, so a reader sees the same value either way.
 */
final class ProtoWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoWriter uint(int field, long value) {
        if (value == 0) return this;
        key(field, ProtoReader.VARINT);
        varint(value);
        return this;
    }

    ProtoWriter bool(int field, boolean value) {
        return uint(field, value ? 1 : 0);
    }

    /** A 32-bit float ({@code float} in Anki's .proto files: fixed 4 bytes, little-endian). */
    ProtoWriter float32(int field, double value) {
        if (value == 0) return this;
        key(field, ProtoReader.FIXED32);
        fixed32(Float.floatToIntBits((float) value));
        return this;
    }

    /** {@code repeated float}, packed as proto3 does by default. */
    ProtoWriter floats(int field, List<? extends Number> values) {
        if (values.isEmpty()) return this;
        key(field, ProtoReader.LENGTH_DELIMITED);
        varint(values.size() * 4L);
        for (Number v : values) fixed32(Float.floatToIntBits(v.floatValue()));
        return this;
    }

    /** {@code repeated uint32}, packed. */
    ProtoWriter uints(int field, List<Integer> values) {
        if (values.isEmpty()) return this;
        ProtoWriter packed = new ProtoWriter();
        for (int v : values) packed.varint(v);
        return bytes(field, packed.toBytes());
    }

    ProtoWriter string(int field, String value) {
        if (value == null || value.isEmpty()) return this;
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter bytes(int field, byte[] value) {
        if (value.length == 0) return this;
        return lengthDelimited(field, value);
    }

    /** An embedded message; written even when empty, since its presence can mean something (a oneof choice). */
    ProtoWriter message(int field, ProtoWriter message) {
        return lengthDelimited(field, message.toBytes());
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    private ProtoWriter lengthDelimited(int field, byte[] value) {
        key(field, ProtoReader.LENGTH_DELIMITED);
        varint(value.length);
        out.writeBytes(value);
        return this;
    }

    private void key(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    /** Negative int32/int64 values take ten bytes (two's complement as unsigned 64 bits), as protobuf does. */
    private void varint(long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private void fixed32(int bits) {
        out.write(bits);
        out.write(bits >>> 8);
        out.write(bits >>> 16);
        out.write(bits >>> 24);
    }
}
