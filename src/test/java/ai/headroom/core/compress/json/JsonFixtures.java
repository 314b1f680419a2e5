package ai.headroom.core.compress.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;

/** Deterministic, real-looking JSON tool outputs, pretty-printed as tools and APIs usually send them. */
public final class JsonFixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    static final int FATAL_INDEX = 67;

    private JsonFixtures() {}

    /** 100 structured log entries from five services with exactly one FATAL (at {@link #FATAL_INDEX}). */
    public static String logEntries() {
        Random rnd = new Random(20240514);
        String[] services = {"api-gateway", "payment-service", "order-service", "inventory-service", "auth-service"};
        String[][] messages = {
            {"Incoming request GET /v1/orders/%d", "Proxied request to order-service (upstream id %d)", "Health check passed"},
            {"Charge authorised for order %d", "Payment intent created for customer cus_%d", "Webhook delivered to merchant"},
            {"Order %d created with 3 line items", "Order %d status changed to shipped", "Loaded cart for session %d"},
            {"Reserved stock for SKU-%d", "Stock level refreshed for warehouse WH-%d", "Cache warmed with 1200 SKUs"},
            {"Token issued for user u_%d", "Session refreshed for user u_%d", "JWKS keys rotated"},
        };
        ArrayNode logs = NODES.arrayNode();
        for (int i = 0; i < 100; i++) {
            int s = rnd.nextInt(services.length);
            String level = i % 10 == 3 ? "DEBUG" : "INFO";
            String message = String.format(Locale.ROOT, messages[s][rnd.nextInt(3)], 10000 + rnd.nextInt(90000));
            int latency = 12 + rnd.nextInt(180);
            if (i == 21 || i == 48 || i == 83) {
                level = "WARN";
                message = "Slow response from upstream, retrying (attempt 2 of 3)";
                latency = 900 + rnd.nextInt(400);
            }
            if (i == 55) {
                level = "ERROR";
                message = "Card declined by issuer for order 48213: insufficient funds";
                s = 1;
            }
            if (i == FATAL_INDEX) {
                level = "FATAL";
                message = "Database connection pool exhausted: no connection available after 30000ms, shutting down";
                s = 2;
                latency = 30004;
            }
            ObjectNode e = logs.addObject();
            e.put("timestamp", String.format(Locale.ROOT, "2024-05-14T10:%02d:%02d.%03dZ", 12 + i / 60, i % 60,
                    rnd.nextInt(1000)));
            e.put("level", level);
            e.put("service", services[s]);
            e.put("message", message);
            e.put("request_id", String.format(Locale.ROOT, "req-%08x", rnd.nextInt() & 0x7fffffff));
            e.put("trace_id", String.format(Locale.ROOT, "%016x", rnd.nextLong()));
            e.put("latency_ms", latency);
            e.put("host", "ip-10-0-" + (1 + s) + "-" + (10 + rnd.nextInt(40)));
            e.put("region", "eu-west-1");
            e.put("version", "2.14." + (s + 3));
        }
        return pretty(logs);
    }

    /** A GitHub-like page of 60 issues with nested user and label objects, plus pagination fields. */
    public static String issuesPage() {
        Random rnd = new Random(7);
        String[] logins = {"octocat", "hubot", "mona", "defunkt", "mojombo", "pjhyett", "wycats", "ezmobius"};
        String[][] labels = {{"bug", "d73a4a"}, {"enhancement", "a2eeef"}, {"documentation", "0075ca"},
            {"good first issue", "7057ff"}, {"question", "d876e3"}};
        String[] topics = {"Crash when parsing empty config file", "Add retry option to the HTTP client",
            "Docs: clarify how proxy settings are resolved", "Support Java 21 virtual threads",
            "Flaky test in CacheEvictionTest", "Improve error message for missing API key",
            "Upgrade Jackson to 2.18", "Memory leak with long-lived sessions"};
        ObjectNode page = NODES.objectNode();
        page.put("total_count", 1432);
        page.put("incomplete_results", false);
        ArrayNode items = page.putArray("items");
        for (int i = 0; i < 60; i++) {
            int number = 4821 - i * 3 - rnd.nextInt(3);
            ObjectNode issue = items.addObject();
            issue.put("url", "https://api.github.com/repos/acme/widget/issues/" + number);
            issue.put("repository_url", "https://api.github.com/repos/acme/widget");
            issue.put("html_url", "https://github.com/acme/widget/issues/" + number);
            issue.put("id", 2200000000L + number * 97L);
            issue.put("node_id", "I_kwDOAbc" + Integer.toHexString(number * 7919));
            issue.put("number", number);
            issue.put("title", topics[rnd.nextInt(topics.length)] + " (#" + (number % 97) + ")");
            String login = logins[rnd.nextInt(logins.length)];
            ObjectNode user = issue.putObject("user");
            user.put("login", login);
            user.put("id", 1000 + login.length() * 131);
            user.put("avatar_url", "https://avatars.githubusercontent.com/u/" + (1000 + login.length() * 131) + "?v=4");
            user.put("html_url", "https://github.com/" + login);
            user.put("type", "User");
            user.put("site_admin", false);
            ArrayNode ls = issue.putArray("labels");
            String[] label = labels[rnd.nextInt(labels.length)];
            ObjectNode l = ls.addObject();
            l.put("id", 100000 + label[0].length());
            l.put("name", label[0]);
            l.put("color", label[1]);
            l.put("default", true);
            issue.put("state", rnd.nextInt(5) == 0 ? "closed" : "open");
            issue.put("locked", false);
            issue.putNull("assignee");
            issue.put("comments", rnd.nextInt(12));
            issue.put("created_at", String.format(Locale.ROOT, "2024-0%d-%02dT%02d:14:07Z", 1 + i % 6, 1 + i % 28, i % 24));
            issue.put("author_association", rnd.nextInt(4) == 0 ? "MEMBER" : "NONE");
            issue.put("body", "Steps to reproduce:\n1. Configure the client\n2. Run `widget sync`\n\nExpected: it works.");
        }
        page.put("next", "https://api.github.com/search/issues?q=repo%3Aacme%2Fwidget&page=2&per_page=60");
        return pretty(page);
    }

    /** 500 source file paths, as a file-listing tool returns them. */
    public static String filePaths() {
        String[] dirs = {"src/main/java/com/acme/widget/", "src/main/java/com/acme/widget/http/",
            "src/test/java/com/acme/widget/", "src/main/resources/templates/", "docs/guide/"};
        String[] stems = {"Client", "Config", "Cache", "Retry", "Session", "Parser", "Writer", "Reader", "Pool", "Token"};
        String[] ext = {".java", ".java", "Test.java", ".html", ".md"};
        ArrayNode paths = NODES.arrayNode();
        for (int i = 0; i < 500; i++) {
            int d = i % dirs.length;
            paths.add(dirs[d] + stems[(i / 5) % stems.length] + (i / 50) + ext[d]);
        }
        return pretty(paths);
    }

    /** 1000 CPU samples around 42% with one spike (value {@code 987.65}) at index 613. */
    public static String metricPoints() {
        ArrayNode points = NODES.arrayNode();
        for (int i = 0; i < 1000; i++) {
            double v = i == 613 ? 987.65 : 42 + 6 * Math.sin(i / 25.0) + ((i * 7919) % 100) / 50.0;
            points.add(new BigDecimal(String.format(Locale.ROOT, "%.2f", v)));
        }
        return pretty(points);
    }

    /** An order listing where two refunds and order ORD-20417 are what the user asks about. */
    public static String orders() {
        Random rnd = new Random(3);
        String[] customers = {"Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov"};
        ObjectNode root = NODES.objectNode();
        root.put("store", "acme-eu");
        ArrayNode orders = root.putArray("orders");
        for (int i = 0; i < 80; i++) {
            int id = 20380 + i;
            ObjectNode o = orders.addObject();
            o.put("order_id", "ORD-" + id);
            o.put("customer", customers[rnd.nextInt(customers.length)]);
            o.put("total", new BigDecimal(String.format(Locale.ROOT, "%d.%02d", 20 + rnd.nextInt(200), rnd.nextInt(100))));
            o.put("currency", "EUR");
            o.put("status", i == 12 || i == 50 ? "refunded" : "delivered");
            o.put("items", 1 + rnd.nextInt(4));
            o.put("placed_at", String.format(Locale.ROOT, "2024-03-%02dT09:%02d:00Z", 1 + i % 28, i % 60));
        }
        root.put("page", 1);
        return pretty(root);
    }

    static String pretty(Object tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
