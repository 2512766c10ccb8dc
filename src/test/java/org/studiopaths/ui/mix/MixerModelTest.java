package org.studiopaths.ui.mix;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Track;
import org.studiopaths.ui.session.ProjectSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's view-models without a stage: every control goes through the session, one undo step each. */
class MixerModelTest {

    private final LiveEngine engine = MixFixtures.engine();
    private final ProjectSession session = new ProjectSession(engine, MixFixtures.song());
    private final MixerModel mixer = new MixerModel(session);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void faderDragIsOneUndoStepWithTheExactDb() {
        StripModel bass = mixer.strips().get(0);
        bass.beginFaderDrag();
        bass.dragFaderTo(-1.04);
        bass.dragFaderTo(-2.5);
        bass.dragFaderTo(-3.46);
        bass.endDrag();
        assertEquals(-3.5, session.project().tracks().get(0).gainDb(), "rounded to 0.1 dB");
        assertEquals("-3.5 dB", bass.gainLabelProperty().get());
        assertEquals("Bass fader", session.undoNameProperty().get());
        session.undo();
        assertEquals(0, session.project().tracks().get(0).gainDb(), "one undo takes the whole drag back");
        assertFalse(session.canUndoProperty().get());
        session.redo();
        assertEquals(-3.5, bass.gainDbProperty().get());
    }

    @Test
    void doubleClickResetsToZeroAsOneStep() {
        StripModel keys = mixer.strips().get(1);
        keys.setGainDb(6.2);
        keys.resetGain();
        assertEquals(0, session.project().tracks().get(1).gainDb());
        assertEquals("0.0 dB", keys.gainLabelProperty().get());
        session.undo();
        assertEquals(6.2, session.project().tracks().get(1).gainDb());
    }

    @Test
    void faderLimitsFollowTheFormat() {
        StripModel bass = mixer.strips().get(0);
        bass.setGainDb(40);
        assertEquals(12, session.project().tracks().get(0).gainDb(), "at most +12");
        bass.setGainDb(-80);
        assertEquals(Track.SILENT_DB, session.project().tracks().get(0).gainDb(), "below the travel is silence");
        assertEquals("-∞ dB", bass.gainLabelProperty().get());
    }

    @Test
    void faderScaleRoundTrips() {
        assertEquals(0.75, FaderScale.position(0), 1e-9, "0 dB at three quarters of the travel");
        for (double db : FaderScale.MARKS) {
            assertEquals(db, FaderScale.db(FaderScale.position(db)), 1e-9);
        }
        assertEquals(Track.SILENT_DB, FaderScale.db(0.01));
    }

    @Test
    void muteAndSoloOfTheSelectedStrip() {
        mixer.selectedProperty().set(1);
        mixer.toggleSoloSelected();
        assertTrue(session.project().tracks().get(1).solo());
        assertFalse(mixer.strips().get(0).audibleProperty().get(), "the other strip is not heard");
        mixer.toggleMuteSelected();
        assertTrue(session.project().tracks().get(1).mute());
        assertEquals("Mute Keys", session.undoNameProperty().get());
    }

    @Test
    void soloOnlySolosOneTrackInOneStep() {
        mixer.strips().get(0).toggleSolo();
        mixer.soloOnly(1);
        assertFalse(session.project().tracks().get(0).solo());
        assertTrue(session.project().tracks().get(1).solo());
        assertEquals(1, mixer.selectedProperty().get());
        session.undo();
        assertTrue(session.project().tracks().get(0).solo());
    }

    @Test
    void eqDragIsClampedAndOneStep() {
        StripModel bass = mixer.strips().get(0);
        bass.beginEqDrag("mid");
        bass.dragEq(eq -> eq.withMid(eq.mid().withFreqHz(2500).withGainDb(4.04)));
        bass.dragEq(eq -> eq.withMid(eq.mid().withFreqHz(50_000).withGainDb(40)));
        bass.endDrag();
        Eq eq = session.project().tracks().get(0).eq();
        assertEquals(10_000, eq.mid().freqHz(), "the mid band stops at 10 kHz");
        assertEquals(24, eq.mid().gainDb());
        session.undo();
        assertEquals(Eq.FLAT, session.project().tracks().get(0).eq());
    }

    @Test
    void panLabelAndMaster() {
        StripModel keys = mixer.strips().get(1);
        keys.setPan(-0.304);
        assertEquals(-0.3, session.project().tracks().get(1).pan(), 1e-9);
        assertEquals("L30", keys.panLabelProperty().get());
        mixer.setMasterDb(-2);
        assertEquals(-2, session.project().master().gainDb());
        assertEquals("-2.0 dB", mixer.masterLabelProperty().get());
    }

    @Test
    void meterReadsWhatTheBankMeasured() {
        float[] x = new float[512];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * i / 64));
        }
        mixer.meterBank().trackBlock(1, x, x, 512);
        mixer.updateMeters(1_000_000_000L);
        LevelMeterModel m = mixer.strips().get(1).meter();
        assertEquals(-6.02, m.peakDb(0), 0.01);
        assertEquals(-6.02, m.holdDb(1), 0.01);
        assertTrue(m.rmsDb(0) > LevelMeterModel.FLOOR_DB, "RMS rises");
        assertEquals(LevelMeterModel.FLOOR_DB, mixer.strips().get(0).meter().peakDb(0), "the other strip stays down");
        assertFalse(m.clipped());
        mixer.updateMeters(1_500_000_000L);
        assertEquals(-6.02 - 10, m.peakDb(0), 0.01, "the peak falls 20 dB/s");
        assertEquals(-6.02, m.holdDb(0), 0.01, "the hold line stays 1.5 s");
    }
}
