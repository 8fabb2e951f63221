package newsbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import newsbot.bot.App;
import newsbot.bot.Wiring;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Config;
import newsbot.retrieval.NewsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web chat and the source viewer in a real headless Chromium (Debian's chromium and
 * chromedriver; .ci/run installs them): type a question, see the cited answer, press 👎 under it
 * and see the acknowledgement, follow the citation to the highlighted article.
 */
class WebChatBrowserTest {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  @TempDir static Path data;
  @TempDir static Path profile;
  static NewsLibrary library;
  static App app;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    Config config = Config.of(Map.of("http.port", String.valueOf(port),
        "http.public-base-url", base), Map.of());
    Wiring wiring = new Wiring(BotConfig.from(config, Path.of("seeds"), data));
    library = wiring.library();
    app = wiring.app(library, java.time.Clock.systemUTC()).start();
  }

  @AfterAll
  static void stop() throws IOException {
    app.close();
    library.close();
  }

  @Test
  void should_answer_health_checks_with_200_once_the_index_is_loaded() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
  }

  @Test
  void should_show_a_cited_answer_take_a_verdict_and_follow_the_citation_to_the_article()
      throws IOException {
    assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "the browser test needs Debian's chromium and chromium-driver (bash .ci/run installs them)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=900,1100",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    WebDriver browser = new ChromeDriver(service, options);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      browser.get(base + "/");
      assertTrue(browser.getTitle().contains("读报助手"));
      WebElement input = browser.findElement(By.id("q"));
      input.sendKeys("平湖跨境电商到2027年的出口目标是多少?");
      browser.findElement(By.cssSelector("form button")).click();

      WebElement answer = wait.until(d -> d.findElements(By.cssSelector(".msg.bot.answer")).stream()
          .filter(e -> e.getText().contains("30亿元")).findFirst().orElse(null));
      assertTrue(answer.getText().contains("[1]"), answer.getText());
      assertTrue(answer.getText().contains("《我市加力推动跨境电商高质量发展》"), answer.getText());
      Path shots = Files.createDirectories(Path.of("bot", "target", "screenshots"));
      Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
          shots.resolve("webchat.png"), StandardCopyOption.REPLACE_EXISTING);

      WebElement down = answer.findElement(By.cssSelector(".verdict button.down"));
      assertEquals("👎 没帮上", down.getText());
      down.click();
      WebElement verdict = wait.until(d -> answer.findElements(By.cssSelector(".verdict.done"))
          .stream().findFirst().orElse(null));
      assertEquals("谢谢,已记下:没帮上忙。编辑会看到这个问题。", verdict.getText());
      assertEquals(0, answer.findElements(By.cssSelector(".verdict button")).size(),
          "the buttons give way to the acknowledgement");

      WebElement citation = answer.findElement(By.partialLinkText("我市加力推动跨境电商高质量发展"));
      String href = citation.getAttribute("href");
      assertTrue(href.startsWith(base + "/articles/001_1b195415e26a939e-"), href);
      citation.click();

      WebElement cited = wait.until(d -> d.findElements(By.cssSelector("article.cited")).stream()
          .findFirst().orElse(null));
      assertEquals("我市加力推动跨境电商高质量发展", cited.findElement(By.tagName("h2")).getText());
      assertTrue(cited.getText().contains("达30亿元以上"));
      assertEquals(href.substring(href.lastIndexOf('/') + 1), cited.getAttribute("id"));
      assertEquals(5, browser.findElements(By.tagName("article")).size(), "the whole page");
      assertTrue(browser.findElement(By.tagName("header")).getText().contains("2025年8月4日"));
      Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
          shots.resolve("viewer.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.quit();
    }
  }
}
