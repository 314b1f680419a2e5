package ai.headroom.core.compress.code;

import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-written Python sources, each with long function bodies in a shape the skimmer must get right. */
final class PythonSamples {

    private PythonSamples() {}

    /** A body of {@code rows} plain statements at {@code indent}, long enough to be collapsed. */
    static String body(String indent, int rows) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            out.append(indent).append("total += weights[").append(i).append("] * factor  # step ").append(i).append('\n');
        }
        return out.toString();
    }

    /** Named sources, in a fixed order. */
    static Map<String, String> all() {
        Map<String, String> samples = new LinkedHashMap<>();
        String body = body("    ", 8);
        String deep = body("        ", 8);
        samples.put("decorators and async def", """
                import functools


                @functools.lru_cache(maxsize=None)
                @trace(
                    "weigh",
                )
                def weigh(weights, factor=1):
                    total = 0
                """ + body + """
                    return total


                async def fetch(session, url):
                    response = await session.get(url)
                """ + body + """
                    async with session:
                        return await response.json()
                """);
        samples.put("nested defs and a module wrapper", """
                def outer(weights, factor):
                    def inner(x):
                        return x * 2
                    total = 0
                """ + body + """
                    return inner(total)


                def wrapper():
                    def first(weights, factor):
                        total = 0
                """ + deep + """
                        return total

                    def second(weights, factor):
                        total = 1
                """ + deep + """
                        return total

                    return first, second
                """);
        samples.put("classes with methods and docstrings", """
                class Ledger:
                    \"\"\"Keeps the books.

                    Every entry is final.
                    \"\"\"

                    rate = 3

                    def single(self, weights, factor):
                        "One line docstring."
                        total = 0
                """ + deep + """
                        return total

                    def triple(self, weights, factor):
                        \"\"\"A docstring
                        on several lines.
                        \"\"\"
                        total = 0
                """ + deep + """
                        return total

                    def raw(self, weights, factor):
                        r'''Raw \\d+ docstring'''
                        total = 0
                """ + deep + """
                        return total

                    def concatenated(self, weights, factor):
                        "First part " 'second part'
                        total = 0
                """ + deep + """
                        return total

                    def docstring_only_then_code(self, weights, factor):
                        \"\"\"Doc.\"\"\"
                """ + deep + """
                        return total
                """);
        samples.put("strings holding comment marks, colons and brackets", """
                def tricky(weights, factor):
                    label = "# not a comment: ({["
                    other = '])}' + "'" + '"' + \"\"\"#:
                    ) still a string ((
                \"\"\"
                """ + body + """
                    return label, other
                """);
        samples.put("multi-row first and last statements", """
                def calls(weights, factor):
                    result = compute(
                        weights,
                        factor,
                    )
                """ + body + """
                    return finish(
                        result,
                        total,
                )


                def ends_in_string(weights, factor):
                    total = 0
                """ + body + """
                    return \"\"\"
                done
                \"\"\"
                """);
        samples.put("trailing comments after a body", """
                def commented(weights, factor):
                    total = 0
                """ + body + """
                    if total:
                        return total
                        # deeper comment
                    # comment at body level
                  # in between
                # at column 0


                def after():
                    return 1
                """);
        samples.put("compound first statements", """
                def branches(weights, factor):
                    if factor > 1:
                        total = 0
                    elif factor < 0:
                        total = -1
                    else:
                        total = 1
                """ + body + """
                    return total


                def guarded(weights, factor):
                    try:
                        total = 0
                    except (ValueError, TypeError):
                        total = 1
                    finally:
                        factor = 2
                """ + body + """
                    return total


                def matched(command, weights, factor):
                    match command:
                        case "go":
                            total = 1
                        case _:
                            total = 0
                """ + body + """
                    return total


                def one_row_if(weights, factor):
                    if factor: factor = 2
                    else: factor = 3
                """ + body + """
                    return total
                """);
        samples.put("lambdas, continuations and semicolons", """
                def continued(weights, factor):
                    scale = lambda x: x * factor
                    total = 1 + \\
                        2
                """ + body + """
                    a = 1; b = 2
                    return scale(total) \\
                        + a + b


                def semis(weights, factor):
                    a = 1; b = 2
                """ + body + """
                    return a
                """);
        samples.put("non-ascii identifiers and strings", """
                def grüße(gewichte, faktor):
                    \"\"\"Berechnet die Summe — 日本語 🙂.\"\"\"
                    summe = 0
                """ + body + """
                    return "fertig 🙂", summe, café
                """);
        samples.put("class-level code and main guard", """
                import sys


                class Config:
                    if sys.platform == "win32":
                        def path(self, weights, factor):
                            total = 0
                """ + body("            ", 8) + """
                            return total
                    else:
                        def path(self, weights, factor):
                            total = 1
                """ + body("            ", 8) + """
                            return total


                if __name__ == "__main__":
                    # run it
                    def main(weights, factor):
                        total = 0
                """ + deep + """
                        return total
                    main([1, 2], 3)
                """);
        samples.put("one-line defs and a single inner def", """
                def short(): return 1
                def holder(weights, factor):
                    def only(x):
                        return x
                    total = 0
                """ + body + """
                    return only(total)
                """);
        samples.put("remainders too short for a string placeholder", """
                def tiny():
                    a = 1
                    x


                def small():
                    a = 1
                    f()


                def ends_in_a_short_text(weights, factor):
                    a = 1
                    '''hi'''


                def ends_at_column_zero(weights, factor):
                    a = 1
                    return g(
                )
                """);
        samples.put("no trailing newline", """
                def last(weights, factor):
                    total = 0
                """ + body + "    return total");
        return samples;
    }
}
