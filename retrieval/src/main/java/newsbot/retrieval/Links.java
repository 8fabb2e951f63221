package newsbot.retrieval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The two links of a citation: the official e-paper page (only when date and page are known, from
 * a configurable template) and the bot's own source viewer (always).
 *
 * <p>Template placeholders: {yyyy}, {MM}, {dd}, {yyyyMM}, {yyyyMMdd}, {page} (1, 2, …) and {page2}
 * (01, 02, …).
 */
public record Links(String publicBaseUrl, String epaperTemplate) {

  public static final String DEFAULT_EPAPER_TEMPLATE =
      "http://szb.zjphol.com/pc/layout/{yyyyMM}/{dd}/node_{page2}.html";

  public Links {
    publicBaseUrl = publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
  }

  /** The source viewer page of an article. */
  public String viewer(String articleId) {
    return publicBaseUrl + "/articles/" + articleId;
  }

  /** The e-paper page, or null when the date or page is unknown or no template is set. */
  public String epaper(LocalDate date, Integer page) {
    if (date == null || page == null || epaperTemplate == null || epaperTemplate.isBlank()) {
      return null;
    }
    return epaperTemplate
        .replace("{yyyyMMdd}", date.format(DateTimeFormatter.BASIC_ISO_DATE))
        .replace("{yyyyMM}", date.format(DateTimeFormatter.ofPattern("yyyyMM")))
        .replace("{yyyy}", date.format(DateTimeFormatter.ofPattern("yyyy")))
        .replace("{MM}", date.format(DateTimeFormatter.ofPattern("MM")))
        .replace("{dd}", date.format(DateTimeFormatter.ofPattern("dd")))
        .replace("{page2}", String.format("%02d", page))
        .replace("{page}", String.valueOf(page));
  }

  /** The best single link: the e-paper page when known, else the viewer. */
  public String best(String articleId, LocalDate date, Integer page) {
    String e = epaper(date, page);
    return e != null ? e : viewer(articleId);
  }
}
