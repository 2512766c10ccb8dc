package org.studiopaths.engine;

/** Where the engine gets the audio of a clip's sample path. Implementations are thread-safe and cache. */
@FunctionalInterface
public interface SampleSource {
    LoadedSample load(String samplePath) throws RenderException;
}
