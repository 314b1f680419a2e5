package ai.headroom.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.builtIn();

    @Test
    void theBuiltInTableStatesItsDateAndCoversEveryProviderFamily() {
        assertThat(catalog.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(catalog.all()).extracting(ModelInfo::provider)
                .contains("anthropic", "openai", "google", "meta", "qwen", "deepseek", "mistral");
    }

    @ParameterizedTest
    @CsvSource({
        "claude-sonnet-4-5, claude-sonnet-4-5",
        "claude-sonnet-4-5-20250929, claude-sonnet-4-5",
        "claude-sonnet-4-20250514, claude-sonnet-4",
        "claude-opus-4-1-20250805, claude-opus-4-1",
        "anthropic/claude-sonnet-4.5, claude-sonnet-4-5",
        "us.anthropic.claude-3-7-sonnet-20250219-v1:0, claude-3-7-sonnet",
        "anthropic.claude-haiku-4-5-20251001-v1:0, claude-haiku-4-5",
        "claude-3-5-haiku@20241022, claude-3-5-haiku",
        "claude-3-5-haiku-latest, claude-3-5-haiku",
        "gpt-4o-mini-2024-07-18, gpt-4o-mini",
        "gpt-4o-2024-08-06, gpt-4o",
        "openai/gpt-4.1-nano, gpt-4.1-nano",
        "GPT-5-Mini, gpt-5-mini",
        "o4-mini-2025-04-16, o4-mini",
        "o3, o3",
        "models/gemini-2.5-flash-preview-09-2025, gemini-2.5-flash",
        "meta-llama/Llama-3.3-70B-Instruct-Turbo, llama-3.3-70b",
        "meta.llama3-1-70b-instruct-v1:0, llama-3.1-70b",
        "llama3.1:8b, llama-3.1-8b",
        "deepseek/deepseek-r1, deepseek-reasoner",
    })
    void aModelIdInAnyCommonSpellingFindsItsEntry(String id, String expected) {
        assertThat(catalog.find(id)).map(ModelInfo::name).hasValue(expected);
    }

    @Test
    void unknownModelsAndPrefixesThatStopMidWordFindNothing() {
        assertThat(catalog.find("my-private-model")).isEmpty();
        assertThat(catalog.find("o3x")).isEmpty();
        assertThat(catalog.find("")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void theInputBudgetReservesTheRequestedOutputOrTheModelsMaximum() {
        ModelInfo sonnet = catalog.find("claude-sonnet-4-5").orElseThrow();
        assertThat(sonnet.inputBudget(32_000)).isEqualTo(sonnet.contextWindow() - 32_000);
        assertThat(sonnet.inputBudget(0)).isEqualTo(sonnet.contextWindow() - sonnet.maxOutput());
    }

    @Test
    void costAddsEachKindOfTokenAtItsPrice() {
        ModelInfo m = new ModelInfo("m", "p", 1000, 100, 3.0, 15.0, 0.3, 3.75, java.util.List.of());
        assertThat(m.cost(1_000_000, 100_000, 2_000_000, 0)).isEqualTo(3.0 + 1.5 + 0.6);
    }

    @Test
    void aUserFileAddsModelsAndReplacesBuiltInOnes(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("models.json");
        Files.writeString(extra, """
                {"as_of": "2030-01-01", "models": {
                  "gpt-4o": {"provider": "azure", "context_window": 64000, "max_output": 4000, "input": 1, "output": 2},
                  "acme-coder": {"provider": "acme", "context_window": 32000, "max_output": 8000, "input": 0.5, "output": 1.5,
                                 "aliases": ["acme/coder"]}
                }}
                """);

        ModelCatalog merged = ModelCatalog.load(extra);

        assertThat(merged.asOf()).isEqualTo("2030-01-01");
        assertThat(merged.find("gpt-4o-2024-08-06").orElseThrow().provider()).isEqualTo("azure");
        assertThat(merged.find("gpt-4o").orElseThrow().cacheRead()).isEqualTo(1.0);
        assertThat(merged.find("acme-coder-v2").orElseThrow().contextWindow()).isEqualTo(32_000);
        assertThat(merged.find("claude-opus-4-5")).isPresent();
        assertThat(catalog.find("acme-coder")).isEmpty();
    }

    @Test
    void brokenJsonIsReportedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("bad.json");
        Files.writeString(extra, "{\"models\": {\n  \"a\": {\"provider\": \"x\",\n  \"context_window\": 10,, }\n}}");

        assertThatThrownBy(() -> ModelCatalog.load(extra))
                .isInstanceOf(ModelCatalogException.class)
                .hasMessageStartingWith(extra + ":3: not valid JSON")
                .satisfies(e -> assertThat(((ModelCatalogException) e).line()).isEqualTo(3));
    }

    @Test
    void anEntryMissingAFieldIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("missing.json");
        Files.writeString(extra, "{\"models\": {\n\n  \"a\": {\"provider\": \"x\", \"context_window\": 10}\n}}");

        assertThatThrownBy(() -> ModelCatalog.load(extra))
                .isInstanceOf(ModelCatalogException.class)
                .hasMessage(extra + ":3: model \"a\" lacks \"max_output\"");
    }

    @Test
    void anImpossibleLimitIsReportedWithTheReason(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("limits.json");
        Files.writeString(extra, "{\"models\": {\"a\": {\"provider\": \"x\", \"context_window\": 10,"
                + " \"max_output\": 20, \"input\": 1, \"output\": 1}}}");

        assertThatThrownBy(() -> ModelCatalog.load(extra))
                .hasMessageContaining(":1: model \"a\": max_output must be within 1..10");
    }

    @Test
    void aMissingFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelCatalog.load(dir.resolve("nope.json")))
                .isInstanceOf(ModelCatalogException.class).hasMessageContaining("nope.json").hasMessageContaining("cannot read");
    }
}
