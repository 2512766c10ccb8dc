package org.studiopaths.exercise;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Teachers write exercises from exercises/README.md: every goal type the registry knows is documented there. */
class ExercisesReadmeTest {

    @Test
    void everyRegisteredTypeHasItsOwnSection() throws Exception {
        String readme = Files.readString(Path.of("exercises/README.md"));
        Matcher m = Pattern.compile("(?m)^### `([a-z0-9-]+)`$").matcher(readme);
        Set<String> documented = new TreeSet<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(CriterionTypes.names(), documented);
    }
}
