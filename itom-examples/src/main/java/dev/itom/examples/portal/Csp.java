package dev.itom.examples.portal;

/** The Content-Security-Policy of each kind of response: nothing is allowed that is not needed. */
final class Csp {
  /** The header's name. */
  static final String HEADER = "Content-Security-Policy";

  /** JSON, YAML, problem details: a document that loads and runs nothing. */
  static final String NONE = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  /**
   * The web page: its own stylesheet, the maps as images and the visual diff in a frame, all from
   * the portal; no script, no inline style, forms only to the portal.
   */
  static final String PAGE =
      "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self';"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** The SVG map and the HTML report: their inline styles, nothing else. */
  static final String DOCUMENT =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
          + " frame-ancestors 'self'; base-uri 'none'";

  private Csp() {}
}
