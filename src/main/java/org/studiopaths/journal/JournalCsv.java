package org.studiopaths.journal;

import org.studiopaths.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The journal as a spreadsheet: CSV after RFC 4180 (comma-separated, CRLF line ends, a header row, fields
 * with a comma, quote or line break in double quotes and quotes doubled), UTF-8. Empty fields stand for
 * "none" (never checked, skipped).
 */
public final class JournalCsv {

    static final List<String> HEADER = List.of("id", "side", "exerciseId", "exerciseTitle", "startedAt", "endedAt",
            "secondsOnTask", "edits", "plays", "checks", "score", "passed", "enjoyment", "lostTrackOfTime",
            "wantAnother", "note");
    private static final String CRLF = "\r\n";

    private JournalCsv() {
    }

    public static String toCsv(List<Attempt> attempts) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (Attempt a : attempts) {
            Rating r = a.rating();
            row(out, List.of(a.id(), a.side().id(), a.exerciseId(), a.exerciseTitle(), a.startedAt().toString(),
                    a.endedAt().toString(), Long.toString(a.secondsOnTask()), Integer.toString(a.edits()),
                    Integer.toString(a.plays()), Integer.toString(a.checks()), text(a.score()),
                    Boolean.toString(a.passed()), text(r.enjoyment()), text(r.lostTrackOfTime()),
                    text(r.wantAnother()), text(r.note())));
        }
        return out.toString();
    }

    /** Writes the CSV whole (temporary file, then rename). */
    public static void write(List<Attempt> attempts, Path file) throws IOException {
        AtomicFiles.writeString(file, toCsv(attempts));
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
