package org.studiopaths.generator.render;

import com.sun.media.sound.AudioSynthesizer;
import com.sun.media.sound.SoftSynthesizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Soundbank;
import javax.sound.sampled.AudioFormat;
import javax.sound.midi.MidiMessage;
import org.studiopaths.generator.music.Instrument;
import org.studiopaths.generator.music.NoteEvent;
import org.studiopaths.generator.music.Part;
import org.studiopaths.generator.music.Score;

/**
 * Renders a score offline through Java's software synthesizer with a SoundFont: every part on its own MIDI
 * channel, messages timestamped in microseconds of the stream, the stream read for a given number of frames.
 * A fresh synthesizer per render, so nothing (reverb, held notes) leaks from one render into the next.
 */
public final class GervillRenderer {

    public static final float RATE = 44_100f;
    private static final AudioFormat STEREO_FLOAT =
            new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, RATE, 32, 2, 8, RATE, false);
    // No automatic gain control: it would squash each render differently; levels are set afterwards, by us.
    private static final Map<String, Object> SETTINGS = Map.of(
            "interpolation", "sinc", "agc", false, "load default soundbank", false,
            "jitter correction", false, "max polyphony", 128, "reverb", true, "chorus", true);

    private final Soundbank soundbank;

    public GervillRenderer(Soundbank soundbank) {
        this.soundbank = soundbank;
    }

    /** One render per part, each mono and {@code frames} long (the parts are the stems of the score). */
    public List<float[]> renderParts(Score score, int frames) throws IOException {
        List<float[]> stems = new ArrayList<>();
        for (Part part : score.parts()) {
            stems.add(render(new Score(score.tempo(), score.beatsPerBar(), score.bars(), score.swing(), List.of(part)),
                    frames));
        }
        return stems;
    }

    /** The whole score mixed by the synthesizer, mono (left and right averaged), {@code frames} long. */
    public float[] render(Score score, int frames) throws IOException {
        AudioSynthesizer synth = new SoftSynthesizer();
        try (InputStream stream = synth.openStream(STEREO_FLOAT, SETTINGS)) {
            if (synth.getDefaultSoundbank() != null) {
                synth.unloadAllInstruments(synth.getDefaultSoundbank());
            }
            synth.loadAllInstruments(soundbank);
            send(score, synth.getReceiver());
            return readMono(stream, frames);
        } catch (MidiUnavailableException | InvalidMidiDataException e) {
            throw new IOException("the synthesizer refused the score: " + e.getMessage(), e);
        } finally {
            synth.close();
        }
    }

    private record Timed(long micros, int order, MidiMessage message) {
    }

    private static void send(Score score, Receiver receiver) throws InvalidMidiDataException {
        List<Timed> messages = new ArrayList<>();
        int melodicChannel = 0;
        for (Part part : score.parts()) {
            Instrument sound = part.instrument();
            int channel = sound.drums() ? 9 : melodicChannel++;
            if (melodicChannel == 9) {
                melodicChannel++;
            }
            messages.add(new Timed(0, 0, cc(channel, 0, sound.drums() ? 0 : sound.bank())));
            messages.add(new Timed(0, 0, new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, sound.program(), 0)));
            messages.add(new Timed(0, 0, cc(channel, 7, sound.volume())));
            messages.add(new Timed(0, 0, cc(channel, 10, 64)));
            messages.add(new Timed(0, 0, cc(channel, 91, sound.reverb())));
            messages.add(new Timed(0, 0, cc(channel, 93, sound.chorus())));
            for (NoteEvent note : part.notes()) {
                long on = micros(score.seconds(note.startBeat()));
                long off = micros(score.seconds(note.startBeat() + note.lengthBeats()));
                messages.add(new Timed(off, 1, new ShortMessage(ShortMessage.NOTE_OFF, channel, note.key(), 0)));
                messages.add(new Timed(on, 2, new ShortMessage(ShortMessage.NOTE_ON, channel, note.key(), note.velocity())));
            }
        }
        // In time order; at one instant, settings first, then note-offs before note-ons so a repeated key restrikes.
        messages.sort(Comparator.comparingLong(Timed::micros).thenComparingInt(Timed::order));
        for (Timed t : messages) {
            receiver.send(t.message, t.micros);
        }
    }

    private static ShortMessage cc(int channel, int controller, int value) throws InvalidMidiDataException {
        return new ShortMessage(ShortMessage.CONTROL_CHANGE, channel, controller, value);
    }

    private static long micros(double seconds) {
        return Math.round(seconds * 1_000_000);
    }

    private static float[] readMono(InputStream stream, int frames) throws IOException {
        byte[] bytes = stream.readNBytes(frames * STEREO_FLOAT.getFrameSize());
        if (bytes.length != frames * STEREO_FLOAT.getFrameSize()) {
            throw new IOException("the synthesizer stream ended early");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] mono = new float[frames];
        for (int i = 0; i < frames; i++) {
            mono[i] = (buffer.getFloat() + buffer.getFloat()) * 0.5f;
        }
        return mono;
    }
}
