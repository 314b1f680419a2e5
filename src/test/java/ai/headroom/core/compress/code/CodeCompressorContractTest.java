package ai.headroom.core.compress.code;

import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.CompressorContract;
import java.util.Arrays;
import java.util.List;

class CodeCompressorContractTest extends CompressorContract {

    @Override
    protected Compressor compressor() {
        return new CodeCompressor();
    }

    /** One generated service file per supported language; the compressor detects each language itself. */
    @Override
    protected List<String> compressibleSamples() {
        return Arrays.stream(CodeLanguage.values()).map(CodeSamples::source).toList();
    }
}
