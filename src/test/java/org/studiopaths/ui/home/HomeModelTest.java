package org.studiopaths.ui.home;

import org.junit.jupiter.api.Test;
import org.studiopaths.exercise.Side;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.studiopaths.ui.TestAttempts.attempt;

class HomeModelTest {

    @Test
    void newcomerIsPointedAtAPath() {
        HomeModel m = HomeModel.of(List.of());
        assertEquals(Optional.of(Side.PRODUCTION), m.next());
        assertEquals("Not tried yet", m.production().text());
        assertEquals("Not tried yet", m.engineering().text());
    }

    @Test
    void twoProductionTriesSuggestEngineering() {
        HomeModel m = HomeModel.of(List.of(attempt(Side.PRODUCTION, 80, 4), attempt(Side.PRODUCTION, 50, 2)));
        assertEquals(Optional.of(Side.ENGINEERING), m.next());
        assertEquals("You've tried production twice: try engineering next to compare.", m.suggestion());
        assertEquals("2 attempts, 1 passed, last enjoyed 2 out of 5", m.production().text());
    }

    @Test
    void unratedSideIsAskedForARating() {
        HomeModel m = HomeModel.of(List.of(attempt(Side.PRODUCTION, 80, 4), attempt(Side.ENGINEERING, 90, (Integer) null)));
        assertEquals(Optional.of(Side.ENGINEERING), m.next());
        assertEquals("1 attempt, 1 passed, not rated yet", m.engineering().text());
    }

    @Test
    void lopsidedTriesAskForTheOtherSideAgain() {
        HomeModel m = HomeModel.of(List.of(attempt(Side.ENGINEERING, 80, 4), attempt(Side.ENGINEERING, 80, 4),
                attempt(Side.ENGINEERING, 80, 3), attempt(Side.PRODUCTION, 80, 2)));
        assertEquals(Optional.of(Side.PRODUCTION), m.next());
        assertEquals("You've tried engineering 3 times and production once: give production another go for a fair "
                + "comparison.", m.suggestion());
    }

    @Test
    void balancedTriesPointToCompare() {
        HomeModel m = HomeModel.of(List.of(attempt(Side.ENGINEERING, 80, 4), attempt(Side.PRODUCTION, 80, 2)));
        assertEquals(Optional.empty(), m.next());
    }
}
