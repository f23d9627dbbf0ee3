package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report, the SVG map and the HTML diff report in headless Chromium (Debian's {@code
 * chromium} package), checks that the model's text is in the rendered DOM, that a hostile model ran
 * nothing, and saves a screenshot of each page into {@code target/screenshots/} for a person to
 * look at.
 *
 * <p>Without Chromium the test is skipped, unless the environment variable {@code CI} is set: CI
 * installs Chromium, so there its absence is a failure.
 */
@Tag("browser")
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final long TIMEOUT_SECONDS = 90;

  @TempDir static Path dir;

  @BeforeAll
  static void requireChromium() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM);
    if (!present && System.getenv("CI") != null) {
      fail(
          "CI is set but "
              + CHROMIUM
              + " is missing: install Debian's chromium package"
              + " (apt-get install -y chromium) so that the browser test runs");
    }
    assumeTrue(present, CHROMIUM + " is not installed; the browser test is skipped outside CI");
    Files.createDirectories(SCREENSHOTS);
  }

  @Test
  void referenceReportShowsTheModel() throws Exception {
    String dom =
        load(
            "reference-report.html",
            HtmlReport.render(Fixtures.reference(), Fixtures.referenceReport()),
            1400,
            2600);
    assertThat(dom)
        .contains("<h1>ACME IT operating model</h1>")
        .contains("Capture demand", "Collect and report the benefit", "Portfolio management")
        .contains("Value realized", "Cash and IT benefit")
        .contains("Findings", "ITOM-R05", "Enterprise collaboration", "RACI matrix")
        .contains("<svg");
  }

  @Test
  void referenceMapShowsTheModel() throws Exception {
    OperatingModel model = Fixtures.reference();
    String svg = SvgRenderer.render(model);
    String dom = load("reference-map.svg", svg, width(svg), height(svg));
    for (String name :
        List.of("Capture demand", "Take the order", "Supplier management", "handoff", "Legend")) {
      assertThat(dom).contains(name);
    }
  }

  @Test
  void hostileReportRunsNothing() throws Exception {
    String dom =
        load(
            "hostile-report.html",
            HtmlReport.render(Fixtures.hostileModel(), Fixtures.hostileReport()),
            1400,
            2600);
    assertInert(dom);
    assertThat(dom).contains("&lt;img src=x onerror=").contains("&lt;script&gt;document.title=");
    assertThat(dom.split("<a ", -1)).as("only the seven section links").hasSize(8);
  }

  @Test
  void hostileMapRunsNothing() throws Exception {
    String svg = SvgRenderer.render(Fixtures.hostileModel());
    String dom = load("hostile-map.svg", svg, width(svg), height(svg));
    assertInert(dom);
    assertThat(dom).contains("&lt;img src=x onerror=");
  }

  /**
   * The HTML diff report in Chromium: the map with its marks and ghosts and the table of changes
   * are in the DOM, and the console holds no message (no script error, nothing the policy blocked).
   */
  @Test
  void diffReportShowsTheMarksWithoutConsoleMessages() throws Exception {
    String name = "diff-report.html";
    String dom =
        load(name, DiffRenderer.html(DiffFixtures.before(), DiffFixtures.after()), 1400, 2300);
    assertThat(dom)
        .contains("<h1>Changes to ACME IT</h1>", "Design and build", "Retire", "Operations")
        .contains("+ added", "~ changed", "\u2194 moved", "\u2212 removed")
        .contains("data-kind=\"change-mark\"", "data-kind=\"ghost\"", "data-kind=\"change-key\"");
    assertThat(console(name)).as("console messages").isEmpty();
  }

  @Test
  void hostileDiffReportRunsNothing() throws Exception {
    String name = "hostile-diff-report.html";
    String dom =
        load(name, DiffRenderer.html(Fixtures.reference(), Fixtures.hostileModel()), 1400, 2600);
    assertInert(dom);
    assertThat(dom).contains("&lt;img src=x onerror=").contains("data-kind=\"ghost\"");
    assertThat(dom.split("<a ", -1)).as("only the three section links").hasSize(4);
    assertThat(console(name)).as("console messages").isEmpty();
  }

  @Test
  void reportWithoutFindingsLoads() throws Exception {
    String dom =
        load(
            "chain-of-40.html",
            HtmlReport.render(Fixtures.chainOf(40), Report.of(List.of())),
            1400,
            1400);
    assertThat(dom).contains("Stage 40", "No finding: every rule passed.");
  }

  /**
   * A RACI matrix of 200 roles, some 9,000 px wide: loaded in Chromium, scrolled far right and down
   * inside its box, its header row and its first column are still at the box's edges, the first
   * column is at least 16em wide, and no word of it is broken across lines. The numbers are
   * measured by a script added to a copy of the report (the report itself runs no script, and its
   * Content-Security-Policy would stop one), which writes them into the DOM that Chromium dumps;
   * the script also hides the other sections, so that the screenshot shows the scrolled matrix.
   */
  @Test
  void raciMatrixOfTwoHundredRolesKeepsItsHeaderAndFirstColumnInView() throws Exception {
    String html = HtmlReport.render(Fixtures.fiveChains(200), Report.of(List.of()));
    String csp = "<meta http-equiv=\"Content-Security-Policy\"";
    int cspStart = html.indexOf(csp);
    assertThat(cspStart).isPositive();
    String probe =
        html.substring(0, cspStart)
            + html.substring(html.indexOf("/>", cspStart) + 2)
                .replace("</body>", PROBE + "</body>");
    String dom = load("raci-200-roles.html", probe, 1600, 1000);
    String body = dom.substring(dom.indexOf("<body"), dom.indexOf('>', dom.indexOf("<body")) + 1);
    assertThat(measured(dom, "error")).as("probe error: %s", body).isNaN();
    assertThat(measured(dom, "table-width")).as("the matrix is wide: %s", body).isGreaterThan(5000);
    assertThat(measured(dom, "scrolls-down"))
        .as("the matrix scrolls in its own box: %s", body)
        .isEqualTo(1);
    assertThat(measured(dom, "scroll-left")).as("scrolled right: %s", body).isGreaterThan(3000);
    assertThat(measured(dom, "scroll-top")).as("scrolled down: %s", body).isGreaterThan(100);
    assertThat(measured(dom, "name-left"))
        .as("the first column stays at the left edge of the box: %s", body)
        .isCloseTo(0, within(1.5));
    assertThat(measured(dom, "head-top"))
        .as("the header row stays at the top edge of the box: %s", body)
        .isCloseTo(0, within(1.5));
    assertThat(measured(dom, "first-width"))
        .as("the first column is at least 16em (13 px text) wide: %s", body)
        .isGreaterThanOrEqualTo(16 * 13 - 1);
    assertThat(measured(dom, "names")).as("names measured: %s", body).isGreaterThan(90);
    assertThat(measured(dom, "broken-words")).as("words broken across lines: %s", body).isZero();
  }

  /**
   * The measuring script of {@link #raciMatrixOfTwoHundredRolesKeepsItsHeaderAndFirstColumnInView}.
   */
  private static final String PROBE =
      "<script>(function(){var b=document.body;try{"
          + "for(var s of document.querySelectorAll('body>*:not(#raci)'))s.style.display='none';"
          + "var box=document.querySelector('#raci .scroll'),t=box.querySelector('table');"
          + "b.setAttribute('data-table-width',t.getBoundingClientRect().width);"
          + "b.setAttribute('data-scrolls-down',box.scrollHeight>box.clientHeight+100?1:0);"
          + "box.scrollLeft=6000;box.scrollTop=600;"
          + "b.setAttribute('data-scroll-left',box.scrollLeft);"
          + "b.setAttribute('data-scroll-top',box.scrollTop);"
          + "var r=box.getBoundingClientRect(),left=r.left+box.clientLeft,top=r.top+box.clientTop;"
          + "var names=t.querySelectorAll('tbody td.name'),shown=null,broken=0;"
          + "for(var i=0;i<names.length;i++){var c=names[i].getBoundingClientRect();"
          + "if(!shown&&c.top>top+80&&c.bottom<r.bottom)shown=names[i];"
          + "var n=names[i].firstChild,re=/\\S+/g,m;"
          + "while(n&&(m=re.exec(n.data))){var g=document.createRange();"
          + "g.setStart(n,m.index);g.setEnd(n,m.index+m[0].length);"
          + "if(g.getClientRects().length>1)broken++;}}"
          + "b.setAttribute('data-names',names.length);"
          + "b.setAttribute('data-broken-words',broken);"
          + "b.setAttribute('data-name-left',shown.getBoundingClientRect().left-left);"
          + "b.setAttribute('data-first-width',shown.getBoundingClientRect().width);"
          + "b.setAttribute('data-head-top',t.querySelector('thead th.role')"
          + ".getBoundingClientRect().top-top);"
          + "}catch(e){b.setAttribute('data-error',1);}})();</script>";

  /** A number the probe wrote as a {@code data-} attribute of the body, or NaN if it wrote none. */
  private static double measured(String dom, String name) {
    Matcher m = Pattern.compile(" data-" + name + "=\"([-0-9.e]+)\"").matcher(dom);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** The messages the page wrote to Chromium's console while {@link #load} loaded it. */
  private static List<String> console(String name) throws IOException {
    return Files.readAllLines(dir.resolve(name + ".err"), StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains(":CONSOLE"))
        .toList();
  }

  private static void assertInert(String dom) {
    assertThat(dom)
        .as("no payload ran and no payload became markup")
        .doesNotContain("data-pwned=\"")
        .doesNotContain("<title>pwned</title>")
        // Text is serialized with < escaped, so a raw "<img" can only be an element.
        .doesNotContain("<img", "<script", "<iframe", "<svg onload", "<a href=\"javascript");
  }

  /**
   * Writes {@code content} to a file, loads it in one headless Chromium run that dumps the DOM and
   * takes a screenshot, and returns the DOM.
   */
  private static String load(String name, String content, int width, int height) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    Path screenshot =
        SCREENSHOTS.resolve(name.replaceAll("\\.[a-z]+$", "") + ".png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    Path profile = Files.createTempDirectory(dir, "profile");
    Path out = dir.resolve(name + ".dom");
    Path err = dir.resolve(name + ".err");
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--enable-logging=stderr",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                "--screenshot=" + screenshot,
                "--dump-dom",
                file.toUri().toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("chromium did not finish " + name + " within " + TIMEOUT_SECONDS + " s");
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue())
        .as("chromium exit code; stderr: %s", Files.readString(err, StandardCharsets.UTF_8))
        .isZero();
    assertThat(dom).as("dumped DOM of %s", name).isNotBlank();
    assertThat(screenshot).as("screenshot of %s", name).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(1000);
    return dom;
  }

  private static int width(String svg) {
    return dimension(svg, "width");
  }

  private static int height(String svg) {
    return dimension(svg, "height");
  }

  /** The size of the SVG's root, bounded so that a huge map gives a reasonable window. */
  private static int dimension(String svg, String attribute) {
    int start = svg.indexOf(attribute + "=\"", svg.indexOf("<svg")) + attribute.length() + 2;
    double value = Double.parseDouble(svg.substring(start, svg.indexOf('"', start)));
    return (int) Math.min(4000, Math.ceil(value));
  }
}
