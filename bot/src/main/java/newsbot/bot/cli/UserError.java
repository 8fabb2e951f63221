package newsbot.bot.cli;

/** A mistake in what the user asked for (a missing file, a bad date); one clear line, exit 2. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
