package org.studiopaths.exercise;

import java.util.Optional;

/** What the sample library says about a sample path, for criteria about categories, keys and tempo. */
public interface SampleFacts {

    /** A loop's or stem's library facts. */
    record Facts(String category, String key, double tempo, double bars) {
    }

    Optional<Facts> facts(String samplePath);
}
