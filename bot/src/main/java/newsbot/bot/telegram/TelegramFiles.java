package newsbot.bot.telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import newsbot.bot.chat.Incoming;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Downloads an uploaded document from {@code {api-url}/file/bot{token}/{path}} (the library's
 * file URL ignores a custom API URL), trusting no declared size: the limit holds on the bytes
 * read, and a larger file is dropped after at most the limit and one buffer.
 */
final class TelegramFiles {

  private static final int BUFFER = 8192;

  private final OkHttpClient http;
  private final TelegramClient client;
  private final String fileBase;

  TelegramFiles(OkHttpClient http, TelegramClient client, URI apiUrl, String token) {
    this.http = http;
    this.client = client;
    this.fileBase = apiUrl.toString().replaceAll("/+$", "") + "/file/bot" + token + "/";
  }

  /** The document's bytes, at most {@code maxBytes} of them. */
  byte[] download(String fileId, long maxBytes) throws IOException {
    File file;
    try {
      file = client.execute(new GetFile(fileId));
    } catch (TelegramApiException e) {
      throw new IOException("getFile failed: " + e.getMessage(), e);
    }
    if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
      throw new Incoming.TooLargeException(maxBytes);
    }
    Call call = http.newCall(new Request.Builder().url(fileBase + file.getFilePath()).build());
    try (Response response = call.execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("file download answered HTTP " + response.code());
      }
      if (body.contentLength() > maxBytes) {
        call.cancel();
        throw new Incoming.TooLargeException(maxBytes);
      }
      return readAtMost(body.byteStream(), maxBytes, call);
    }
  }

  /**
   * Reads the stream to its end or until it passes {@code maxBytes}; then the call is cancelled,
   * so that closing the response does not read on to drain the connection.
   */
  private static byte[] readAtMost(InputStream in, long maxBytes, Call call) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        call.cancel();
        throw new Incoming.TooLargeException(maxBytes);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
