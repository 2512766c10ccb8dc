package org.studiopaths.exercise.mix;

import org.junit.jupiter.api.Test;
import org.studiopaths.exercise.CheckContext;
import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.model.Master;
import org.studiopaths.model.Project;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.studiopaths.exercise.mix.MixFixtures.band;
import static org.studiopaths.exercise.mix.MixFixtures.bump;
import static org.studiopaths.exercise.mix.MixFixtures.context;
import static org.studiopaths.exercise.mix.MixFixtures.louder;
import static org.studiopaths.exercise.mix.MixFixtures.reference;

class MixCriteriaTest {

    private static final StemLevels LEVELS = new StemLevels("levels", List.of(), 1.5, 6);
    private static final StemTone TONE = new StemTone("tone", List.of(), 3, 9);
    private static final StemPan PAN = new StemPan("pan", List.of(), 0.1, 0.5);

    private static CheckContext against(Project learner) {
        return context(learner, reference(), band());
    }

    @Test
    void theReferencePassesEveryStemCriterion() {
        CheckContext c = against(reference());
        for (StemCriterion criterion : List.of(LEVELS, TONE, PAN)) {
            CriterionResult r = criterion.evaluate(c);
            assertTrue(r.passed(), r.message());
            assertEquals(1, r.credit());
        }
        assertEquals("Every track sits within 1.5 dB of the reference's balance", LEVELS.evaluate(c).message());
    }

    @Test
    void aPassOverSeveralNamedTracksReadsAsPlural() {
        CheckContext c = against(reference());
        assertEquals("Bass and Guitar sit within 2.0 dB of the reference's balance",
                new StemLevels("some", List.of("Bass", "Guitar"), 2, 8).evaluate(c).message());
        assertEquals("Guitar sits within 2.0 dB of the reference's balance",
                new StemLevels("one", List.of("Guitar"), 2, 8).evaluate(c).message());
    }

    @Test
    void aWholeMixTurnedDownStillHasTheReferenceBalance() {
        Project quieter = reference();
        for (String t : List.of("Drums", "Bass", "Keys", "Guitar")) {
            quieter = louder(quieter, t, -5);
        }
        CriterionResult r = LEVELS.evaluate(against(quieter.withMaster(new Master(3))));
        assertTrue(r.passed(), r.message());
    }

    @Test
    void aStemSixDecibelsUpFailsTheLevelsAndIsNamed() {
        CheckContext c = against(louder(reference(), "Bass", 6));
        CriterionResult r = LEVELS.evaluate(c);
        assertFalse(r.passed());
        assertEquals("Bass is 6.0 dB louder than in the reference: pull its fader down", r.message());
        // Bass is off by the full zero-credit distance; the other three are exact.
        assertEquals(0.75, r.credit(), 0.01);
        assertEquals("Bass", MixComparison.of(c.learnerMix(), c.referenceMix()).worstTrack().orElseThrow().track());
    }

    @Test
    void aQuieterPluralTrackIsNamedWithItsVerb() {
        CriterionResult r = LEVELS.evaluate(against(louder(reference(), "Drums", -4.2)));
        assertEquals("Drums are 4.2 dB quieter than in the reference: push their fader up", r.message());
        assertEquals(1 - (4.2 - 1.5) / 4.5 / 4, r.credit(), 0.01);
    }

    @Test
    void aBumpAt250HzIsFoundInThe250HzBandOfThatStem() {
        CheckContext c = against(bump(reference(), "Keys", 250, 9, 1));
        CriterionResult r = TONE.evaluate(c);
        assertFalse(r.passed());
        assertTrue(r.message().startsWith("Keys have about "), r.message());
        assertTrue(r.message().endsWith(" dB more around 250 Hz than the reference: cut there"), r.message());
        MixComparison.Tone keys = MixComparison.of(c.learnerMix(), c.referenceMix()).tone("Keys").orElseThrow();
        assertEquals(3, keys.worstBand());
        assertTrue(keys.worstBandDb() > 6 && keys.worstBandDb() < 9.5, "250 Hz band +" + keys.worstBandDb());
    }

    @Test
    void aCutIsNamedAsTooLittle() {
        CriterionResult r = TONE.evaluate(against(bump(reference(), "Guitar", 4000, -12, 1)));
        assertFalse(r.passed());
        assertTrue(r.message().matches("Guitar has about \\d+ dB less around 4 kHz than the reference: boost there"),
                r.message());
    }

    @Test
    void aPanMistakeIsNamedWithTheWayToFixIt() {
        Project learner = reference().updateTrack(3, t -> t.withPan(-0.3));
        CriterionResult r = PAN.evaluate(against(learner));
        assertFalse(r.passed());
        assertEquals("Guitar sits further left than in the reference: pan it right", r.message());
        assertEquals(0.75, r.credit(), 0.01); // 0.8 off: no credit for Guitar, full for the others
    }

    @Test
    void positionInvertsThePanLawForAMonoSource() {
        CheckContext c = against(reference());
        assertEquals(-0.4, MixAnalysis.stem(c.learnerMix(), "Keys").orElseThrow().position(), 1e-3);
        assertEquals(0.5, MixAnalysis.stem(c.learnerMix(), "Guitar").orElseThrow().position(), 1e-3);
    }

    @Test
    void aMutedTrackIsNamedAsSilent() {
        Project learner = reference().updateTrack(1, t -> t.withMute(true));
        CriterionResult r = LEVELS.evaluate(against(learner));
        assertFalse(r.passed());
        assertEquals("Bass is silent in your mix but plays in the reference: unmute it or raise its fader",
                r.message());
    }

    @Test
    void onlyTheNamedTracksAreJudged() {
        StemLevels drumsOnly = new StemLevels("drums", List.of("Drums"), 1.5, 6);
        assertTrue(drumsOnly.evaluate(against(louder(reference(), "Bass", 6))).passed());
        assertEquals("Drums at the reference's level in the mix (within 1.5 dB)", drumsOnly.goal());
    }
}
