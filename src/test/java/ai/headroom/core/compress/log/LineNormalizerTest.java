package ai.headroom.core.compress.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineNormalizerTest {

    @Test
    void linesDifferingOnlyInVolatileValuesShareATemplate() {
        String a = LineNormalizer.normalize(
                "2024-03-11T14:00:06.626Z WARN slow reply 3770 ms for req 123e4567-e89b-12d3-a456-426614174000 "
                        + "at 0x7f3a2c1b in /var/log/app/a.log");
        String b = LineNormalizer.normalize(
                "2024-03-12T09:59:01.001Z WARN slow reply 12 ms for req fedcbaab-abcd-efab-cdef-abcdefabcdef "
                        + "at 0xdeadbeef in /tmp/other/b.log");
        assertThat(a).isEqualTo(b).contains("<path>").doesNotContainPattern("[0-9]");
    }

    @Test
    void wordsAndSingleSlashesAreKept() {
        assertThat(LineNormalizer.normalize("retry  and/or   give up"))
                .isEqualTo("retry and/or give up");
    }

    @Test
    void differentMessagesKeepDifferentTemplates() {
        assertThat(LineNormalizer.normalize("ERROR payment failed for order 1"))
                .isNotEqualTo(LineNormalizer.normalize("ERROR refund failed for order 1"));
    }
}
