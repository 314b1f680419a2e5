package ai.headroom.core.compress.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineClassifierTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-11 14:02:30.794 ERROR 4711 --- [main] c.a.Foo : payment failed",
        "FATAL: database system is shutting down",
        "level=error msg=\"dial tcp 10.0.0.3:5432: connect: connection refused\"",
        "{\"ts\":\"2024-03-11\",\"level\":\"error\",\"msg\":\"boom\"}",
        "java.lang.IllegalStateException: no session",
        "Caused by: java.net.ConnectException: Connection refused",
        "Traceback (most recent call last):",
        "ValueError: invalid literal for int() with base 10: 'x'",
        "panic: runtime error: index out of range [3] with length 3",
        "error[E0308]: mismatched types",
        "src/main.c:12:5: error: expected ';' before '}' token",
        "npm ERR! code ERESOLVE",
        "[INFO] BUILD FAILURE",
        "FAILED tests/test_cart.py::test_total - AssertionError",
        "--- FAIL: TestCheckout (0.00s)",
        "make: *** [Makefile:12: all] Error 2",
        "Process finished with exit code 137",
        "E       assert 1 == 2",
        "tests/test_checkout.py:42: AssertionError"})
    void errorLinesAreRecognised(String line) {
        assertThat(LineClassifier.flags(line)).isEqualTo(LineClassifier.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-11 14:02:30.794  INFO 4711 --- [main] o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver : registered",
        "2024-03-11 14:02:30.794 DEBUG 4711 --- [main] c.a.Foo : ERROR_COUNT=0",
        "Process finished with exit code 0",
        "   Compiling serde v1.0.197",
        "tests/test_cart.py::test_total PASSED [ 10%]",
        "all 12 errors were retried successfully"})
    void ordinaryLinesAreNotErrors(String line) {
        assertThat(LineClassifier.flags(line) & LineClassifier.ERROR).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\tat com.acme.orders.web.ExceptionMapper.map(ExceptionMapper.java:31)",
        "    at Object.<anonymous> (/app/src/index.js:3:9)",
        "  File \"/app/shop/cart.py\", line 12, in total",
        "\t... 12 common frames omitted",
        "\t/usr/local/go/src/runtime/panic.go:914 +0x21f",
        "goroutine 1 [running]:"})
    void stackFramesAreFramesNotErrors(String line) {
        assertThat(LineClassifier.flags(line)).isEqualTo(LineClassifier.FRAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-11 14:02:30.794  WARN 4711 --- [main] c.a.Foo : slow response 3000 ms",
        "warning: unused variable: `x`",
        "npm WARN deprecated inflight@1.0.6: leaks memory",
        "[WARNING] Using platform encoding",
        "/app/x.py:3: DeprecationWarning: utcnow() is deprecated"})
    void warningsAreRecognised(String line) {
        assertThat(LineClassifier.flags(line)).isEqualTo(LineClassifier.WARNING);
    }
}
