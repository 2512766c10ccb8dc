package org.studiopaths.engine;

/** An open stereo 16-bit output line: the seam between the player and Java Sound (and tests' fakes). */
public interface AudioLine extends AutoCloseable {

    /** The line's buffer in frames, as the device gave it. */
    int bufferFrames();

    /** Bytes that can be written without blocking. */
    int availableBytes();

    /** Writes whole frames; may block until the device has room. */
    void write(byte[] bytes, int offset, int length);

    void start();

    /** Stops and discards what is queued. */
    void stopAndFlush();

    /** Blocks until what is queued has been played. */
    void drain();

    @Override
    void close();
}
