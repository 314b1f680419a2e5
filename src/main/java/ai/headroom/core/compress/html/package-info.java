/**
 * HTML compression: pulls the main content out of a page and renders it as markdown.
 *
 * <p>Everything here is stateless and thread-safe; each call parses its own jsoup document.
 * The result is always lossy (attributes, boilerplate and layout are dropped), so it always
 * carries one CCR marker pointing at the original page.
 */
package ai.headroom.core.compress.html;
