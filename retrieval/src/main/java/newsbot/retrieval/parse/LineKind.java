package newsbot.retrieval.parse;

/** What a line of a page is, as far as one line and its block can tell. */
enum LineKind {
  /** Masthead, banner, advert, weather: printed, but part of no article. */
  FURNITURE,
  /** ■记者 … or a line of reporter roles and names. */
  BYLINE,
  /** (上接1版): the start of an article's continuation from another page. */
  CONTINUED_FROM,
  /** (下转2版) alone on a line. */
  CONTINUES_TO,
  /** A short line with no sentence punctuation: a headline, a subhead or a caption label. */
  HEADING,
  /** Body text. */
  BODY,
  /** A notice's signature, set by {@link Notices}: 特此通告, the issuing body, the date. */
  SIGNATURE
}
