package org.studiopaths.ui.arrange;

import org.studiopaths.audio.importing.LoopFacts;

import java.nio.file.Path;

/**
 * Keeps a loop the user imports: the app copies it into the user's library and describes it in its catalogue;
 * tests supply their own.
 */
@FunctionalInterface
public interface LoopImporter {

    /**
     * @return the loop as the browser shows it from now on
     * @throws Exception with a one-line message when it could not be kept
     */
    LoopInfo keep(Path wav, LoopFacts facts) throws Exception;
}
