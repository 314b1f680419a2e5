package ai.headroom.core.compress.search;

import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.CompressorContract;
import java.util.List;

class SearchCompressorContractTest extends CompressorContract {

    @Override
    protected Compressor compressor() {
        return new SearchCompressor();
    }

    @Override
    protected List<String> compressibleSamples() {
        return List.of(SearchFixtures.grepOverFortyFiles(), SearchFixtures.ripgrepHeadingWithContext(),
                SearchFixtures.windowsPathsWithColumns());
    }

    @Override
    protected String query() {
        return "where do we refund a payment?";
    }
}
