package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void escapesTextAndAttributes() throws IOException {
    StringBuilder out = new StringBuilder();
    Markup m = new Markup(out, false);
    m.open("t").attr("a", "\"'<>&\n\t").text("<b>&amp;</b> \"q\" 'a' ]]> -->").close();
    m.finish();
    assertThat(out.toString())
        .isEqualTo(
            "<t a=\"&quot;&#39;&lt;&gt;&amp;&#10;&#9;\">&lt;b&gt;&amp;amp;&lt;/b&gt;"
                + " &quot;q&quot; &#39;a&#39; ]]&gt; --&gt;</t>");
  }

  @Test
  void replacesCharactersXmlForbids() throws IOException {
    StringBuilder out = new StringBuilder();
    new Markup(out, false)
        .open("t")
        .text("a\u0000b\u0008c\u0085d\u202ee\ud800f\uffffg\ud83d\ude00")
        .close();
    assertThat(out.toString())
        .isEqualTo("<t>a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ud83d\ude00</t>");
  }

  @Test
  void htmlModeNeverSelfClosesNonVoidElements() throws IOException {
    StringBuilder out = new StringBuilder();
    Markup m = new Markup(out, true);
    m.open("div")
        .open("td")
        .close()
        .open("br")
        .close()
        .open("svg")
        .open("rect")
        .close()
        .close()
        .close();
    assertThat(out.toString()).isEqualTo("<div><td></td><br/><svg><rect/></svg></div>");
  }

  @Test
  void refusesLinksHandlersStylesAndBadNames() throws IOException {
    Markup m = new Markup(new StringBuilder(), true);
    m.open("p");
    assertThatThrownBy(() -> m.attr("href", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.attr("onclick", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.attr("style", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.attr("a b", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.open("p><script")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesTextInsideScriptOrStyle() throws IOException {
    Markup m = new Markup(new StringBuilder(), true);
    m.open("style");
    assertThatThrownBy(() -> m.text("x")).isInstanceOf(IllegalStateException.class);
    Markup svg = new Markup(new StringBuilder(), false);
    svg.open("svg").open("script");
    assertThatThrownBy(() -> svg.text("x")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void finishFindsUnclosedElements() throws IOException {
    Markup m = new Markup(new StringBuilder(), false);
    m.open("a");
    assertThatThrownBy(m::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a");
  }

  @Test
  void linksOnlyToSectionsNamedByTheCode() throws IOException {
    StringBuilder out = new StringBuilder();
    Markup m = new Markup(out, true);
    m.open("nav").internalLink("map", "<Map>").close();
    assertThat(out.toString()).isEqualTo("<nav><a href=\"#map\">&lt;Map&gt;</a></nav>");
    assertThatThrownBy(() -> m.internalLink("javascript:alert(1)", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.internalLink("x\"onclick", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
