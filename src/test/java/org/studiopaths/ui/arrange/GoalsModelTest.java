package org.studiopaths.ui.arrange;

import org.junit.jupiter.api.Test;
import org.studiopaths.journal.Attempt;
import org.studiopaths.journal.Rating;
import org.studiopaths.ui.session.ProjectSession;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalsModelTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void goalsTickAndUntickWithUndoAndRedo() {
        ArrangeExercise ex = TestSessions.drumExercise();
        ProjectSession s = TestSessions.session(ex.start());
        GoalsModel goals = new GoalsModel(s, ex, Runnable::run, Runnable::run, clock);
        ArrangeModel m = new ArrangeModel(s);

        assertFalse(goals.done("drums"));
        assertEquals("\u25CB Put a drum loop in the song", GoalsModel.label(goals.goals().get(0)));
        m.drop(TestSessions.bass(), 1, 0);
        assertFalse(goals.done("drums"), "a bass loop is not a drum loop");
        m.drop(TestSessions.drums(), 1, 1);
        assertTrue(goals.done("drums"));
        assertEquals("\u2713 Put a drum loop in the song", GoalsModel.label(goals.goals().get(0)));
        assertNull(goals.goals().get(1).done(), "an audio goal waits for Check");

        s.undo();
        assertFalse(goals.done("drums"));
        s.redo();
        assertTrue(goals.done("drums"));
    }

    @Test
    void aCheckFeedsTheAttemptTheJournalRecords() {
        ArrangeExercise ex = TestSessions.drumExercise();
        ProjectSession s = TestSessions.session(ex.start());
        GoalsModel goals = new GoalsModel(s, ex, Runnable::run, Runnable::run, clock);
        assertFalse(goals.worked());
        new ArrangeModel(s).drop(TestSessions.drums(), 1, 0);
        int[] after = {0};
        goals.check(() -> after[0]++);

        assertEquals(1, after[0]);
        assertEquals(100, goals.outcomeProperty().get().score());
        Attempt a = goals.attempt(Rating.ofEnjoyment(4));
        assertEquals("first-beat", a.exerciseId());
        assertEquals(1, a.edits());
        assertEquals(1, a.checks());
        assertEquals(100, a.score());
        assertTrue(a.passed());
        assertEquals(4, a.rating().enjoyment());

        goals.beginNewAttempt();
        assertFalse(goals.worked(), "after recording, the next attempt starts empty");
        assertEquals(100, goals.outcomeProperty().get().score(), "the panel keeps showing the last result");
    }
}
