package org.studiopaths.audio;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleStoreTest {

    @TempDir
    Path tmp;
    Path samples;
    Path library;
    SampleStore store;

    @BeforeEach
    void setUp() throws Exception {
        samples = Files.createDirectories(tmp.resolve("samples"));
        library = Files.createDirectories(tmp.resolve("data/library"));
        Files.createDirectories(samples.resolve("loops/drums"));
        store = new SampleStore(samples, library);
    }

    private Path wav(Path dir, String name, int channels, int rate, int frames) throws Exception {
        Files.createDirectories(dir.resolve(name).getParent());
        return new WavBytes().fmt(WavBytes.PCM, channels, rate, 16).data(new byte[2 * channels * frames])
                .write(dir, name);
    }

    @Test
    void resolvesInsideTheSamplesRoot() throws Exception {
        Path f = wav(samples, "loops/drums/beat.wav", 2, 44100, 10);
        assertEquals(f.toRealPath(), store.resolve("loops/drums/beat.wav"));
    }

    @Test
    void userPathsResolveInTheUserLibrary() throws Exception {
        Path f = wav(library, "mine/take.wav", 1, 44100, 10);
        wav(samples, "user/mine/take.wav", 1, 44100, 10); // a decoy where the prefix is not removed
        assertEquals(f.toRealPath(), store.resolve("user/mine/take.wav"));
    }

    @Test
    void refusesAbsolutePaths() {
        assertRefused("/etc/passwd", "sample \"/etc/passwd\": an absolute or non-portable path");
    }

    @Test
    void refusesDotDot() {
        assertRefused("loops/../../secret.wav", "sample \"loops/../../secret.wav\": it contains \"..\"");
        assertRefused("user/../samples/x.wav", "sample \"user/../samples/x.wav\": it contains \"..\"");
        assertRefused("user/", "sample \"user/\": it has an empty or \".\" part");
    }

    @Test
    void refusesALinkThatLeadsOutside() throws Exception {
        Path outside = wav(tmp, "outside/secret.wav", 1, 44100, 10);
        Files.createSymbolicLink(samples.resolve("loops/drums/link.wav"), outside);
        Files.createSymbolicLink(samples.resolve("loops/elsewhere"), outside.getParent());
        assertRefused("loops/drums/link.wav", "sample \"loops/drums/link.wav\": leads outside the samples folder "
                + samples);
        assertRefused("loops/elsewhere/secret.wav", "sample \"loops/elsewhere/secret.wav\": leads outside");
    }

    @Test
    void acceptsALinkThatStaysInside() throws Exception {
        Path f = wav(samples, "loops/drums/beat.wav", 2, 44100, 10);
        Files.createSymbolicLink(samples.resolve("loops/alias.wav"), f);
        assertEquals(f.toRealPath(), store.resolve("loops/alias.wav"));
    }

    @Test
    void refusesAMissingFileNamingThePath() {
        assertRefused("loops/drums/nope.wav", "sample \"loops/drums/nope.wav\": no such file in the samples folder "
                + samples + "; check the name");
        assertRefused("user/nope.wav", "sample \"user/nope.wav\": no such file in your library " + library);
    }

    @Test
    void refusesAFolder() {
        assertRefused("loops/drums", "sample \"loops/drums\": is a folder; expected a WAV file");
    }

    @Test
    void loadsAtTheRenderRateKeepingChannels() throws Exception {
        wav(samples, "loops/drums/48k.wav", 1, 48000, 48000);
        wav(samples, "loops/drums/44k.wav", 2, 44100, 100);
        AudioData resampled = store.load("loops/drums/48k.wav");
        assertEquals(44100, resampled.sampleRate());
        assertEquals(44100, resampled.frames());
        assertEquals(1, resampled.channelCount());
        AudioData same = store.load("loops/drums/44k.wav");
        assertEquals(2, same.channelCount());
        assertEquals(100, same.frames());
    }

    @Test
    void concurrentLoadsOfOneFileDecodeItOnce() throws Exception {
        wav(samples, "loops/drums/beat.wav", 2, 48000, 96000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<AudioData>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                jobs.add(() -> store.load("loops/drums/beat.wav"));
            }
            List<Future<AudioData>> results = pool.invokeAll(jobs);
            AudioData first = results.get(0).get();
            for (Future<AudioData> r : results) {
                assertSame(first, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDamagedFileIsRefusedAndTriedAgainOnceFixed() throws Exception {
        Path f = Files.write(samples.resolve("loops/drums/bad.wav"), new byte[0]);
        SampleException e = assertThrows(SampleException.class, () -> store.load("loops/drums/bad.wav"));
        assertTrue(e.getMessage().startsWith(f.toRealPath() + ": the file is empty"), e.getMessage());
        wav(samples, "loops/drums/bad.wav", 1, 44100, 5);
        assertEquals(5, store.load("loops/drums/bad.wav").frames());
    }

    private void assertRefused(String samplePath, String messageStart) {
        SampleException e = assertThrows(SampleException.class, () -> store.resolve(samplePath));
        assertTrue(e.getMessage().startsWith(messageStart), () -> "expected start: " + messageStart
                + "\n but was: " + e.getMessage());
    }
}
