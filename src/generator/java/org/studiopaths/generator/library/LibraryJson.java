package org.studiopaths.generator.library;

import java.util.List;

/** Writes the entries as the JSON array the app reads, one object per line block, fields in a fixed order. */
public final class LibraryJson {

    private LibraryJson() {
    }

    public static String write(List<Entry> entries) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            json.append("  {");
            field(json, "path", quote(e.path()), true);
            field(json, "name", quote(e.name()), false);
            field(json, "category", quote(e.category()), false);
            if (e.loop()) {
                field(json, "kit", quote(e.kit()), false);
            } else {
                field(json, "song", quote(e.song()), false);
            }
            field(json, "loop", String.valueOf(e.loop()), false);
            field(json, "tempo", number(e.tempo()), false);
            field(json, "beatsPerBar", String.valueOf(e.beatsPerBar()), false);
            if (e.bars() != null) {
                field(json, "bars", String.valueOf(e.bars()), false);
            }
            field(json, "key", e.key() == null ? "null" : quote(e.key()), false);
            field(json, "description", quote(e.description()), false);
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
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
