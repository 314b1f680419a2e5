package ai.headroom.core.compress.html;

import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.CompressorContract;
import java.util.List;

class HtmlExtractorContractTest extends CompressorContract {

    @Override
    protected Compressor compressor() {
        return new HtmlExtractor();
    }

    @Override
    protected List<String> compressibleSamples() {
        return List.of(DocsPageFixture.docsPage(), DocsPageFixture.divSoupPage());
    }

    @Override
    protected String query() {
        return "how do I size the connection pool";
    }
}
