package org.studiopaths.exercise.drill;

import org.junit.jupiter.api.Test;
import org.studiopaths.dsp.MeterScale;
import org.studiopaths.engine.RenderException;
import org.studiopaths.exercise.RenderedMix;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DrillStemsTest {

    private static final int RATE = 44_100;
    /** 120 bpm in 4/4: a bar is 2 s. */
    private static final Project SONG = Project.empty("Test song", 120)
            .addTrack(Track.named("Bass")).addTrack(Track.named("Late"));

    private static float[] sine(double hz, int from, int frames) {
        float[] x = new float[frames];
        for (int i = from; i < frames; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return x;
    }

    /** Bass: 110 Hz all along; Late: silent for the first bar, then 1 kHz. */
    private static RenderedMix render(Project song) throws RenderException {
        if (!song.title().equals("Test song")) {
            throw new RenderException(song.title() + ": stems missing");
        }
        float[] bass = sine(110, 0, 4 * RATE);
        float[] late = sine(1000, 2 * RATE, 4 * RATE);
        return new RenderedMix(new float[][] {bass, bass}, new float[][][] {{bass, bass}, {late, late}},
                List.of("Bass", "Late"), RATE);
    }

    @Test
    void eachStemIsMeasuredOverTheLoopedBarsOnly() throws Exception {
        List<EqDrill.Stem> stems = DrillStems.measure(List.of(SONG), 1, DrillStemsTest::render);
        assertEquals(List.of("Bass", "Late"), stems.stream().map(EqDrill.Stem::track).toList());
        assertEquals(List.of("Test song", "Test song"), stems.stream().map(EqDrill.Stem::song).toList());
        // a 0.5 sine reads -9 dB in its band (a full-scale one -3 dB)
        assertEquals(-9.0, stems.get(0).bandsDb()[2], 0.5, "110 Hz lies in the 125 Hz octave");
        assertEquals(List.of(2), stems.get(0).fairBands(), "a change elsewhere on a pure 110 Hz would be unfair");
        assertEquals(MeterScale.FLOOR_DB, stems.get(1).bandsDb()[5], 1e-9, "its 1 kHz starts after the looped bar");

        List<EqDrill.Stem> longer = DrillStems.measure(List.of(SONG), 2, DrillStemsTest::render);
        assertEquals(List.of(5), longer.get(1).fairBands(), "over two bars the 1 kHz is heard");
    }

    @Test
    void aSongThatCannotBeRenderedIsLeftOutAndNoneAtAllIsAnError() throws Exception {
        Project broken = Project.empty("Broken", 100).addTrack(Track.named("Keys"));
        assertEquals(2, DrillStems.measure(List.of(broken, SONG), 1, DrillStemsTest::render).size());
        RenderException e = assertThrows(RenderException.class,
                () -> DrillStems.measure(List.of(broken), 1, DrillStemsTest::render));
        assertEquals("Broken: stems missing", e.getMessage());
    }
}
