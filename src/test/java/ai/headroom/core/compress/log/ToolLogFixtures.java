package ai.headroom.core.compress.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Deterministic build and test tool logs: pytest, maven, cargo and npm runs that failed. */
public final class ToolLogFixtures {

    private ToolLogFixtures() {}

    /** {@code pytest -v} over 123 tests with 3 failures and a warnings summary. */
    public static String pytestRun() {
        List<String> out = new ArrayList<>(List.of(
                "============================= test session starts ==============================",
                "platform linux -- Python 3.12.1, pytest-8.0.0, pluggy-1.4.0 -- /usr/bin/python3",
                "cachedir: .pytest_cache",
                "rootdir: /home/dev/shop",
                "configfile: pyproject.toml",
                "plugins: cov-4.1.0, xdist-3.5.0",
                "collecting ... collected 123 items",
                ""));
        String[] modules = {"test_cart", "test_checkout", "test_inventory", "test_pricing"};
        for (int i = 0; i < 123; i++) {
            String module = modules[i % modules.length];
            boolean failed = i == 17 || i == 58 || i == 101;
            out.add(String.format(Locale.ROOT, "tests/%s.py::test_case_%s[%d] %s%s[%3d%%]", module,
                    module.substring(5), i, failed ? "FAILED" : "PASSED", " ".repeat(20), i * 100 / 123));
        }
        out.add("");
        out.add("=================================== FAILURES ===================================");
        for (int f : new int[] {17, 58, 101}) {
            String module = modules[f % modules.length];
            out.add("_____________________ test_case_" + module.substring(5) + "[" + f + "] _____________________");
            out.add("");
            out.add("    def test_case_" + module.substring(5) + "(case):");
            out.add("        cart = Cart(currency=\"EUR\")");
            out.add("        cart.add(Item(sku=case.sku, price=Decimal(\"9.99\")), quantity=2)");
            out.add(">       assert cart.total() == Decimal(\"19.99\")");
            out.add("E       AssertionError: assert Decimal('19.98') == Decimal('19.99')");
            out.add("E        +  where Decimal('19.98') = <bound method Cart.total of <shop.cart.Cart object at 0x7f3a2c1b9d" + f + ">>()");
            out.add("");
            out.add("tests/" + module + ".py:" + (40 + f) + ": AssertionError");
        }
        out.add("=============================== warnings summary ===============================");
        out.add("shop/pricing.py:12");
        out.add("  /home/dev/shop/shop/pricing.py:12: DeprecationWarning: datetime.datetime.utcnow() is deprecated");
        out.add("    now = datetime.utcnow()");
        out.add("");
        out.add("-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html");
        out.add("=========================== short test summary info ============================");
        for (int f : new int[] {17, 58, 101}) {
            String module = modules[f % modules.length];
            out.add("FAILED tests/" + module + ".py::test_case_" + module.substring(5) + "[" + f + "] - AssertionError: assert Decimal('19.98') == Decimal('19.99')");
        }
        out.add("================== 3 failed, 120 passed, 1 warning in 4.21s ===================");
        return String.join("\n", out) + "\n";
    }

    /** {@code mvn verify} that downloads, compiles, runs 31 test classes and fails one test. */
    public static String mavenBuildFailure() {
        List<String> out = new ArrayList<>(List.of(
                "[INFO] Scanning for projects...",
                "[INFO] ",
                "[INFO] ---------------------------< com.acme:orders >---------------------------",
                "[INFO] Building orders 2.3.1-SNAPSHOT",
                "[INFO]   from pom.xml",
                "[INFO] --------------------------------[ jar ]---------------------------------"));
        String[] artifacts = {"org/springframework/spring-core/6.1.4/spring-core-6.1.4", "com/fasterxml/jackson/core/jackson-databind/2.16.1/jackson-databind-2.16.1",
            "org/junit/jupiter/junit-jupiter-api/5.10.2/junit-jupiter-api-5.10.2", "org/postgresql/postgresql/42.7.2/postgresql-42.7.2"};
        for (int i = 0; i < 60; i++) {
            String a = artifacts[i % artifacts.length];
            out.add("[INFO] Downloading from central: https://repo.maven.apache.org/maven2/" + a + (i % 2 == 0 ? ".pom" : ".jar"));
            out.add("[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/" + a + (i % 2 == 0 ? ".pom" : ".jar")
                    + " (" + (3 + i * 7 % 900) + " kB at " + (100 + i * 13 % 800) + " kB/s)");
        }
        out.add("[INFO] --- compiler:3.12.1:compile (default-compile) @ orders ---");
        out.add("[INFO] Compiling 87 source files with javac [debug release 21] to target/classes");
        out.add("[WARNING] /home/dev/orders/src/main/java/com/acme/orders/Legacy.java:[14,8] [deprecation] Date(int,int,int) in Date has been deprecated");
        out.add("[INFO] --- surefire:3.2.5:test (default-test) @ orders ---");
        out.add("[INFO] ");
        out.add("[INFO] -------------------------------------------------------");
        out.add("[INFO]  T E S T S");
        out.add("[INFO] -------------------------------------------------------");
        for (int i = 0; i < 31; i++) {
            String cls = "com.acme.orders.Service" + i + "Test";
            out.add("[INFO] Running " + cls);
            if (i == 19) {
                out.add("[ERROR] Tests run: 5, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.214 s <<< FAILURE! -- in " + cls);
                out.add("[ERROR] " + cls + ".totalIncludesVat -- Time elapsed: 0.031 s <<< FAILURE!");
                out.add("org.opentest4j.AssertionFailedError: expected: <119.00> but was: <100.00>");
                out.add("\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)");
                out.add("\tat org.junit.jupiter.api.AssertionFailureBuilder.buildAndThrow(AssertionFailureBuilder.java:132)");
                out.add("\tat org.junit.jupiter.api.AssertEquals.failNotEqual(AssertEquals.java:197)");
                out.add("\tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:1145)");
                out.add("\tat " + cls + ".totalIncludesVat(Service19Test.java:42)");
                out.add("\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)");
                out.add("\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1596)");
                out.add("");
            } else {
                out.add("[INFO] Tests run: " + (3 + i % 5) + ", Failures: 0, Errors: 0, Skipped: " + (i % 7 == 0 ? 1 : 0)
                        + ", Time elapsed: 0." + (100 + i * 37 % 800) + " s -- in " + cls);
            }
        }
        out.addAll(List.of(
                "[INFO] ",
                "[INFO] Results:",
                "[INFO] ",
                "[ERROR] Failures: ",
                "[ERROR]   Service19Test.totalIncludesVat:42 expected: <119.00> but was: <100.00>",
                "[INFO] ",
                "[ERROR] Tests run: 155, Failures: 1, Errors: 0, Skipped: 5",
                "[INFO] ",
                "[INFO] ------------------------------------------------------------------------",
                "[INFO] BUILD FAILURE",
                "[INFO] ------------------------------------------------------------------------",
                "[INFO] Total time:  21.407 s",
                "[INFO] Finished at: 2024-03-11T14:22:05Z",
                "[INFO] ------------------------------------------------------------------------",
                "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project orders: There are test failures.",
                "[ERROR] ",
                "[ERROR] Please refer to /home/dev/orders/target/surefire-reports for the individual test results.",
                "[ERROR] -> [Help 1]"));
        return String.join("\n", out) + "\n";
    }

    /** {@code cargo build} compiling 120 crates, then two type errors and three warnings in the package. */
    public static String cargoCompilerErrors() {
        List<String> out = new ArrayList<>();
        out.add("    Updating crates.io index");
        String[] crates = {"serde", "tokio", "hyper", "regex", "syn", "quote", "proc-macro2", "libc", "bytes", "futures-util"};
        for (int i = 0; i < 120; i++) {
            out.add("   Compiling " + crates[i % crates.length] + (i >= crates.length ? "-" + (char) ('a' + i / crates.length) : "")
                    + " v" + (i % 3) + "." + (i * 7 % 40) + "." + (i % 11));
        }
        out.add("   Compiling shop v0.4.0 (/home/dev/shop)");
        for (int w = 0; w < 3; w++) {
            out.add("warning: unused variable: `tmp" + w + "`");
            out.add("  --> src/cart.rs:" + (20 + w * 9) + ":13");
            out.add("   |");
            out.add((20 + w * 9) + " |         let tmp" + w + " = self.items.len();");
            out.add("   |             ^^^^ help: if this is intentional, prefix it with an underscore: `_tmp" + w + "`");
            out.add("   |");
            out.add("   = note: `#[warn(unused_variables)]` on by default");
            out.add("");
        }
        out.addAll(List.of(
                "error[E0308]: mismatched types",
                "  --> src/checkout.rs:41:24",
                "   |",
                "41 |         let total: u64 = cart.total();",
                "   |                    ---   ^^^^^^^^^^^^ expected `u64`, found `Decimal`",
                "   |                    |",
                "   |                    expected due to this",
                "",
                "error[E0425]: cannot find value `discount` in this scope",
                "  --> src/pricing.rs:17:9",
                "   |",
                "17 |         discount * price",
                "   |         ^^^^^^^^ not found in this scope",
                "",
                "Some errors have detailed explanations: E0308, E0425.",
                "For more information about an error, try `rustc --explain E0308`.",
                "warning: `shop` (bin \"shop\") generated 3 warnings",
                "error: could not compile `shop` (bin \"shop\") due to 2 previous errors; 3 warnings emitted"));
        return String.join("\n", out) + "\n";
    }

    /** {@code npm install --loglevel http} with deprecation warnings and a failing native build. */
    public static String npmInstallFailure() {
        List<String> out = new ArrayList<>();
        String[] pkgs = {"react", "react-dom", "lodash", "express", "typescript", "webpack", "babel-loader", "eslint", "jest", "bcrypt"};
        for (int i = 0; i < 150; i++) {
            String p = pkgs[i % pkgs.length] + (i >= pkgs.length ? "-plugin-" + i : "");
            out.add("npm http fetch GET 200 https://registry.npmjs.org/" + p + " " + (20 + i * 17 % 300) + "ms (cache " + (i % 3 == 0 ? "miss" : "hit") + ")");
            if (i % 25 == 7) {
                out.add("npm WARN deprecated " + (i % 2 == 0 ? "inflight@1.0.6" : "glob@7.2.3")
                        + ": This module is not supported, and leaks memory. Do not use it.");
            }
        }
        out.addAll(List.of(
                "npm ERR! code 1",
                "npm ERR! path /app/node_modules/bcrypt",
                "npm ERR! command failed",
                "npm ERR! command sh -c node-pre-gyp install --fallback-to-build",
                "npm ERR! gyp info it worked if it ends with ok",
                "npm ERR! gyp ERR! stack Error: not found: make",
                "npm ERR! gyp ERR! not ok",
                "npm ERR! node-pre-gyp ERR! build error",
                "",
                "npm ERR! A complete log of this run can be found in: /root/.npm/_logs/2024-03-11T14_22_05_123Z-debug-0.log"));
        return String.join("\n", out) + "\n";
    }
}
