package ai.headroom.core.compress.log;

import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.CompressorContract;
import java.util.List;

/** The shared compressor contract, run on a service log and four build/test tool logs. */
class LogCompressorContractTest extends CompressorContract {

    @Override
    protected Compressor compressor() {
        return new LogCompressor();
    }

    @Override
    protected List<String> compressibleSamples() {
        return List.of(
                LogFixtures.springBootIncident(),
                ToolLogFixtures.pytestRun(),
                ToolLogFixtures.mavenBuildFailure(),
                ToolLogFixtures.cargoCompilerErrors(),
                ToolLogFixtures.npmInstallFailure());
    }

    @Override
    protected String query() {
        return "why is the orders database connection refused?";
    }
}
