package org.studiopaths.engine;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Output through Java Sound's default mixer. Asks for an explicit small buffer (Java Sound's default is
 * 500 ms) and reports what the device gave. Tries 16-bit little-endian, then big-endian. With no sound card
 * Java Sound throws {@link IllegalArgumentException}; that and a busy device become
 * {@link AudioUnavailableException}.
 */
public final class JavaSoundOutput implements AudioOutput {

    @Override
    public AudioLine open(int sampleRate, int bufferFrames) throws AudioUnavailableException {
        String lastProblem = "no audio output device was found";
        for (boolean bigEndian : new boolean[] {false, true}) {
            AudioFormat format = new AudioFormat(sampleRate, 16, 2, true, bigEndian);
            try {
                SourceDataLine line = AudioSystem.getSourceDataLine(format);
                line.open(format, bufferFrames * format.getFrameSize());
                return new JavaSoundLine(line, bigEndian);
            } catch (IllegalArgumentException e) {
                lastProblem = "no audio output device was found";
            } catch (LineUnavailableException e) {
                lastProblem = "the audio output is busy or refused the format (" + e.getMessage() + ")";
            } catch (SecurityException e) {
                lastProblem = "audio output is not allowed here";
            }
        }
        throw new AudioUnavailableException(lastProblem);
    }

    private static final class JavaSoundLine implements AudioLine {
        private final SourceDataLine line;
        private final boolean bigEndian;

        JavaSoundLine(SourceDataLine line, boolean bigEndian) {
            this.line = line;
            this.bigEndian = bigEndian;
        }

        @Override
        public int bufferFrames() {
            return line.getBufferSize() / 4;
        }

        @Override
        public int availableBytes() {
            return line.available();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (bigEndian) {
                // The player writes little-endian; swap in place (the buffer is the player's own scratch).
                for (int i = offset; i + 1 < offset + length; i += 2) {
                    byte b = bytes[i];
                    bytes[i] = bytes[i + 1];
                    bytes[i + 1] = b;
                }
            }
            line.write(bytes, offset, length);
        }

        @Override
        public void start() {
            line.start();
        }

        @Override
        public void stopAndFlush() {
            line.stop();
            line.flush();
        }

        @Override
        public void drain() {
            line.drain();
        }

        @Override
        public void close() {
            line.close();
        }
    }
}
