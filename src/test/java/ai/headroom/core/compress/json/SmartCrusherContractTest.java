package ai.headroom.core.compress.json;

import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.CompressorContract;
import java.util.List;

class SmartCrusherContractTest extends CompressorContract {

    @Override
    protected Compressor compressor() {
        return new SmartCrusher();
    }

    @Override
    protected List<String> compressibleSamples() {
        return List.of(JsonFixtures.logEntries(), JsonFixtures.issuesPage(), JsonFixtures.filePaths(),
                JsonFixtures.metricPoints(), JsonFixtures.orders());
    }

    @Override
    protected String query() {
        return "Why was order ORD-20417 refunded?";
    }
}
