package org.studiopaths.reliability;

import org.junit.jupiter.api.Test;
import org.studiopaths.audio.AudioData;
import org.studiopaths.engine.AudioLine;
import org.studiopaths.engine.AudioOutput;
import org.studiopaths.engine.AudioUnavailableException;
import org.studiopaths.engine.LiveEngine;
import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.PlanCompiler;
import org.studiopaths.engine.Player;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No device, a busy one, one lost while playing, and a stalled editing thread, with fake outputs. */
class AudioFaultTest {

    /** A 10-bar song of one sine loop, so playback runs long enough for every test here. */
    static final Project SONG = Project.empty("song", 120).addTrack(Track.named("Sine")
            .addClip(Clip.of("sine.wav", 1, 10).withLoop(true)));

    static PlanCompiler compiler() {
        float[] sine = new float[AudioData.RENDER_RATE * 2];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (float) (0.25 * Math.sin(2 * Math.PI * 440 * i / AudioData.RENDER_RATE));
        }
        return new PlanCompiler(path -> new LoadedSample(new AudioData(new float[][] {sine}, AudioData.RENDER_RATE),
                Double.NaN), (mono, rate, target) -> mono);
    }

    /** A line that takes everything at once; can be told to fail like an unplugged device. */
    static final class FakeLine implements AudioLine {
        volatile boolean unplugged;
        volatile boolean closed;
        final AtomicInteger bytes = new AtomicInteger();

        @Override public int bufferFrames() { return 2048; }
        @Override public int availableBytes() { return 2048 * 4; }
        @Override public void write(byte[] b, int off, int len) {
            if (unplugged) {
                throw new IllegalStateException("device unplugged");
            }
            bytes.addAndGet(len);
            Thread.onSpinWait();
        }
        @Override public void start() { }
        @Override public void stopAndFlush() { }
        @Override public void drain() { }
        @Override public void close() { closed = true; }
    }

    /** Hands out a new line on each open, as a device that came back would. */
    static final class FakeOutput implements AudioOutput {
        final List<FakeLine> opened = new ArrayList<>();

        @Override public synchronized AudioLine open(int rate, int frames) {
            FakeLine l = new FakeLine();
            opened.add(l);
            return l;
        }

        synchronized FakeLine last() {
            return opened.get(opened.size() - 1);
        }
    }

    @Test
    void noSoundCardOrABusyDeviceLeavesPlaybackOffAndSaysWhy() throws Exception {
        for (String why : new String[] {"no audio output device was found",
                "the audio output is busy or refused the format (Device or resource busy)"}) {
            try (LiveEngine engine = new LiveEngine(compiler(), (rate, frames) -> {
                throw new AudioUnavailableException(why);
            })) {
                engine.setProjectNow(SONG);
                assertFalse(engine.play());
                assertEquals("No audio output: " + why + ". Playback is off; everything else works.",
                        engine.playbackProblem());
                assertFalse(engine.player().isPlaying());
                assertEquals(SONG.tracks().size(), engine.currentPlan().tracks().length, "rendering still works");
            }
        }
    }

    @Test
    void aDeviceLostWhilePlayingStopsTheTransportAndPlayStartsAgainOnANewLine() throws Exception {
        FakeOutput output = new FakeOutput();
        try (LiveEngine engine = new LiveEngine(compiler(), output)) {
            engine.setProjectNow(SONG);
            assertTrue(engine.play());
            FakeLine first = output.last();
            waitFor(() -> first.bytes.get() > 0);
            first.unplugged = true;
            waitFor(() -> !engine.player().isPlaying());
            assertEquals("The audio output stopped working: device unplugged; press Play to try again", engine.playbackProblem());
            assertTrue(first.closed, "the lost line is closed");

            assertTrue(engine.play(), "play again, without restarting the app");
            FakeLine second = output.last();
            assertEquals(2, output.opened.size(), "a new line was opened");
            waitFor(() -> second.bytes.get() > 4096);
            assertNull(engine.playbackProblem(), "the old fault is forgotten");
            assertTrue(engine.player().isPlaying());
        }
    }

    /**
     * A line that plays in real time: it holds {@code bufferFrames} and drains at the sample rate, so a player that
     * falls behind empties it (an underrun the player counts).
     */
    static final class RealTimeLine implements AudioLine {
        private final int capacity = 8192 * 4;
        private long written;
        private long startNanos = -1;

        private synchronized long queued() {
            long played = startNanos < 0 ? 0
                    : (System.nanoTime() - startNanos) * AudioData.RENDER_RATE / 1_000_000_000L * 4;
            return Math.max(0, written - played);
        }

        @Override public int bufferFrames() { return capacity / 4; }
        @Override public int availableBytes() { return (int) (capacity - queued()); }
        @Override public void write(byte[] b, int off, int len) {
            while (availableBytes() < len) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            synchronized (this) {
                if (startNanos >= 0 && written < (System.nanoTime() - startNanos) * AudioData.RENDER_RATE
                        / 1_000_000_000L * 4) {
                    // It ran dry: playback resumes from now, as a device does after an underrun.
                    written = (System.nanoTime() - startNanos) * AudioData.RENDER_RATE / 1_000_000_000L * 4;
                }
                written += len;
            }
        }
        @Override public synchronized void start() { startNanos = System.nanoTime(); }
        @Override public void stopAndFlush() { }
        @Override public void drain() { }
        @Override public void close() { }
    }

    @Test
    void aStalledEditingThreadCausesNoUnderrun() throws Exception {
        RealTimeLine line = new RealTimeLine();
        PlanCompiler plain = compiler();
        // Compiling an edit that names slow.wav takes 500 ms, as loading a big sample from a slow disk would.
        PlanCompiler compiler = new PlanCompiler(path -> {
            if (path.equals("slow.wav")) {
                sleep(500);
            }
            return new LoadedSample(new AudioData(new float[][] {new float[44100]}, AudioData.RENDER_RATE), Double.NaN);
        }, (mono, rate, target) -> mono);
        try (LiveEngine engine = new LiveEngine(compiler, (rate, frames) -> line)) {
            engine.player().setPlan(plain.compile(SONG));
            Player player = engine.player();
            assertTrue(engine.play());
            waitFor(() -> player.positionFrame() > 8192);
            long before = player.positionFrame();
            // The editing thread makes an edit whose compile stalls, then stalls itself holding the player's lock.
            engine.setProject(SONG.addTrack(Track.named("Slow").addClip(Clip.of("slow.wav", 1, 1))));
            synchronized (player) {
                sleep(500);
            }
            long during = player.positionFrame() - before;
            assertEquals(0, player.underruns(), "no underrun while the editing thread stalled");
            assertTrue(during > AudioData.RENDER_RATE * 0.4, "playback went on: " + during + " frames in 500 ms");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting after 10 s");
            }
            Thread.sleep(2);
        }
    }
}
