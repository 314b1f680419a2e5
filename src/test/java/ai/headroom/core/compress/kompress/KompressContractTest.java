package ai.headroom.core.compress.kompress;

import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.CompressorContract;
import java.util.List;

/** Kompress with the tiny checked-in model passes the contract every compressor passes. */
class KompressContractTest extends CompressorContract {

    @Override
    protected Compressor compressor() {
        return new Kompress(TinyModel.get(), KompressSettings.DEFAULT);
    }

    @Override
    protected List<String> compressibleSamples() {
        return ProseSamples.all();
    }

    @Override
    protected String query() {
        return "why did the checkout payments fail?";
    }
}
