package org.studiopaths.dsp;

import org.junit.jupiter.api.Test;
import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.LibraryEntry;
import org.studiopaths.audio.SampleLibrary;
import org.studiopaths.audio.WavReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TempoDetectorTest {

    static final Path SAMPLES = Path.of("samples");

    @Test
    void findsTheDeclaredTempoAndBarsOfEveryShippedLoop() throws Exception {
        SampleLibrary library = SampleLibrary.load(SAMPLES.resolve(SampleLibrary.FILE_NAME));
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (LibraryEntry e : library.loops()) {
            AudioData a = WavReader.read(SAMPLES.resolve(e.path()));
            List<TempoDetector.Candidate> c = TempoDetector.candidates(Mono.of(a), a.sampleRate(), e.beatsPerBar());
            TempoDetector.Candidate best = c.get(0);
            n++;
            if (best.bpm() != e.tempo() || best.bars() != e.bars().intValue()) {
                wrong.add(e.path() + ": " + best.bpm() + " BPM, " + best.bars() + " bars; declared " + e.tempo()
                        + " BPM, " + e.bars() + " bars");
            }
        }
        assertEquals(40, n);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aLengthCutToWholeFramesSnapsToTheWholeTempo() {
        // 1 bar of 4/4 at 128 BPM is 82,687.5 frames, cut to 82,688: 127.9992 BPM read back
        assertEquals(128.0, TempoDetector.snap(4 * 60.0 / (82_688 / 44_100.0), 82_688));
        assertEquals(127.5, TempoDetector.snap(127.5, 82_688));
        assertEquals(127.37, TempoDetector.snap(127.3712, 82_688));
    }
}
