package org.studiopaths.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiopaths.model.json.JsonFormatException;
import org.studiopaths.model.json.ProjectFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each kind of damage to a project file on disk gives one line naming the file, the place and the fix. */
class DamagedProjectFileTest {

    @Test
    void eachDamageIsOneLineNamingFilePlaceAndFix(@TempDir Path dir) throws Exception {
        String good = "{\"format\":\"studio-paths.project/1\",\"tempo\":100,\"tracks\":[]}";
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put("empty.json", new byte[0]);
        damaged.put("cut.json", good.substring(0, 30).getBytes());
        damaged.put("latin1.json", new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        damaged.put("nul.json", new byte[64]);
        damaged.put("tempo.json", good.replace("100", "1e309").getBytes());
        Map<String, String> expected = Map.of(
                "latin1.json", ":1:1: is not UTF-8 text; save it as UTF-8 JSON",
                "tempo.json", ":1:44: tempo is 1e309; expected a finite number");
        for (Map.Entry<String, byte[]> e : damaged.entrySet()) {
            Path f = Files.write(dir.resolve(e.getKey()), e.getValue());
            String m = assertThrows(JsonFormatException.class, () -> ProjectFiles.read(f)).getMessage();
            assertEquals(1, m.lines().count(), m);
            assertEquals(true, m.startsWith(f + ":") || m.startsWith(f + " "), e.getKey() + ": " + m);
            if (expected.containsKey(e.getKey())) {
                assertEquals(true, m.startsWith(f + expected.get(e.getKey())), m);
            }
        }
        assertEquals(dir.resolve("gone.json") + ": no such file",
                assertThrows(JsonFormatException.class, () -> ProjectFiles.read(dir.resolve("gone.json"))).getMessage());
        assertEquals(dir + ": is a folder; expected a JSON file",
                assertThrows(JsonFormatException.class, () -> ProjectFiles.read(dir)).getMessage());
    }
}
