package ai.headroom.core.compress.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds realistic git diffs deterministically: a logging and lookup refactor across a Java service,
 * with renames, new, deleted and binary files, and one security fix hidden among mechanical edits.
 */
public final class DiffFixtures {

    static final String SECURITY_LINE =
            "+        if (MessageDigest.isEqual(token.getBytes(UTF_8), expected.getBytes(UTF_8))) {";

    private static final String[] MODULES = {"order", "billing", "catalog", "customer", "inventory", "shipping",
        "auth", "notification", "payment", "report"};
    private static final String[] ROLES = {"Service", "Controller", "Repository"};
    private static final String[] CONTEXT = {
        "        if (request == null) {",
        "            return ResponseEntity.badRequest().build();",
        "        }",
        "        var started = clock.instant();",
        "        List<LineItem> items = new ArrayList<>(request.items());",
        "        items.sort(Comparator.comparing(LineItem::sku));",
        "        for (LineItem item : items) {",
        "            total = total.add(item.price().multiply(BigDecimal.valueOf(item.quantity())));",
        "        }",
        "        metrics.counter(\"requests\", \"module\", MODULE).increment();",
        "        return mapper.toDto(entity);",
        "    }",
        "",
        "    @Transactional(readOnly = true)",
        "    public Page<SummaryDto> list(Pageable pageable) {",
        "        var page = repository.findAll(pageable);",
        "        return page.map(mapper::toSummary);",
        "    @Override",
        "    public String toString() {",
        "        return MoreObjects.toStringHelper(this).add(\"id\", id).toString();",
        "        Objects.requireNonNull(id, \"id\");",
        "        var entity = cache.getIfPresent(id);",
        "        if (entity != null) {",
        "            return entity;",
    };
    private static final String[] MESSAGES = {"created", "updated", "cancelled", "loaded", "archived", "retried",
        "validated", "exported", "merged", "scheduled", "refunded", "reserved", "released", "notified", "synced"};

    private DiffFixtures() {}

    /** About 2,000 lines over 30 files; the auth TokenValidator carries the one security-relevant hunk. */
    public static String refactorAcrossThirtyFiles() {
        Random random = new Random(20_240_611L);
        StringBuilder sb = new StringBuilder();
        int file = 0;
        for (String module : MODULES) {
            for (String role : ROLES) {
                String cls = Character.toUpperCase(module.charAt(0)) + module.substring(1) + role;
                if (module.equals("auth") && role.equals("Repository")) {
                    cls = "TokenValidator";
                }
                String path = "src/main/java/com/acme/shop/" + module + "/" + cls + ".java";
                header(sb, path, file, random);
                int line = 1;
                line = importHunk(sb, line);
                int hunks = 3 + random.nextInt(5);
                for (int h = 0; h < hunks; h++) {
                    line += 15 + random.nextInt(40);
                    if (cls.equals("TokenValidator") && h == hunks / 2) {
                        line = securityHunk(sb, line, random);
                    } else if (h % 5 == 3) {
                        line = newMethodHunk(sb, line, cls, h, random);
                    } else {
                        line = logHunk(sb, line, cls, h, random);
                    }
                }
                file++;
            }
        }
        specialFiles(sb);
        return sb.toString();
    }

    private static void header(StringBuilder sb, String path, int file, Random random) {
        sb.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        sb.append(String.format("index %07x..%07x 100644%n", random.nextInt(0xfffffff), random.nextInt(0xfffffff)));
        sb.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    }

    private static int importHunk(StringBuilder sb, int line) {
        hunkHeader(sb, line, 7, 8, "");
        sb.append(" package com.acme.shop;\n \n import java.util.List;\n");
        sb.append("-import com.acme.legacy.LegacyLogger;\n");
        sb.append("+import org.slf4j.Logger;\n+import org.slf4j.LoggerFactory;\n");
        sb.append(" import com.acme.shop.common.Money;\n import com.acme.shop.common.Page;\n import com.acme.shop.common.Pageable;\n");
        return line + 8;
    }

    private static int logHunk(StringBuilder sb, int line, String cls, int h, Random random) {
        String msg = MESSAGES[(h + cls.length()) % MESSAGES.length];
        String var = "id" + (h % 3 == 0 ? "" : h);
        if (h % 2 == 0) {
            hunkHeader(sb, line, 8, 8, " public class " + cls + " {");
            context(sb, 3, random);
            sb.append("-        LOG.info(\"").append(cls).append(' ').append(msg).append(" \" + ").append(var).append(");\n");
            sb.append("-        var result = repository.findById(").append(var).append(").get();\n");
            sb.append("+        log.info(\"").append(cls).append(' ').append(msg).append(" {}\", ").append(var).append(");\n");
            sb.append("+        var result = repository.findById(").append(var).append(").orElseThrow(() -> notFound(")
                    .append(var).append("));\n");
        } else {
            hunkHeader(sb, line, 7, 7, " public class " + cls + " {");
            context(sb, 3, random);
            sb.append("-        LOG.debug(\"").append(msg).append(" batch of \" + batch.size() + \" in \" + elapsed + \"ms\");\n");
            sb.append("+        log.debug(\"").append(msg).append(" batch of {} in {}ms\", batch.size(), elapsed);\n");
        }
        context(sb, 3, random);
        return line + 8;
    }

    private static int newMethodHunk(StringBuilder sb, int line, String cls, int h, Random random) {
        hunkHeader(sb, line, 6, 16, " public class " + cls + " {");
        context(sb, 3, random);
        String name = "reconcile" + MESSAGES[h % MESSAGES.length].substring(0, 1).toUpperCase()
                + MESSAGES[h % MESSAGES.length].substring(1);
        sb.append("+    /** Reconciles entries ").append(MESSAGES[(h * 7) % MESSAGES.length])
                .append(" since the last run. */\n");
        sb.append("+    public int ").append(name).append("(Instant since) {\n");
        sb.append("+        var pending = repository.findModifiedSince(since);\n");
        sb.append("+        int count = 0;\n");
        sb.append("+        for (var entry : pending) {\n");
        sb.append("+            count += reconciler.apply(entry) ? 1 : 0;\n");
        sb.append("+        }\n");
        sb.append("+        log.debug(\"").append(cls).append(" reconciled {} of {}\", count, pending.size());\n");
        sb.append("+        return count;\n");
        sb.append("+    }\n");
        context(sb, 3, random);
        return line + 16;
    }

    private static int securityHunk(StringBuilder sb, int line, Random random) {
        hunkHeader(sb, line, 9, 9, " public class TokenValidator {");
        context(sb, 3, random);
        sb.append("-        if (token.equals(expected)) {\n");
        sb.append("-            LOG.debug(\"token ok for \" + user + \" password=\" + password);\n");
        sb.append("-            return true;\n");
        sb.append(SECURITY_LINE).append('\n');
        sb.append("+            log.debug(\"token accepted for user {}\", user);\n");
        sb.append("+            return !revocations.isRevoked(token);\n");
        context(sb, 3, random);
        return line + 9;
    }

    private static void specialFiles(StringBuilder sb) {
        sb.append("diff --git a/src/main/java/com/acme/shop/util/Strings.java b/src/main/java/com/acme/shop/common/Strings.java\n");
        sb.append("similarity index 94%\nrename from src/main/java/com/acme/shop/util/Strings.java\n");
        sb.append("rename to src/main/java/com/acme/shop/common/Strings.java\n");
        sb.append("index 3e4f5a1..9b8c7d2 100644\n");
        sb.append("--- a/src/main/java/com/acme/shop/util/Strings.java\n+++ b/src/main/java/com/acme/shop/common/Strings.java\n");
        sb.append("@@ -1,4 +1,4 @@\n-package com.acme.shop.util;\n+package com.acme.shop.common;\n \n");
        sb.append(" import java.util.Locale;\n \n");
        sb.append("diff --git a/docs/architecture.png b/docs/architecture.png\nindex 1a2b3c4..5d6e7f8 100644\n");
        sb.append("Binary files a/docs/architecture.png and b/docs/architecture.png differ\n");
        sb.append("diff --git a/src/main/java/com/acme/legacy/LegacyLogger.java b/src/main/java/com/acme/legacy/LegacyLogger.java\n");
        sb.append("deleted file mode 100644\nindex 7c6d5e4..0000000\n");
        sb.append("--- a/src/main/java/com/acme/legacy/LegacyLogger.java\n+++ /dev/null\n");
        sb.append("@@ -1,3 +0,0 @@\n-package com.acme.legacy;\n-\n-public final class LegacyLogger {}\n");
        sb.append("\\ No newline at end of file\n");
    }

    private static void hunkHeader(StringBuilder sb, int line, int oldCount, int newCount, String section) {
        sb.append("@@ -").append(line).append(',').append(oldCount).append(" +").append(line).append(',')
                .append(newCount).append(" @@").append(section).append('\n');
    }

    private static void context(StringBuilder sb, int n, Random random) {
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(CONTEXT[random.nextInt(CONTEXT.length)]).append('\n');
        }
    }

    /** Lines of a text, for sizing fixtures. */
    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
