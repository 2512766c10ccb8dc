package org.studiopaths.engine;

/** No audio output could be opened. The message says why, in one line, for a person. */
public class AudioUnavailableException extends Exception {
    public AudioUnavailableException(String oneLineMessage) {
        super(oneLineMessage);
    }
}
