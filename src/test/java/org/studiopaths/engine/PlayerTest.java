package org.studiopaths.engine;

import org.junit.jupiter.api.Test;
import org.studiopaths.model.Clip;
import org.studiopaths.model.Project;
import org.studiopaths.model.Track;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The player against a fake line: what it writes is the offline render, to the bit. */
class PlayerTest {

    /** A line that never blocks and records everything written. */
    static final class RecordingLine implements AudioLine {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        volatile boolean failNextWrite;

        @Override public int bufferFrames() { return 2048; }
        @Override public int availableBytes() { return 2048 * 4; }
        @Override public synchronized void write(byte[] b, int off, int len) {
            if (failNextWrite) {
                throw new IllegalStateException("device unplugged");
            }
            written.write(b, off, len);
        }
        @Override public void start() { }
        @Override public void stopAndFlush() { }
        @Override public void drain() { }
        @Override public void close() { }
        synchronized byte[] bytes() { return written.toByteArray(); }
    }

    private final FakeSamples samples = new FakeSamples().put("sine.wav", FakeSamples.sine(440, 0.5, 30_000));
    private final Project project = Project.empty("t", 100).addTrack(Track.named("T").withPan(0.3)
            .addClip(Clip.of("sine.wav", 1, 1)));

    @Test
    void playbackWritesExactlyTheOfflineRender() throws Exception {
        RenderPlan plan = FakeSamples.compiler(samples).compile(project);
        RecordingLine line = new RecordingLine();
        try (Player player = new Player((rate, frames) -> line)) {
            player.setPlan(plan);
            player.play();
            waitUntilStopped(player);
            assertEquals(plan.totalFrames(), player.positionFrame(), "stopped at the end of the song");
        }
        float[][] offline = OfflineRenderer.render(plan);
        byte[] expected = new byte[offline[0].length * 4];
        org.studiopaths.audio.Pcm.encode16LE(offline[0], offline[1], offline[0].length, expected);
        assertArrayEquals(expected, line.bytes());
    }

    @Test
    void playPressedBeforeTheFirstPlanWaitsForItInsteadOfStopping() throws Exception {
        RenderPlan plan = FakeSamples.compiler(samples).compile(project);
        RecordingLine line = new RecordingLine();
        try (Player player = new Player((rate, frames) -> line)) {
            player.play();
            Thread.sleep(50);
            assertTrue(player.isPlaying(), "still playing while the song is being compiled");
            player.setPlan(plan);
            waitUntilStopped(player);
        }
        float[][] offline = OfflineRenderer.render(plan);
        byte[] expected = new byte[offline[0].length * 4];
        org.studiopaths.audio.Pcm.encode16LE(offline[0], offline[1], offline[0].length, expected);
        assertArrayEquals(expected, line.bytes(), "the whole song, from its start");
    }

    @Test
    void loopRangeRepeatsUntilStopped() throws Exception {
        RenderPlan plan = FakeSamples.compiler(samples).compile(project);
        RecordingLine line = new RecordingLine();
        try (Player player = new Player((rate, frames) -> line)) {
            player.setPlan(plan);
            player.setLoop(new Player.LoopRange(1000, 2000));
            player.seek(1000);
            player.play();
            while (line.bytes().length < 10_000 * 4) {
                Thread.sleep(5);
            }
            player.stop();
            assertTrue(player.positionFrame() >= 1000 && player.positionFrame() <= 2000);
        }
        byte[] all = line.bytes();
        // The second pass of the loop is the same audio as the first.
        for (int i = 0; i < 1000 * 4; i++) {
            assertEquals(all[i], all[1000 * 4 + i], "byte " + i);
        }
    }

    @Test
    void aLostDeviceStopsTheTransportAndSaysWhy() throws Exception {
        RenderPlan plan = FakeSamples.compiler(samples).compile(project);
        RecordingLine line = new RecordingLine();
        line.failNextWrite = true;
        try (Player player = new Player((rate, frames) -> line)) {
            player.setPlan(plan);
            player.play();
            waitUntilStopped(player);
            assertFalse(player.isPlaying());
            assertEquals("The audio output stopped working: device unplugged; press Play to try again", player.fault());
        }
    }

    @Test
    void noDeviceIsReportedNotThrownAsACrash() {
        Player player = new Player((rate, frames) -> {
            throw new AudioUnavailableException("no audio output device was found");
        });
        player.setPlan(RenderPlan.silent(project, 44_100));
        AudioUnavailableException e = assertThrows(AudioUnavailableException.class, player::play);
        assertEquals("no audio output device was found", e.getMessage());
        assertFalse(player.isPlaying());
        player.close();
    }

    private static void waitUntilStopped(Player player) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (player.isPlaying() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertFalse(player.isPlaying(), "playback ended by itself");
    }
}
