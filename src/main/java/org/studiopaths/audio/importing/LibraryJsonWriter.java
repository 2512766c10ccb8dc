package org.studiopaths.audio.importing;

import org.studiopaths.audio.LibraryEntry;

import java.util.List;

/**
 * Writes library entries as the JSON array {@code audio.SampleLibrary} reads (the format of
 * {@code samples/library.json}): one object per entry, fields in a fixed order, absent facts left out.
 */
public final class LibraryJsonWriter {

    private LibraryJsonWriter() {
    }

    public static String write(List<LibraryEntry> entries) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < entries.size(); i++) {
            LibraryEntry e = entries.get(i);
            json.append("  {");
            field(json, "path", quote(e.path()), true);
            field(json, "name", quote(e.name()), false);
            field(json, "category", quote(e.category()), false);
            if (e.kit() != null) {
                field(json, "kit", quote(e.kit()), false);
            }
            if (e.song() != null) {
                field(json, "song", quote(e.song()), false);
            }
            field(json, "loop", String.valueOf(e.loop()), false);
            field(json, "tempo", number(e.tempo()), false);
            field(json, "beatsPerBar", String.valueOf(e.beatsPerBar()), false);
            if (e.bars() != null) {
                field(json, "bars", number(e.bars()), false);
            }
            field(json, "key", e.key() == null ? "null" : quote(e.key()), false);
            field(json, "description", quote(e.description() == null ? "" : e.description()), false);
            if (e.variant() != null) {
                field(json, "variant", quote(e.variant()), false);
            }
            json.append("\n  }").append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return json.append("]\n").toString();
    }

    private static void field(StringBuilder json, String name, String value, boolean first) {
        json.append(first ? "\n    " : ",\n    ").append('"').append(name).append("\": ").append(value);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
