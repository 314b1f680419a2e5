package ai.headroom.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.content.RouterFixtures.Fixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContentRouterDetectionTest {

    private final ContentRouter router = new ContentRouter();

    static List<Fixture> fixtures() {
        return RouterFixtures.homogeneous();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureIsDetectedAsTheKindOfItsDirectory(Fixture fixture) {
        // when
        Detection detection = router.detect(fixture.text());

        // then
        assertThat(detection.kind()).as(fixture.name()).isEqualTo(fixture.kind());
        assertThat(detection.language()).as(fixture.name()).isEqualTo(fixture.language());
        assertThat(detection.confidence()).as(fixture.name()).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aHomogeneousFixtureSplitsIntoOneSection(Fixture fixture) {
        // when
        List<Section> sections = router.split(fixture.text());

        // then
        assertThat(sections).as(fixture.name()).hasSize(1);
        assertThat(sections.get(0).kind()).isEqualTo(fixture.kind());
    }

    @Test
    void confusionOverAllSamplesHasOnlyTheDiagonal() {
        // given
        Map<String, Integer> confusion = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<Fixture> samples = new ArrayList<>(fixtures());
        samples.addAll(InlineSamples.all());

        // when
        for (Fixture fixture : samples) {
            Detection d = router.detect(fixture.text());
            String expected = fixture.kind().label() + (fixture.language().isEmpty() ? "" : "/" + fixture.language());
            String actual = d.kind().label() + (d.language().isEmpty() ? "" : "/" + d.language());
            confusion.merge(expected + " -> " + actual, 1, Integer::sum);
            if (!expected.equals(actual)) {
                wrong.add(fixture.name() + ": " + expected + " detected as " + actual + " @" + d.confidence());
            }
        }

        // then
        System.out.println("ContentRouter confusion (expected -> detected: count) over " + samples.size() + " samples");
        confusion.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        assertThat(wrong).isEmpty();
    }

    @Test
    void inlineSamplesAreDetectedAsTheirKind() {
        for (Fixture sample : InlineSamples.all()) {
            Detection detection = router.detect(sample.text());
            assertThat(detection.kind()).as(sample.name()).isEqualTo(sample.kind());
            assertThat(detection.language()).as(sample.name()).isEqualTo(sample.language());
        }
    }

    @Test
    void detectionIsDeterministic() {
        for (Fixture fixture : fixtures()) {
            assertThat(router.detect(fixture.text())).isEqualTo(router.detect(fixture.text()));
        }
    }
}
