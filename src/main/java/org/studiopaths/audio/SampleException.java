package org.studiopaths.audio;

/** A sample that cannot be used: the path is refused, the file is missing or damaged. The message is one line. */
public class SampleException extends Exception {

    public SampleException(String oneLineMessage) {
        super(AudioFileException.oneLine(oneLineMessage));
    }

    public SampleException(String oneLineMessage, Throwable cause) {
        super(AudioFileException.oneLine(oneLineMessage), cause);
    }
}
