package org.studiopaths.ui;

import org.studiopaths.engine.LoadedSample;
import org.studiopaths.engine.RenderException;
import org.studiopaths.engine.SampleSource;

/**
 * The sample source used when the app is started without one: every load is refused with one line naming the
 * sample, so screens, the journal and the comparison work while projects cannot be heard.
 */
final class MissingSampleLibrary implements SampleSource {

    @Override
    public LoadedSample load(String samplePath) throws RenderException {
        throw new RenderException("cannot play \"" + samplePath + "\": this build has no sample library");
    }
}
