package ai.headroom.bench;

import ai.headroom.core.compress.code.CodeLanguage;
import ai.headroom.core.compress.code.CodeSamples;
import ai.headroom.core.compress.diff.DiffFixtures;
import ai.headroom.core.compress.html.DocsPageFixture;
import ai.headroom.core.compress.json.JsonFixtures;
import ai.headroom.core.compress.log.LogFixtures;
import ai.headroom.core.compress.log.ToolLogFixtures;
import ai.headroom.core.compress.search.SearchFixtures;
import ai.headroom.core.compress.text.ProseFixtures;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real-looking inputs behind {@code bench/fixtures/}: every file there is written from these
 * generators (seeded, deterministic), and a test checks the checked-in files still match.
 */
public final class BenchFixtures {

    private BenchFixtures() {}

    /** File name → content, in a stable order. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("json-log-entries-one-fatal.json", JsonFixtures.logEntries());
        files.put("json-issues-page.json", JsonFixtures.issuesPage());
        files.put("json-orders.json", JsonFixtures.orders());
        files.put("json-metric-points.json", JsonFixtures.metricPoints());
        files.put("log-service-incident-2000-lines.log", LogFixtures.springBootIncident());
        files.put("log-pytest-3-failures.log", ToolLogFixtures.pytestRun());
        files.put("log-maven-build-failure.log", ToolLogFixtures.mavenBuildFailure());
        files.put("log-cargo-errors.log", ToolLogFixtures.cargoCompilerErrors());
        files.put("log-npm-install-failure.log", ToolLogFixtures.npmInstallFailure());
        files.put("search-grep-150-matches.txt", SearchFixtures.grepOverFortyFiles());
        files.put("search-ripgrep-heading-context.txt", SearchFixtures.ripgrepHeadingWithContext());
        files.put("diff-refactor-33-files.diff", DiffFixtures.refactorAcrossThirtyFiles());
        files.put("html-docs-page.html", DocsPageFixture.docsPage());
        files.put("text-incident-postmortem.md", ProseFixtures.incidentPostmortem());
        files.put("text-support-thread.txt", ProseFixtures.supportThread());
        files.put("code-service.py", CodeSamples.source(CodeLanguage.PYTHON));
        files.put("code-service.java", CodeSamples.source(CodeLanguage.JAVA));
        files.put("code-service.go", CodeSamples.source(CodeLanguage.GO));
        files.put("code-service.ts", CodeSamples.source(CodeLanguage.TYPESCRIPT));
        return files;
    }
}
