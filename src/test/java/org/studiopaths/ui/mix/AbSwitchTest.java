package org.studiopaths.ui.mix;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.model.Project;
import org.studiopaths.ui.session.ProjectSession;

import java.util.ArrayDeque;
import java.util.Queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A/B is loudness-matched by real offline measurement, and follows solo. */
class AbSwitchTest {

    private final LiveEngine engine = MixFixtures.engine();
    private final ProjectSession session = new ProjectSession(engine, MixFixtures.song());
    private final Queue<Runnable> fxQueue = new ArrayDeque<>();
    private final AbSwitch ab = new AbSwitch(session, new OfflineLoudness(engine.compiler()), Runnable::run,
            fxQueue::add);

    @AfterEach
    void close() {
        engine.close();
    }

    private void runFx() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }

    private static Project louder(Project p, double db) {
        for (int i = 0; i < p.tracks().size(); i++) {
            double g = p.tracks().get(i).gainDb() + db;
            p = p.updateTrack(i, t -> t.withGainDb(g));
        }
        return p;
    }

    @Test
    void aReference6DbLouderIsPlayed6DbDown() {
        Project reference = louder(MixFixtures.song(), 6).updateTrack(1, t -> t.withPan(0.5));
        ab.setReference(reference);
        ab.hearB();
        runFx();
        assertTrue(ab.hearingBProperty().get());
        Project heard = ab.heardProperty().get();
        assertEquals(-6.0, heard.master().gainDb(), 0.1, "the reference's master, matched");
        assertEquals(0.5, heard.tracks().get(1).pan(), "it is the reference that is heard");
        assertEquals("B: reference, played 6.0 dB quieter to match your mix", ab.statusProperty().get());
        ab.hearA();
        assertEquals(session.project(), ab.heardProperty().get());
    }

    @Test
    void bFollowsSoloAndAnEditGoesBackToA() {
        ab.setReference(louder(MixFixtures.song(), 3));
        ab.hearB();
        runFx();
        session.edit("Solo Bass", p -> p.updateTrack(0, t -> t.withSolo(true)));
        runFx();
        assertTrue(ab.hearingBProperty().get(), "a solo keeps B");
        assertTrue(ab.heardProperty().get().tracks().get(0).solo(), "B is soloed the same way");
        assertEquals(-3.0, ab.heardProperty().get().master().gainDb(), 0.1, "matched on the whole mix, not the solo");
        session.edit("Bass fader", p -> p.updateTrack(0, t -> t.withGainDb(-4)));
        runFx();
        assertFalse(ab.hearingBProperty().get(), "changing the mix goes back to it");
        assertEquals(session.project(), ab.heardProperty().get());
    }
}
