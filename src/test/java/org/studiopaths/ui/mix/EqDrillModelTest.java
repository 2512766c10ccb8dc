package org.studiopaths.ui.mix;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.exercise.drill.EqDrill;
import org.studiopaths.exercise.drill.EqDrillScores;
import org.studiopaths.model.Eq;
import org.studiopaths.model.Project;
import org.studiopaths.ui.session.ProjectSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The EQ drill's view-model without a stage: what is heard, credit, level, score and saving. */
class EqDrillModelTest {

    private final LiveEngine engine = MixFixtures.engine();
    private final ProjectSession session = new ProjectSession(engine, MixFixtures.song());
    private final List<EqDrillScores> saved = new ArrayList<>();
    private final List<String> said = new ArrayList<>();

    @AfterEach
    void close() {
        engine.close();
    }

    private EqDrillModel model(EqDrillScores start) {
        return new EqDrillModel(session, List.of(MixFixtures.song(), OTHER_SONG),
                new EqDrill(List.of(even("Test song", "Bass"), even("Test song", "Keys"), even("Other song", "Keys")),
                        start, new Random(7)), saved::add, said::add);
    }

    /** The fixture song again under another title, its tracks the other way round. */
    private static final Project OTHER_SONG = Project.empty("Other song", 120)
            .addTrack(MixFixtures.song().tracks().get(1)).addTrack(MixFixtures.song().tracks().get(0));

    private static EqDrill.Stem even(String song, String track) {
        double[] bands = new double[10];
        java.util.Arrays.fill(bands, -20);
        return new EqDrill.Stem(song, track, bands);
    }

    private static int index(Project p, String track) {
        for (int i = 0; i < p.tracks().size(); i++) {
            if (p.tracks().get(i).name().equals(track)) {
                return i;
            }
        }
        throw new AssertionError(track);
    }

    @Test
    void theRoundsStemIsHeardAloneWithTheHiddenChangeOrFlat() {
        EqDrillModel m = model(EqDrillScores.FIRST);
        EqDrill.Round r = m.round();
        Project heard = session.project();
        int t = index(heard, r.track());
        assertTrue(heard.tracks().get(t).solo());
        assertEquals(1, heard.tracks().stream().filter(x -> x.solo()).count(), "only the round's stem is soloed");
        assertEquals(r.hiddenBand(), heard.tracks().get(t).eq().mid());
        assertEquals(r.boost() ? 12 : -12, heard.tracks().get(t).eq().mid().gainDb(), 1e-9, "level 1: 12 dB");

        m.hearFlat();
        assertTrue(m.hearingFlatProperty().get());
        assertEquals(Eq.FLAT, session.project().tracks().get(t).eq());
        m.toggleFlat();
        assertEquals(r.hiddenBand(), session.project().tracks().get(t).eq().mid());
    }

    @Test
    void eachRoundPlaysItsOwnSong() {
        EqDrillModel m = model(EqDrillScores.FIRST);
        Set<String> songs = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            EqDrill.Round r = m.round();
            assertEquals(r.song(), session.project().title());
            assertEquals("Listen to the " + r.track() + " of " + r.song() + ": which octave was boosted or cut?"
                    + " Compare with the flat sound, pick a band, then say boost or cut.", m.questionProperty().get());
            int t = index(session.project(), r.track());
            assertEquals(r.hiddenBand(), session.project().tracks().get(t).eq().mid());
            songs.add(r.song());
            m.nextRound();
        }
        assertEquals(Set.of("Test song", "Other song"), songs);
    }

    @Test
    void anAnswerGivesCreditFeedbackAndASavedScore() {
        EqDrillModel m = model(EqDrillScores.FIRST);
        EqDrill.Round r = m.round();
        m.answer(r.boost());
        assertTrue(saved.isEmpty(), "no answer before a band is picked");

        int off = r.band() > 2 ? r.band() - 1 : r.band() + 1;
        m.pickBand(off);
        m.answer(r.boost());
        assertTrue(m.answeredProperty().get());
        assertEquals("Credit 0.5 of 1", m.creditProperty().get());
        assertTrue(m.feedbackProperty().get().startsWith("Close: it was "), m.feedbackProperty().get());
        assertTrue(m.feedbackProperty().get().contains("You heard the " + (r.boost() ? "boost" : "cut") + " right."));
        assertEquals("Score 0.5 from 1 round (50%)", m.scoreProperty().get());
        assertEquals(List.of(new EqDrillScores(1, 0, 1, 0.5)), saved);

        m.pickBand(r.band());
        m.answer(!r.boost());
        assertEquals(1, saved.size(), "one answer per round");
    }

    @Test
    void threeFullCreditAnswersMoveUpALevel() {
        EqDrillModel m = model(EqDrillScores.FIRST);
        for (int i = 0; i < EqDrill.STREAK_TO_LEVEL_UP; i++) {
            assertTrue(m.levelProperty().get().startsWith("Level 1 of 5: a 12 dB change"), m.levelProperty().get());
            m.pickBand(m.round().band());
            m.answer(m.round().boost());
            assertEquals("Credit 1 of 1", m.creditProperty().get());
            m.nextRound();
            assertFalse(m.answeredProperty().get());
            assertEquals(-1, m.pickedBandProperty().get());
        }
        assertTrue(m.levelProperty().get().startsWith("Level 2 of 5: a 10 dB change"), m.levelProperty().get());
        assertEquals(2, m.round().level());
        assertEquals(new EqDrillScores(2, 0, 3, 3), saved.get(2));
        assertEquals("Score 3 from 3 rounds (100%)", m.scoreProperty().get());
    }

    @Test
    void aScoreThatCannotBeSavedIsSaid() {
        EqDrillModel m = new EqDrillModel(session, List.of(MixFixtures.song()),
                new EqDrill(List.of(even("Test song", "Keys")), EqDrillScores.FIRST, new Random(1)),
                s -> { throw new IOException("disk full"); }, said::add);
        m.pickBand(m.round().band());
        m.answer(true);
        assertEquals(List.of("Could not save the EQ drill's scores: disk full"), said);
    }
}
