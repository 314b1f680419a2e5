package ai.headroom.gateway.http;

import io.vertx.core.MultiMap;
import java.util.Locale;
import java.util.Set;

/** Which headers cross the proxy: everything except hop-by-hop ones, lengths we recompute and our own. */
public final class Headers {

    public static final String BYPASS = "x-headroom-bypass";
    public static final String PROXY_TOKEN = "x-headroom-token";
    public static final String TOKENS_BEFORE = "x-headroom-tokens-before";
    public static final String TOKENS_AFTER = "x-headroom-tokens-after";
    public static final String TOKENS_SAVED = "x-headroom-tokens-saved";

    /** RFC 9110 §7.6.1 hop-by-hop headers, plus Host (set from the upstream URL) and Content-Length (recomputed). */
    private static final Set<String> DROPPED = Set.of("connection", "keep-alive", "transfer-encoding", "te", "trailer",
            "trailers", "upgrade", "proxy-authorization", "proxy-authenticate", "proxy-connection", "host",
            "content-length", BYPASS, PROXY_TOKEN);

    private Headers() {}

    /** Copies the headers that may cross from {@code from} to {@code to}. */
    public static void copy(MultiMap from, MultiMap to) {
        for (var entry : from) {
            if (!dropped(entry.getKey())) {
                to.add(entry.getKey(), entry.getValue());
            }
        }
    }

    static boolean dropped(String name) {
        return DROPPED.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Headers named by {@code Connection: a, b} are hop-by-hop too. */
    public static void copyExceptConnectionListed(MultiMap from, MultiMap to) {
        String connection = from.get("connection");
        copy(from, to);
        if (connection != null) {
            for (String name : connection.split(",")) {
                to.remove(name.trim());
            }
        }
    }
}
