package ai.headroom.core.compress.html;

import java.util.List;

/** Builds realistic, deterministic documentation pages: heavy head, 50-link nav, sidebar, cookie banner, footer. */
public final class DocsPageFixture {

    static final List<String> HEADINGS = List.of(
            "Configuring connection pools",
            "Why pool size matters",
            "Sizing the pool",
            "Timeouts and retries",
            "Health checks",
            "Reference",
            "Troubleshooting");

    static final List<String> CODE_BLOCKS = List.of(
            """
            DataSource ds = PoolBuilder.create()
                .url("jdbc:postgresql://db.internal:5432/orders")
                .maxSize(cores * 2 + spindles)
                .idleTimeout(Duration.ofMinutes(10))
                .build();
            if (ds.activeConnections() > 0 && ds.waiters() < 5) {
                log.info("pool ready: {} <-> {}", ds.name(), "primary & replica");
            }""",
            """
            $ export POOL_MAX_SIZE=24
            $ ./bin/orders-service --pool.max-size=$POOL_MAX_SIZE --pool.validate-on-borrow \\
                --pool.leak-detection=30s > /var/log/orders/boot.log 2>&1 &""",
            """
            pool:
              max-size: 24
              min-idle: 4
              connection-timeout: 2s   # fail fast instead of queueing for ever
              validation-query: "SELECT 1"
              leak-detection: 30s""",
            """
            {
              "pool": "orders-primary",
              "active": 17,
              "idle": 3,
              "waiting": 0,
              "p99_acquire_ms": 4.2
            }""");

    private static final List<String> LANGUAGES = List.of("java", "bash", "yaml", "json");

    private DocsPageFixture() {}

    /** A documentation page that puts its article in {@code <main>}. */
    public static String docsPage() {
        StringBuilder html = new StringBuilder(64_000);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Configuring connection pools | Orders Platform Docs</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        for (int i = 0; i < 12; i++) {
            html.append("<link rel=\"preload\" href=\"/assets/fonts/inter-").append(i)
                    .append(".woff2\" as=\"font\" type=\"font/woff2\" crossorigin>\n");
        }
        html.append("<style>\n");
        for (int i = 0; i < 120; i++) {
            html.append(".md-typeset .admonition-").append(i).append(" { margin: ").append(i % 7)
                    .append("px 0; padding: 0 .6rem; border-left: .2rem solid var(--md-accent-fg-color); }\n");
        }
        html.append("</style>\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
                .append("\"@type\":\"TechArticle\",\"headline\":\"Configuring connection pools\"}</script>\n<script>\n");
        for (int i = 0; i < 60; i++) {
            html.append("window.__analytics.push({event:'pageview_").append(i)
                    .append("', ts: Date.now(), section: 'docs', variant: ").append(i % 3).append("});\n");
        }
        html.append("</script>\n</head>\n<body class=\"docs has-sidebar\">\n");
        html.append("<div id=\"cookie-banner\" class=\"cookie-consent\"><p>We use cookies to improve your experience. ")
                .append("By continuing you agree to our <a href=\"/privacy\">privacy policy</a>.</p>")
                .append("<button>Accept all</button><button>Reject</button></div>\n");
        html.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\"><svg viewBox=\"0 0 24 24\"><path d=\"M0 0h24v24H0z\"/></svg>Orders Platform</a>\n");
        html.append("<nav class=\"top-nav\"><ul>\n");
        for (int i = 0; i < 50; i++) {
            html.append("<li><a href=\"/docs/section-").append(i).append("\">Section ").append(i)
                    .append(": ").append(SECTION_NAMES.get(i % SECTION_NAMES.size())).append("</a></li>\n");
        }
        html.append("</ul></nav>\n<input type=\"search\" placeholder=\"Search docs\"></header>\n");
        html.append("<div class=\"layout\">\n<aside class=\"sidebar\"><h2>On this page</h2><ul>\n");
        for (String h : HEADINGS) {
            html.append("<li><a href=\"#").append(slug(h)).append("\">").append(h).append("</a></li>\n");
        }
        html.append("</ul><div class=\"ad promo\">Try Orders Cloud free for 30 days!</div></aside>\n");
        html.append("<main class=\"content\">\n<article class=\"md-content\">\n");
        appendArticle(html);
        html.append("</article>\n<div class=\"feedback\">Was this page helpful? <a href=\"#yes\">Yes</a> <a href=\"#no\">No</a></div>\n")
                .append("</main>\n</div>\n");
        appendFooter(html);
        html.append("<script src=\"/assets/js/bundle.4f9c2a.js\" defer></script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A blog-style page without {@code <main>} or {@code <article>}: the scorer has to find the content. */
    public static String divSoupPage() {
        StringBuilder html = new StringBuilder(32_000);
        html.append("<html><head><title>Release notes 4.2</title><style>")
                .append("body{font:14px/1.4 sans-serif}".repeat(80)).append("</style></head><body>\n");
        html.append("<div id=\"top\"><div class=\"menu\">");
        for (int i = 0; i < 30; i++) {
            html.append("<a href=\"/p/").append(i).append("\">").append(SECTION_NAMES.get(i % SECTION_NAMES.size()))
                    .append("</a> | ");
        }
        html.append("</div></div>\n<div id=\"wrap\"><div class=\"col-left\">");
        for (int i = 0; i < 20; i++) {
            html.append("<div><a href=\"/archive/").append(2000 + i).append("\">Archive ").append(2000 + i)
                    .append("</a></div>");
        }
        html.append("</div>\n<div class=\"col-main\"><h1>Release notes 4.2</h1>\n");
        for (int i = 0; i < 6; i++) {
            html.append("<p>Version 4.2.").append(i).append(" improves how the scheduler spreads work across ")
                    .append("nodes, reduces lock contention in the ledger, and fixes ").append(3 + i)
                    .append(" bugs reported by operators running large clusters, including the one where ")
                    .append("a failed node was retried forever instead of being fenced.</p>\n");
        }
        html.append("<ul><li>Faster start-up: <code>scheduler.init()</code> no longer scans every shard.<ul>")
                .append("<li>Cold start down from 41 s to 9 s.</li></ul></li>")
                .append("<li>See <a href=\"https://example.org/issues/4242\">issue 4242</a> for the fencing fix.</li></ul>\n")
                .append("</div></div>\n<div class=\"footer\">&copy; 2025 Example Corp. All rights reserved. ")
                .append("<a href=\"/terms\">Terms</a> <a href=\"/privacy\">Privacy</a></div>\n</body></html>\n");
        return html.toString();
    }

    private static void appendArticle(StringBuilder html) {
        html.append("<header><h1 id=\"").append(slug(HEADINGS.get(0))).append("\">").append(HEADINGS.get(0))
                .append("<a class=\"headerlink\" href=\"#configuring-connection-pools\">¶</a></h1></header>\n")
                .append("<p>The orders service talks to PostgreSQL through a <strong>bounded</strong> connection pool. ")
                .append("This page explains how to size it, which <code>pool.*</code> settings matter, and how to ")
                .append("spot exhaustion before it turns into timeouts. See the <a href=\"../operations/alerts.html\">")
                .append("alerting guide</a> for the matching alerts.</p>\n");
        html.append("<h2>").append(HEADINGS.get(1)).append("</h2>\n")
                .append("<p>Every request that reads or writes an order borrows a connection. If the pool is too ")
                .append("small, requests queue; if it is too large, the database spends its time switching ")
                .append("between backends instead of running queries. Most incidents we saw in 2024 came from ")
                .append("pools that were far too large, not too small.</p>\n");
        html.append("<h3>").append(HEADINGS.get(2)).append("</h3>\n<p>Start from this formula and measure:</p>\n");
        appendCode(html, 0);
        html.append("<ol><li>Count the database cores, not the application cores.</li>")
                .append("<li>Add the number of disks that hold hot data.<ul><li>SSD-backed volumes count once.</li>")
                .append("<li>Network volumes count twice.</li></ul></li>")
                .append("<li>Load-test at 2&times; peak traffic and watch <code>p99_acquire_ms</code>.</li></ol>\n");
        html.append("<p>To override the size without a redeploy, set the environment variable and restart:</p>\n");
        appendCode(html, 1);
        html.append("<h2>").append(HEADINGS.get(3)).append("</h2>\n")
                .append("<p>The pool fails fast: a borrower waits at most <code>connection-timeout</code> and then ")
                .append("gets an error it can retry. Retries use exponential back-off with jitter, capped at three ")
                .append("attempts, so a struggling database is not hammered by a retry storm.</p>\n");
        appendCode(html, 2);
        html.append("<h2>").append(HEADINGS.get(4)).append("</h2>\n")
                .append("<p>The <code>/health/pool</code> endpoint reports the pool state as JSON:</p>\n");
        appendCode(html, 3);
        html.append("<h2>").append(HEADINGS.get(5)).append("</h2>\n<table class=\"settings\">\n")
                .append("<thead><tr><th>Setting</th><th>Default</th><th>Meaning</th></tr></thead>\n<tbody>\n");
        String[][] rows = {
            {"max-size", "10", "Upper bound on open connections"},
            {"min-idle", "2", "Connections kept warm when idle"},
            {"connection-timeout", "30s", "How long a borrower waits"},
            {"idle-timeout", "10m", "When idle connections are closed"},
            {"leak-detection", "off", "Log a stack trace for connections held longer than this"},
            {"validation-query", "none", "Query run before lending a connection | only if validate-on-borrow"},
        };
        for (String[] row : rows) {
            html.append("<tr><td><code>").append(row[0]).append("</code></td><td>").append(row[1])
                    .append("</td><td>").append(row[2]).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<h2>").append(HEADINGS.get(6)).append("</h2>\n")
                .append("<p>If <code>waiting</code> stays above zero for minutes, the pool is too small or a ")
                .append("transaction is leaking. Turn on leak detection, find the stack trace in the log, and ")
                .append("fix the code path that forgets to close its connection.</p>\n")
                .append("<blockquote><p>Never raise the pool size to hide a leak: it only moves the outage.</p></blockquote>\n");
    }

    private static void appendCode(StringBuilder html, int i) {
        html.append("<div class=\"highlight\"><pre><code class=\"language-").append(LANGUAGES.get(i)).append("\">")
                .append(escape(CODE_BLOCKS.get(i))).append("\n</code></pre><button class=\"copy\">Copy</button></div>\n");
    }

    private static void appendFooter(StringBuilder html) {
        html.append("<footer class=\"site-footer\"><div class=\"columns\">\n");
        for (int col = 0; col < 4; col++) {
            html.append("<div><h4>Column ").append(col).append("</h4><ul>");
            for (int i = 0; i < 8; i++) {
                html.append("<li><a href=\"/footer/").append(col).append('/').append(i).append("\">")
                        .append(SECTION_NAMES.get((col * 8 + i) % SECTION_NAMES.size())).append("</a></li>");
            }
            html.append("</ul></div>\n");
        }
        html.append("</div><p>&copy; 2025 Orders Platform. Licensed under Apache-2.0.</p></footer>\n");
    }

    static String slug(String heading) {
        return heading.toLowerCase().replace(' ', '-');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final List<String> SECTION_NAMES = List.of(
            "Getting started", "Installation", "Configuration", "Authentication", "Orders API", "Payments",
            "Webhooks", "Rate limits", "Errors", "Pagination", "Idempotency", "Testing", "Deployment",
            "Monitoring", "Alerting", "Backups", "Migrations", "Security", "Changelog", "Support");
}
