package org.studiopaths.journal;

import org.junit.jupiter.api.Test;
import org.studiopaths.model.json.JsonFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JournalJsonTest {

    private static final String ATTEMPT = "{\"id\":\"x\",\"side\":\"production\",\"exerciseId\":\"e\","
            + "\"startedAt\":\"2024-05-01T10:00:00Z\",\"endedAt\":\"2024-05-01T10:05:00Z\",\"secondsOnTask\":300,"
            + "\"edits\":1,\"plays\":2,\"checks\":0,\"passed\":false";

    private static String doc(String attempts) {
        return "{\"format\":\"studio-paths.journal/1\",\"attempts\":[" + attempts + "]}";
    }

    /** The message for a document, checked to point at the column where {@code marker} starts. */
    private static String messageAt(String doc, String marker) {
        String m = assertThrows(JsonFormatException.class, () -> JournalJson.parse(doc, "j.json")).getMessage();
        String place = "j.json:1:" + (doc.lastIndexOf(marker) + 1) + ": ";
        assertEquals(place, m.substring(0, Math.min(m.length(), place.length())), m);
        return m.substring(place.length());
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws JsonFormatException {
        Attempt a = JournalJson.parse(doc(ATTEMPT + "}"), "j.json").get(0);
        assertNull(a.score());
        assertEquals(Rating.NONE, a.rating());
        assertEquals("", a.exerciseTitle());
    }

    @Test
    void wrongValuesGetOneLineMessagesWithPlaceAndAllowedValues() {
        assertEquals("attempts[0].side is \"mixing\"; allowed \"production\" or \"engineering\"",
                messageAt(doc(ATTEMPT.replace("production", "mixing") + "}"), "\"mixing\""));
        assertEquals("attempts[0].rating.enjoyment is 6; allowed 1 to 5 or null (skipped)",
                messageAt(doc(ATTEMPT + ",\"rating\":{\"enjoyment\":6}}"), "6}"));
        assertEquals("attempts[0].passed is true but score is null; allowed false when never checked",
                messageAt(doc(ATTEMPT.replace("\"passed\":false", "\"passed\":true") + "}"), "true"));
        assertEquals("attempts[0].endedAt is 2024-05-01T09:05:00Z, before startedAt; allowed a time at or after "
                + "2024-05-01T10:00:00Z", messageAt(doc(ATTEMPT.replace("10:05", "09:05") + "}"), "\"2024-05-01T09"));
        assertEquals("attempts[0].edits is 1.5; allowed a whole number from 0 up",
                messageAt(doc(ATTEMPT.replace("\"edits\":1", "\"edits\":1.5") + "}"), "1.5"));
        assertEquals("attempts[0].colour is not a known field; allowed: id, side, exerciseId, exerciseTitle, "
                + "startedAt, endedAt, secondsOnTask, edits, plays, checks, score, passed, rating",
                messageAt(doc(ATTEMPT + ",\"colour\":1}"), "\"colour\""));
        assertEquals("format is \"studio-paths.journal/2\"; allowed \"studio-paths.journal/1\"",
                messageAt(doc("").replace("/1", "/2"), "\"studio-paths"));
    }

    @Test
    void aRepeatedIdIsRefused() {
        assertEquals("attempts[1].id is \"x\", the id of an earlier attempt; allowed a unique id",
                messageAt(doc(ATTEMPT + "}," + ATTEMPT + "}"), "\"x\""));
    }
}
