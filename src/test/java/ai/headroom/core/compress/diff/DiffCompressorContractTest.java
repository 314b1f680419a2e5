package ai.headroom.core.compress.diff;

import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.CompressorContract;
import java.util.List;

class DiffCompressorContractTest extends CompressorContract {

    @Override
    protected Compressor compressor() {
        return new DiffCompressor();
    }

    @Override
    protected List<String> compressibleSamples() {
        return List.of(DiffFixtures.refactorAcrossThirtyFiles(), DiffSamples.mergeWithCombinedHunks(),
                DiffSamples.gitShowWithBinaryPatch());
    }

    @Override
    protected String query() {
        return "why does token validation fail?";
    }
}
