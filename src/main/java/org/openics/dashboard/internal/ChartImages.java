package org.openics.dashboard.internal;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * A chart's SVG as a PNG picture (Apache Batik), at twice the SVG's size so it stays sharp on a slide. The
 * SVG is the one the page inlines, so the picture shows exactly what the page does.
 */
final class ChartImages {

    static final float SCALE = 2f;

    private ChartImages() {}

    static byte[] png(String svg, double width) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (width * SCALE));
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            TranscoderInput input = new TranscoderInput(new StringReader(svg));
            input.setURI("about:chart.svg");
            transcoder.transcode(input, new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("The chart could not be drawn as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The width the SVG declares ({@code width="720"}), or 720. */
    static double width(String svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)\"")
                .matcher(svg);
        return m.find() ? Double.parseDouble(m.group(1)) : 720;
    }
}
