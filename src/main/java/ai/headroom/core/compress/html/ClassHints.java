package ai.headroom.core.compress.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Reads an element's class, id and role for hints that it is page furniture or real content. */
final class ClassHints {

    // Whole tokens only ("sidebar-left" → sidebar, left), so "header-anchor" or "loading" never match "ad".
    private static final Set<String> NEGATIVE = Set.of(
            "nav", "navbar", "navigation", "menu", "menubar", "sidebar", "sidenav", "cookie", "cookies",
            "consent", "gdpr", "banner", "footer", "header", "masthead", "breadcrumb", "breadcrumbs",
            "share", "sharing", "social", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored",
            "promo", "related", "comments", "subscribe", "newsletter", "popup", "modal", "toc", "skip",
            "pagination", "pager", "widget", "toolbar", "feedback", "rating", "announcement", "topbar",
            "drawer", "offcanvas", "signup", "login", "search", "searchbox", "outline", "tags");
    private static final Set<String> POSITIVE = Set.of(
            "content", "article", "main", "post", "entry", "prose", "markdown", "docs", "documentation",
            "body", "text", "story", "blog", "page");
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog");

    private ClassHints() {}

    /** +1 when the element names itself content, -1 when it names itself furniture, 0 when unsure or both. */
    static int weight(Element el) {
        if (FURNITURE_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
            return -1;
        }
        String hint = el.className() + " " + el.id();
        if (hint.isBlank()) {
            return 0;
        }
        boolean negative = false;
        boolean positive = false;
        int start = -1;
        String s = hint.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= s.length(); i++) {
            char ch = i < s.length() ? s.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(ch);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String token = s.substring(start, i);
                negative |= NEGATIVE.contains(token);
                positive |= POSITIVE.contains(token);
                start = -1;
            }
        }
        return positive == negative ? 0 : positive ? 1 : -1;
    }
}
