package org.studiopaths.cli;

import org.studiopaths.audio.AudioData;
import org.studiopaths.audio.AudioFileException;
import org.studiopaths.audio.WavReader;
import org.studiopaths.dsp.Analysis;
import org.studiopaths.dsp.AudioAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code analyze FILE.wav [--json]}: duration, peak, true peak, RMS, loudness, loudness range, octave bands. */
@Command(name = "analyze", description = "Measures a WAV file: levels, loudness (BS.1770-4 / EBU R 128) and octave bands.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.wav", description = "the WAV file to measure")
    Path file;

    @Option(names = "--json", description = "print the measurements as JSON")
    boolean json;

    @Override
    public Integer call() {
        AudioData audio;
        try {
            audio = WavReader.read(file);
        } catch (AudioFileException e) {
            throw new UserError(e.getMessage());
        }
        Analysis analysis = AudioAnalysis.analyze(audio.channels(), audio.sampleRate());
        spec.commandLine().getOut().println(json ? analysis.toJson() : analysis.toText());
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }
}
