package org.studiopaths.model.json;

/** The textual rules for a sample path in a project or exercise file. Resolution against a root is the audio layer's. */
public final class SamplePaths {

    private SamplePaths() {
    }

    /** Why this path is refused, or null when its form is fine. */
    public static String problem(String path) {
        if (path.isEmpty()) {
            return "empty; allowed a relative path inside the samples root, such as \"loops/drums/beat.wav\"";
        }
        if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*") || path.startsWith("~")) {
            return "an absolute or non-portable path; allowed a relative path with / separators inside the samples root";
        }
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                return "it contains \"..\"; allowed only paths inside the samples root";
            }
            if (part.isEmpty() || part.equals(".")) {
                return "it has an empty or \".\" part; allowed a plain relative path such as \"loops/drums/beat.wav\"";
            }
        }
        if (path.indexOf('\0') >= 0) {
            return "it contains a NUL character";
        }
        return null;
    }
}
