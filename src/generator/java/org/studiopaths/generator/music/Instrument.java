package org.studiopaths.generator.music;

/**
 * A General MIDI sound and its channel settings.
 *
 * @param bank    SoundFont bank (128 for drum kits)
 * @param program GM program number, 0-based (0 = Acoustic Grand Piano)
 * @param volume  channel volume (CC7), 0..127
 * @param reverb  reverb send (CC91), 0 for dry
 * @param chorus  chorus send (CC93)
 */
public record Instrument(int bank, int program, boolean drums, int volume, int reverb, int chorus) {

    public static Instrument melodic(int program) {
        return new Instrument(0, program, false, 100, 0, 0);
    }

    public static Instrument drumKit(int program) {
        return new Instrument(128, program, true, 100, 0, 0);
    }

    public Instrument volume(int cc7) {
        return new Instrument(bank, program, drums, cc7, reverb, chorus);
    }

    public Instrument reverb(int send) {
        return new Instrument(bank, program, drums, volume, send, chorus);
    }

    public Instrument chorus(int send) {
        return new Instrument(bank, program, drums, volume, reverb, send);
    }
}
