package org.studiopaths.audio;

/**
 * An audio file that cannot be used. The message is one line: the file, what is wrong with it and what to do,
 * e.g. {@code x.wav: the data chunk says 4294967295 bytes but only 1200 follow; the file is cut short or was
 * written as a stream: export it again}.
 */
public class AudioFileException extends Exception {

    public AudioFileException(String oneLineMessage) {
        super(oneLine(oneLineMessage));
    }

    public AudioFileException(String oneLineMessage, Throwable cause) {
        super(oneLine(oneLineMessage), cause);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
