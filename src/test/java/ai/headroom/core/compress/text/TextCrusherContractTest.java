package ai.headroom.core.compress.text;

import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.CompressorContract;
import java.util.List;

class TextCrusherContractTest extends CompressorContract {

    @Override
    protected Compressor compressor() {
        return new TextCrusher();
    }

    @Override
    protected List<String> compressibleSamples() {
        return List.of(ProseFixtures.incidentPostmortem(), ProseFixtures.supportThread());
    }

    @Override
    protected String query() {
        return "why did payments fail";
    }
}
