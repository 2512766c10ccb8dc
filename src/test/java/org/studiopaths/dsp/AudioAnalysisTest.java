package org.studiopaths.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioAnalysisTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void stereoSineMeasuresAsExpected() {
        float[] x = TestSignals.fadeIn(TestSignals.sine(1000, -23, 10, 44_100, 0), 441);
        Analysis a = AudioAnalysis.analyze(new float[][] {x, x}, 44_100);
        assertEquals(10.0, a.durationSeconds(), 1e-9);
        assertEquals(44_100, a.sampleRate());
        assertEquals(2, a.channels());
        assertEquals(-23.0, a.peakDbfs(), 0.01);
        assertEquals(-23.0, a.truePeakDbtp(), 0.05);
        assertEquals(-26.01, a.rmsDbfs(), 0.01);
        assertEquals(-23.0, a.integratedLufs(), 0.1);
        assertEquals(0.0, a.loudnessRangeLu(), 0.1);
        assertEquals(10, a.bands().size());
        assertEquals(1000.0, a.bands().get(5).hz());
        assertEquals(-26.01, a.bands().get(5).db(), 0.1);
    }

    @Test
    void jsonHasTheSpecFieldsInOrder() throws Exception {
        float[] x = TestSignals.sine(1000, -23, 3, 48_000, 0);
        JsonNode json = MAPPER.readTree(AudioAnalysis.analyze(new float[][] {x}, 48_000).toJson());
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("durationSeconds", "sampleRate", "channels", "peakDbfs", "truePeakDbtp", "rmsDbfs",
                "integratedLufs", "loudnessRangeLu", "bands"), names);
        assertEquals(1, json.get("channels").asInt());
        assertEquals(-26.01, json.get("integratedLufs").asDouble(), 0.1);
        JsonNode bands = json.get("bands");
        assertEquals(10, bands.size());
        List<String> bandFields = new ArrayList<>();
        bands.get(0).fieldNames().forEachRemaining(bandFields::add);
        assertEquals(List.of("hz", "db"), bandFields);
        assertEquals(31.5, bands.get(0).get("hz").asDouble());
        assertTrue(bands.get(1).get("hz").isIntegralNumber(), "63 Hz is written as 63");
        assertEquals(16000, bands.get(9).get("hz").asInt());
    }

    @Test
    void silenceGivesNullLoudnessAndFiniteFloors() throws Exception {
        float[] x = new float[44_100 * 2];
        Analysis a = AudioAnalysis.analyze(new float[][] {x, x}, 44_100);
        assertNull(a.integratedLufs());
        assertEquals(MeterScale.FLOOR_DB, a.peakDbfs());
        assertEquals(MeterScale.FLOOR_DB, a.truePeakDbtp());
        assertEquals(MeterScale.FLOOR_DB, a.rmsDbfs());
        String json = a.toJson();
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
        JsonNode node = MAPPER.readTree(json);
        assertTrue(node.get("integratedLufs").isNull());
        assertEquals(-200, node.get("peakDbfs").asDouble());
        assertEquals(-200, node.get("bands").get(3).get("db").asDouble());
        assertTrue(a.toText().contains("below the -70 LUFS gate"), a.toText());
    }

    @Test
    void emptyAudioIsMeasurable() {
        Analysis a = AudioAnalysis.analyze(new float[][] {new float[0], new float[0]}, 44_100);
        assertEquals(0.0, a.durationSeconds());
        assertNull(a.integratedLufs());
        assertEquals(MeterScale.FLOOR_DB, a.rmsDbfs());
    }

    @Test
    void textSummarySaysTheMainFigures() {
        float[] x = TestSignals.sine(1000, -23, 5, 44_100, 0);
        String text = AudioAnalysis.analyze(new float[][] {x, x}, 44_100).toText();
        assertTrue(text.contains("5.000 s, 44100 Hz, 2 channels"), text);
        assertTrue(text.contains("-23.0 LUFS integrated"), text);
        assertTrue(text.contains("1k -26.0"), text);
        assertEquals(5, text.lines().count(), text);
    }

    @Test
    void moreThanTwoChannelsOrUnequalLengthsAreRefused() {
        float[] x = new float[10];
        assertThrows(IllegalArgumentException.class, () -> AudioAnalysis.analyze(new float[][] {x, x, x}, 44_100));
        assertThrows(IllegalArgumentException.class, () -> AudioAnalysis.analyze(new float[][] {x, new float[9]}, 44_100));
        assertThrows(IllegalArgumentException.class, () -> AudioAnalysis.analyze(new float[0][], 44_100));
    }
}
