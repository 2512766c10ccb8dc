package org.studiopaths.ui.shortcuts;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's "Keys" table lists exactly the keys of {@link Shortcuts#ALL}, in the same order and words. */
class ShortcutsReadmeTest {

    @Test
    void readmeKeysMatchTheApp() throws Exception {
        Path readme = Path.of(System.getProperty("studiopaths.root", ".")).resolve("README.md");
        List<String> lines = Files.readAllLines(readme);
        int start = lines.indexOf("## Keys");
        List<String> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String l = lines.get(i);
            if (l.startsWith("| ") && !l.startsWith("| key ")) {
                rows.add(l);
            }
        }
        List<String> expected = new ArrayList<>();
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            expected.add("| " + s.keys() + " | " + s.action() + " |");
        }
        assertEquals(String.join("\n", expected), String.join("\n", rows), "README.md section \"## Keys\"");
    }
}
