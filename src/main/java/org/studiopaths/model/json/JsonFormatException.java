package org.studiopaths.model.json;

/** A file that is not what it should be. The message is one line: file, place, what is wrong, what is allowed. */
public class JsonFormatException extends Exception {
    public JsonFormatException(String oneLineMessage) {
        super(Json.oneLine(oneLineMessage));
    }
}
