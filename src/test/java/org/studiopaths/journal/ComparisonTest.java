package org.studiopaths.journal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.studiopaths.exercise.Side.ENGINEERING;
import static org.studiopaths.exercise.Side.PRODUCTION;
import static org.studiopaths.journal.Attempts.attempt;
import static org.studiopaths.journal.Attempts.rated;

class ComparisonTest {

    @Test
    void figuresPerSide() {
        Attempt p1 = attempt(PRODUCTION, 1000, 80, new Rating(5, true, true, null));
        Attempt p2 = attempt(PRODUCTION, 800, 81, new Rating(4, true, null, null));
        Attempt p3 = attempt(PRODUCTION, 29, null, new Rating(null, false, null, "skipped"));
        Attempt e1 = attempt(ENGINEERING, 900, 70, new Rating(3, null, false, null));
        // recorded out of order: the chart is still oldest first
        Comparison c = Comparison.of(List.of(p2, e1, p3, p1));

        SideSummary p = c.production();
        assertEquals(3, p.attempts());
        assertEquals(2, p.ratedAttempts());
        assertEquals(4.5, p.meanEnjoyment(), 1e-12);
        assertEquals(81, p.meanScore(), "80.5 rounds up; the unchecked attempt is left out");
        assertEquals(30, p.minutes(), "1829 s is 30.48 min");
        assertEquals(2, p.lostTrackOfTime());
        assertEquals(2.0 / 3, p.absorption(), 1e-12);
        assertEquals(List.of(5, 4), p.enjoymentOverTime().stream().map(EnjoymentPoint::enjoyment).toList());
        assertEquals(p1.startedAt(), p.enjoymentOverTime().get(0).at());

        SideSummary e = c.engineering();
        assertEquals(1, e.attempts());
        assertEquals(3.0, e.meanEnjoyment(), 1e-12);
        assertEquals(70, e.meanScore());
        assertEquals(15, e.minutes());
        assertNull(e.absorption(), "never answered");
        assertEquals(Leaning.PRODUCTION, c.leaning());
    }

    @Test
    void anEmptyJournalHasNoMeansAndIsUndecided() {
        Comparison c = Comparison.of(List.of());
        assertEquals(0, c.production().attempts());
        assertNull(c.production().meanEnjoyment());
        assertNull(c.engineering().meanScore());
        assertEquals(0, c.engineering().minutes());
        assertEquals(Leaning.UNDECIDED, c.leaning());
        assertEquals("Try an arranging exercise and a mixing exercise, and say how much you enjoyed each",
                c.reading().headline());
    }

    @Test
    void closeMeansLeanToBoth() {
        Comparison c = Comparison.of(List.of(rated(PRODUCTION, 4), rated(ENGINEERING, 4), rated(ENGINEERING, 3),
                rated(ENGINEERING, 4)));
        // 4.0 against 3.67: 0.33 apart
        assertEquals(Leaning.BOTH, c.leaning());
        assertEquals("You enjoyed arranging and mixing about the same: you may not have to choose",
                c.reading().headline());
        assertTrue(c.reading().sentences().stream().anyMatch(s -> s.startsWith("Many professionals do both")),
                c.reading().sentences().toString());
    }

    @Test
    void exactlyHalfAPointApartLeansToTheHigherSide() {
        Comparison c = Comparison.of(List.of(rated(PRODUCTION, 4), rated(PRODUCTION, 3), rated(ENGINEERING, 4)));
        assertEquals(Leaning.ENGINEERING, c.leaning(), "3.5 against 4.0");
        Comparison thirds = Comparison.of(List.of(rated(PRODUCTION, 5), rated(PRODUCTION, 4), rated(PRODUCTION, 4),
                rated(ENGINEERING, 4), rated(ENGINEERING, 4), rated(ENGINEERING, 3), rated(ENGINEERING, 5),
                rated(ENGINEERING, 3), rated(ENGINEERING, 4)));
        assertEquals(Leaning.PRODUCTION, thirds.leaning(), "4.333 against 3.833, half a point in thirds");
    }

    @Test
    void aSideWithAttemptsButNoRatingLeavesItUndecided() {
        Comparison c = Comparison.of(List.of(rated(PRODUCTION, 5), rated(ENGINEERING, null)));
        assertEquals(1, c.engineering().attempts());
        assertEquals(Leaning.UNDECIDED, c.leaning());
        assertEquals("You have rated only production so far: try a mixing exercise next", c.reading().headline());
    }

    @Test
    void theReadingNamesWhatTheLearnerDidAndWhereThePathLeads() {
        Comparison c = Comparison.of(List.of(
                attempt(PRODUCTION, 600, 90, new Rating(5, true, null, null)),
                attempt(PRODUCTION, 600, 90, new Rating(4, true, null, null)),
                attempt(ENGINEERING, 600, 90, new Rating(3, true, null, null))));
        Reading r = c.reading();
        assertEquals("You enjoyed arranging more and lost track of time twice: production looks like your side",
                r.headline());
        assertEquals("Your enjoyment: production 4.5 out of 5 over 2 rated attempts, engineering 3.0 over 1 rated attempt.",
                r.sentences().get(0));
        assertTrue(r.sentences().contains("Careers to look at: record producer, beat maker for rappers, singers and "
                + "songwriters, film and game music producer, freelance producer or remixer or DJ producer."),
                r.sentences().toString());
        assertTrue(r.sentences().get(1).startsWith("Production may suit you if you love composing, arranging"),
                r.sentences().get(1));
    }
}
