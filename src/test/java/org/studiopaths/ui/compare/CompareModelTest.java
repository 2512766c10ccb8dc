package org.studiopaths.ui.compare;

import org.junit.jupiter.api.Test;
import org.studiopaths.exercise.Side;
import org.studiopaths.journal.Comparison;
import org.studiopaths.journal.Leaning;
import org.studiopaths.journal.Rating;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.studiopaths.ui.TestAttempts.attempt;

class CompareModelTest {

    @Test
    void nothingRatedNudgesTowardProductionFirst() {
        CompareModel m = CompareModel.of(Comparison.of(List.of()));
        assertEquals(Leaning.UNDECIDED, m.leaning());
        assertEquals(Optional.of(Side.PRODUCTION), m.nudge());
        assertEquals("not rated yet", m.production().enjoymentText());
        assertEquals("no attempts yet", m.engineering().attemptsText());
        assertNull(m.production().meanScore());
    }

    @Test
    void onlyProductionRatedNudgesIntoEngineering() {
        CompareModel m = CompareModel.of(Comparison.of(List.of(attempt(Side.PRODUCTION, 80, 4))));
        assertEquals(Optional.of(Side.ENGINEERING), m.nudge());
        assertEquals("The comparison needs a rated attempt on both sides. Try engineering next.", m.nudgeText());
        assertEquals("4.0 out of 5", m.production().enjoymentText());
    }

    @Test
    void figuresAndChartPointsFollowTheJournal() {
        CompareModel m = CompareModel.of(Comparison.of(List.of(
                attempt(Side.PRODUCTION, 80, new Rating(5, true, true, null)),
                attempt(Side.ENGINEERING, 60, new Rating(2, false, null, null)),
                attempt(Side.PRODUCTION, 90, new Rating(4, true, null, null)),
                attempt(Side.ENGINEERING, null, (Integer) null))));
        assertEquals(Leaning.PRODUCTION, m.leaning());
        assertEquals(Optional.empty(), m.nudge());
        assertEquals("", m.nudgeText());
        assertEquals("4.5 out of 5", m.production().enjoymentText());
        assertEquals(List.of(new CompareModel.Point(1, 5, "Build an intro"), new CompareModel.Point(2, 4, "Build an intro")),
                m.production().enjoyment());
        assertEquals(85, m.production().meanScore());
        assertEquals(60, m.engineering().meanScore());
        assertEquals(20, m.production().minutes());
        assertEquals("time flew 2 of 2 times", m.production().absorptionText());
        assertEquals("time flew 0 of 1 time", m.engineering().absorptionText());
        assertEquals("2 attempts, 1 rated, 20 min", m.engineering().attemptsText());
        assertEquals(m.headline(), Comparison.of(List.of(
                attempt(Side.PRODUCTION, 80, new Rating(5, true, true, null)),
                attempt(Side.ENGINEERING, 60, new Rating(2, false, null, null)),
                attempt(Side.PRODUCTION, 90, new Rating(4, true, null, null)))).reading().headline());
    }
}
