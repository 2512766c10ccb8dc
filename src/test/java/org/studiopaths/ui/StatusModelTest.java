package org.studiopaths.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusModelTest {

    @Test
    void problemsFoundAtStartAreAllNamedWhileSayReplaces() {
        StatusModel status = new StatusModel();
        status.say("library.json:3:9: [0].tempo is 0; allowed 20 to 300");
        status.addProblem("settings.json:1:1: broken JSON; the defaults are used");
        status.addProblem("");
        assertEquals("library.json:3:9: [0].tempo is 0; allowed 20 to 300; "
                + "settings.json:1:1: broken JSON; the defaults are used", status.messageProperty().get());
        status.say("Saved song.json");
        assertEquals("Saved song.json", status.messageProperty().get());
    }
}
