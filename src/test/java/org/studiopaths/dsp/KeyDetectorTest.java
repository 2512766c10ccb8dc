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

class KeyDetectorTest {

    private static final List<String> NOTES = List.of("C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B");

    /** The 21 pitched loops: 8 get their key exactly and 5 its relative; the rest are a fifth off or parallel. */
    @Test
    void suggestsTheKeysOfThePitchedLoopsOrTheirRelatives() throws Exception {
        Path samples = Path.of("samples");
        SampleLibrary library = SampleLibrary.load(samples.resolve(SampleLibrary.FILE_NAME));
        List<String> exact = new ArrayList<>();
        List<String> relative = new ArrayList<>();
        int pitched = 0;
        for (LibraryEntry e : library.loops()) {
            if (e.key() == null) {
                continue;
            }
            pitched++;
            AudioData a = WavReader.read(samples.resolve(e.path()));
            String s = KeyDetector.suggest(Mono.of(a), a.sampleRate()).key();
            if (s.equals(e.key())) {
                exact.add(e.path());
            } else if (relativeMajor(s) == relativeMajor(e.key())) {
                relative.add(e.path());
            }
        }
        assertEquals(21, pitched);
        assertEquals(8, exact.size(), "exact: " + exact);
        assertEquals(5, relative.size(), "relative: " + relative);
    }

    @Test
    void aPureAMinorTriadIsAMinorOrCMajor() {
        int rate = 44_100;
        float[] x = new float[rate * 2];
        double[] hz = {220.0, 261.63, 329.63, 110.0};
        for (int i = 0; i < x.length; i++) {
            for (double f : hz) {
                x[i] += (float) (0.2 * Math.sin(2 * Math.PI * f * i / rate));
            }
        }
        assertEquals("A minor", KeyDetector.suggest(x, rate).key());
    }

    @Test
    void silenceHasNoKey() {
        assertEquals(null, KeyDetector.suggest(new float[44_100], 44_100));
    }

    private static int relativeMajor(String key) {
        String[] p = key.split(" ");
        int pc = NOTES.indexOf(p[0].replace("Db", "C#").replace("Ab", "G#"));
        return p[1].equals("minor") ? (pc + 3) % 12 : pc;
    }
}
