package org.studiopaths.exercise;

import java.util.Optional;

/** What the sample library says about a sample path, for criteria about categories, keys and tempo. */
public interface SampleFacts {

    /**
     * A loop's or stem's library facts.
     *
     * @param name the name the learner sees in the loop browser ("Drums main")
     * @param kit  the kit a loop belongs to ("house"), or null
     * @param key  such as "A minor"; null for unpitched material
     * @param bars the sample's length in bars, or NaN when not stated
     */
    record Facts(String name, String kit, String category, String key, double tempo, double bars) {
    }

    Optional<Facts> facts(String samplePath);
}
