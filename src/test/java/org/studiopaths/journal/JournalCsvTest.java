package org.studiopaths.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.exercise.Side;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JournalCsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("plain", JournalCsv.field("plain"));
        assertEquals("\"a,b\"", JournalCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", JournalCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", JournalCsv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", JournalCsv.field("cr\rhere"));
        assertEquals("", JournalCsv.field(""));
    }

    @Test
    void rowsEndInCrlfAndNoneIsEmpty(@TempDir Path dir) throws IOException {
        Attempt a = new Attempt("a1", Side.PRODUCTION, "arrange-intro", "Intro, verse", Instant.parse(
                "2024-05-01T10:00:00Z"), Instant.parse("2024-05-01T10:10:00Z"), 540, 12, 4, 0, null, false,
                new Rating(4, null, true, "liked the \"drop\""));
        Path file = dir.resolve("out/journal.csv");
        JournalCsv.write(List.of(a), file);
        assertEquals("id,side,exerciseId,exerciseTitle,startedAt,endedAt,secondsOnTask,edits,plays,checks,score,"
                + "passed,enjoyment,lostTrackOfTime,wantAnother,note\r\n"
                + "a1,production,arrange-intro,\"Intro, verse\",2024-05-01T10:00:00Z,2024-05-01T10:10:00Z,540,12,4,0,,"
                + "false,4,,true,\"liked the \"\"drop\"\"\"\r\n", Files.readString(file));
    }
}
