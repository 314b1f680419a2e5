package ai.headroom.gateway.config;

import java.util.List;

/** Small, deterministic tool outputs of every content kind, to run each compressor once before traffic. */
final class WarmupSamples {

    private WarmupSamples() {}

    static List<String> all() {
        return List.of(json(), log(), search(), diff(), html(), code(), prose());
    }

    private static String json() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 60; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"status\":\"")
                    .append(i == 41 ? "failed" : "ok").append("\",\"latency_ms\":").append(20 + i % 7).append('}');
        }
        return sb.append(']').toString();
    }

    private static String log() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            sb.append("2026-01-01 10:00:").append(String.format("%02d", i % 60))
                    .append(i == 77 ? " ERROR worker-3 job 77 failed: timeout" : " INFO worker-1 job " + i + " done")
                    .append('\n');
        }
        return sb.toString();
    }

    private static String search() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            sb.append("src/module").append(i % 12).append("/service.py:").append(10 + i)
                    .append(":    result = handle_request(payload, retries=").append(i % 3).append(")\n");
        }
        return sb.toString();
    }

    private static String diff() {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < 8; f++) {
            sb.append("diff --git a/src/f").append(f).append(".py b/src/f").append(f).append(".py\n")
                    .append("--- a/src/f").append(f).append(".py\n+++ b/src/f").append(f).append(".py\n")
                    .append("@@ -1,12 +1,12 @@\n");
            for (int l = 0; l < 12; l++) {
                sb.append(l == 6 ? "-old_call(" + l + ")\n+new_call(" + l + ")\n" : " context line " + l + "\n");
            }
        }
        return sb.toString();
    }

    private static String html() {
        return "<!DOCTYPE html><html><head><title>Docs</title><script>var x = 1;</script></head><body>"
                + "<nav>" + "<a href=\"/a\">Link</a> ".repeat(30) + "</nav><main><h1>Guide</h1>"
                + "<p>Install the package and configure the client before the first call.</p>".repeat(8)
                + "<pre><code class=\"language-bash\">npm install client</code></pre></main>"
                + "<footer>" + "Footer text. ".repeat(40) + "</footer></body></html>";
    }

    private static String code() {
        StringBuilder sb = new StringBuilder("import os\nimport sys\n\n\nclass Service:\n    \"\"\"Handles jobs.\"\"\"\n\n");
        for (int m = 0; m < 8; m++) {
            sb.append("    def handle_").append(m).append("(self, job: dict) -> bool:\n")
                    .append("        \"\"\"Runs job ").append(m).append(".\"\"\"\n");
            for (int l = 0; l < 10; l++) {
                sb.append("        value_").append(l).append(" = job.get('k").append(l).append("', ").append(l)
                        .append(")\n");
            }
            sb.append("        return True\n\n");
        }
        return sb.toString();
    }

    private static String prose() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append("The team looked at incident ").append(100 + i).append(" and agreed the retry policy caused it. ")
                    .append("They will lower the timeout and add an alert for the queue depth.\n\n");
        }
        return sb.toString();
    }
}
