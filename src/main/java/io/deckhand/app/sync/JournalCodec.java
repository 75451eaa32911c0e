package io.deckhand.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * A journal line as text: eight hex digits of the CRC-32 of the JSON, a space, the JSON, a newline.
 * The checksum tells a line damaged in transit from one cut short (no newline yet), see docs/sync.md.
 */
public final class JournalCodec {
    /** The format this version writes and reads; lines with a higher one wait. */
    public static final int VERSION = 1;
    static final ObjectMapper JSON = new ObjectMapper();

    private JournalCodec() {
    }

    /** The line with its newline. */
    public static String encode(JournalLine line) {
        ObjectNode o = JSON.createObjectNode();
        o.put("v", line.version());
        o.put("seq", line.seq());
        o.put("ts", line.ts());
        o.put("k", line.kind());
        o.put("a", line.action());
        o.put("id", line.id());
        if (!line.values().isEmpty()) o.set("set", line.values());
        if (!line.prev().isEmpty()) o.set("prev", line.prev());
        String json = o.toString();
        return checksum(json) + " " + json + "\n";
    }

    /** What one complete line (without its newline) says. */
    public sealed interface Decoded {
    }

    public record Line(JournalLine line) implements Decoded {
    }

    /** A line whose checksum or JSON is wrong: damaged on the way, or still being replaced. */
    public record Damaged(String why) implements Decoded {
    }

    /** A line from a newer Deckhand; its number is known when it could be read. */
    public record Newer(int version, long seq) implements Decoded {
    }

    public static Decoded decode(String text) {
        int space = text.indexOf(' ');
        if (space != 8) return new Damaged("it does not start with a checksum");
        String json = text.substring(9);
        if (!checksum(json).equalsIgnoreCase(text.substring(0, 8))) return new Damaged("its checksum does not match");
        JsonNode o;
        try {
            o = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return new Damaged("it is not JSON");
        }
        if (o == null || !o.isObject()) return new Damaged("it is not a JSON object");
        int version = o.path("v").asInt(0);
        long seq = o.path("seq").asLong(0);
        if (version > VERSION) return new Newer(version, seq);
        if (version < 1 || seq < 1 || !o.path("k").isTextual() || !o.path("a").isTextual() || !o.path("id").isTextual()) {
            return new Damaged("it lacks a version, number, kind, action or id");
        }
        JsonNode set = o.path("set");
        JsonNode prev = o.path("prev");
        return new Line(new JournalLine(version, seq, o.path("ts").asLong(0), o.get("k").asText(), o.get("a").asText(),
                o.get("id").asText(), set.isObject() ? (ObjectNode) set : JSON.createObjectNode(),
                prev.isObject() ? (ObjectNode) prev : JSON.createObjectNode()));
    }

    static String checksum(String json) {
        CRC32 crc = new CRC32();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
