package org.studiopaths.dsp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What {@code analyze} reports about a piece of audio; the fields and their order are those of
 * {@code analyze --json} in spec/cli.md.
 *
 * <p>Levels are finite: silence reads {@link MeterScale#FLOOR_DB} (-200) wherever a level would be
 * negative infinity (peak, true peak, RMS, band levels), and is written as -200 in JSON too. Only
 * {@code integratedLufs} can be null: when the whole signal is below the absolute gate of -70 LUFS.
 *
 * @param durationSeconds length in seconds
 * @param peakDbfs largest absolute sample, dBFS
 * @param truePeakDbtp largest absolute value of the 4× oversampled signal, dBTP
 * @param rmsDbfs mean square over all samples of all channels, dB (a full-scale sine reads -3.01)
 * @param integratedLufs BS.1770-4 / R 128 integrated loudness, or null below the gate
 * @param loudnessRangeLu EBU Tech 3342 loudness range; 0 when too short or too quiet
 * @param bands the ten octave bands of {@link OctaveBands}, lowest first
 */
public record Analysis(double durationSeconds, int sampleRate, int channels, double peakDbfs,
        double truePeakDbtp, double rmsDbfs, Double integratedLufs, double loudnessRangeLu, List<Band> bands) {

    /** One octave band: its nominal centre and its level in dB (see {@link OctaveBands}). */
    public record Band(double hz, double db) {
    }

    public Analysis {
        bands = List.copyOf(bands);
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** One JSON object, fields in the order of spec/cli.md; levels rounded to 0.01, duration to 0.001. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("durationSeconds");
            g.writeNumber(round(durationSeconds, 3));
            g.writeNumberField("sampleRate", sampleRate);
            g.writeNumberField("channels", channels);
            g.writeFieldName("peakDbfs");
            g.writeNumber(round(peakDbfs, 2));
            g.writeFieldName("truePeakDbtp");
            g.writeNumber(round(truePeakDbtp, 2));
            g.writeFieldName("rmsDbfs");
            g.writeNumber(round(rmsDbfs, 2));
            g.writeFieldName("integratedLufs");
            if (integratedLufs == null) {
                g.writeNull();
            } else {
                g.writeNumber(round(integratedLufs, 2));
            }
            g.writeFieldName("loudnessRangeLu");
            g.writeNumber(round(loudnessRangeLu, 2));
            g.writeArrayFieldStart("bands");
            for (Band band : bands) {
                g.writeStartObject();
                g.writeFieldName("hz");
                g.writeNumber(round(band.hz(), 1));
                g.writeFieldName("db");
                g.writeNumber(round(band.db(), 2));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Rounded, with no trailing zeros, so 63 Hz is written 63 and -3.50 dB is written -3.5. */
    private static BigDecimal round(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A short summary for people, several lines, each ending in a line break. */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Duration   %.3f s, %d Hz, %s%n", durationSeconds, sampleRate,
                channels == 1 ? "mono" : channels + " channels"));
        s.append(String.format(Locale.ROOT, "Peak       %s dBFS sample, %s dBTP true peak%n",
                level(peakDbfs), level(truePeakDbtp)));
        s.append(String.format(Locale.ROOT, "RMS        %s dBFS%n", level(rmsDbfs)));
        s.append(String.format(Locale.ROOT, "Loudness   %s, range %.1f LU%n",
                integratedLufs == null ? "below the -70 LUFS gate" : String.format(Locale.ROOT, "%.1f LUFS integrated", integratedLufs),
                loudnessRangeLu));
        s.append("Octaves   ");
        for (Band band : bands) {
            String hz = band.hz() >= 1000 ? round(band.hz() / 1000, 1).toPlainString() + "k" : round(band.hz(), 1).toPlainString();
            s.append(' ').append(hz).append(' ').append(level(band.db()));
        }
        s.append(String.format("%n"));
        return s.toString();
    }

    private static String level(double db) {
        return db <= MeterScale.FLOOR_DB ? "-inf" : String.format(Locale.ROOT, "%.1f", db);
    }
}
