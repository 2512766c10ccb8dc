package org.studiopaths.exercise.production;

import org.studiopaths.exercise.CriterionResult;
import org.studiopaths.exercise.CriterionSpec;
import org.studiopaths.model.Clip;
import org.studiopaths.model.json.JsonFormatException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code keys-agree}: pitched loops (those the library gives a key) fit together. With {@code key}, every
 * pitched loop is in that key or its relative major/minor; without it, no two pitched loops that play at the
 * same time clash. Unpitched loops (drums) never clash.
 */
public final class KeysAgree extends ProductionCriterion {

    private final MusicalKey key;

    KeysAgree(String id, MusicalKey key) {
        super(id);
        this.key = key;
    }

    public static KeysAgree parse(CriterionSpec spec) throws JsonFormatException {
        Optional<String> text = spec.optionalString("key");
        MusicalKey key = null;
        if (text.isPresent()) {
            key = MusicalKey.parse(text.get()).orElseThrow(() -> spec.error("key", "is \"" + text.get()
                    + "\"; allowed a key such as \"C major\", \"A minor\", \"F#m\" or \"Bb\""));
        }
        return new KeysAgree(spec.id(), key);
    }

    @Override
    public String goal() {
        return key == null ? "Loops that play together are in keys that fit"
                : "Every pitched loop fits the song's key of " + key;
    }

    @Override
    CriterionResult judge(Arrangement a) {
        return key == null ? judgeTogether(a) : judgeAgainstKey(a);
    }

    private CriterionResult judgeAgainstKey(Arrangement a) {
        Set<String> clashing = new LinkedHashSet<>();
        int pitched = 0;
        for (Clip c : a.heardClips()) {
            Optional<MusicalKey> k = a.key(c);
            if (k.isPresent()) {
                pitched++;
                if (!k.get().fits(key)) {
                    clashing.add(loopName(c) + " (" + k.get() + ")");
                }
            }
        }
        if (clashing.isEmpty()) {
            return pass(pitched == 0 ? "No pitched loops yet, so nothing clashes." : "Every pitched loop fits "
                    + key + ".");
        }
        return fail(1 - (double) countClips(a, clashing) / pitched, Words.capitalized(Words.and(new ArrayList<>(clashing)))
                + (clashing.size() == 1 ? " clashes" : " clash") + " with the song's key of " + key
                + ": swap " + (clashing.size() == 1 ? "it" : "them") + " for loops in " + key + " or " + key.relative()
                + ".");
    }

    private int countClips(Arrangement a, Set<String> clashing) {
        int n = 0;
        for (Clip c : a.heardClips()) {
            Optional<MusicalKey> k = a.key(c);
            if (k.isPresent() && clashing.contains(loopName(c) + " (" + k.get() + ")")) {
                n++;
            }
        }
        return n;
    }

    private CriterionResult judgeTogether(Arrangement a) {
        List<Clip> pitched = a.heardClips().stream().filter(c -> a.key(c).isPresent()).toList();
        int pairs = 0;
        Set<String> clashes = new LinkedHashSet<>();
        for (int i = 0; i < pitched.size(); i++) {
            for (int j = i + 1; j < pitched.size(); j++) {
                Clip x = pitched.get(i);
                Clip y = pitched.get(j);
                if (!x.overlaps(y.startBar(), y.endBar())) {
                    continue;
                }
                pairs++;
                MusicalKey kx = a.key(x).orElseThrow();
                MusicalKey ky = a.key(y).orElseThrow();
                if (!kx.fits(ky)) {
                    double from = Math.max(x.startBar(), y.startBar());
                    double to = Math.min(x.endBar(), y.endBar());
                    clashes.add(loopName(x) + " (" + kx + ") and " + loopName(y) + " (" + ky + ") clash in "
                            + new BarRange(from, to).describe());
                }
            }
        }
        if (clashes.isEmpty()) {
            return pass("The pitched loops that play together are in keys that fit.");
        }
        return fail(1 - (double) clashes.size() / pairs, Words.capitalized(String.join("; ", clashes))
                + ": swap one of each pair for a loop in the same key (or its relative major or minor).");
    }

    /** "bass-walk" for "loops/bass/bass-walk.wav": the name the learner sees in the browser. */
    static String loopName(Clip c) {
        String s = c.sample();
        String file = s.substring(s.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return "\"" + (dot > 0 ? file.substring(0, dot) : file) + "\"";
    }
}
