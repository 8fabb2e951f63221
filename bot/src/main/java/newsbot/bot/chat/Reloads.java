package newsbot.bot.chat;

import java.io.IOException;
import java.sql.SQLException;
import newsbot.bot.store.Store;
import newsbot.retrieval.IngestReport;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.parse.Rejected;
import newsbot.retrieval.parse.RejectedFileException;

/**
 * The admin's /reload: re-scan the seeds folder, or add an uploaded page (checked by name and
 * declared size before its bytes are read, then by the library), and report what changed; every
 * reload and refused upload goes to the audit log.
 */
final class Reloads {

  private final NewsLibrary library;
  private final Store store;

  Reloads(NewsLibrary library, Store store) {
    this.library = library;
    this.store = store;
  }

  Reply reload(Incoming in) throws IOException, SQLException {
    String saved = "";
    IngestReport r;
    if (in.upload() == null) {
      r = library.ingest();
    } else {
      Incoming.Upload up = in.upload();
      String name = up.fileName() == null ? "" : up.fileName();
      try {
        NewsLibrary.checkPageName(name); // before fetching a file that could never be saved
        if (up.size() > NewsLibrary.MAX_PAGE_BYTES) {
          throw new Incoming.TooLargeException(NewsLibrary.MAX_PAGE_BYTES);
        }
        r = library.addPage(name, up.content().read(NewsLibrary.MAX_PAGE_BYTES));
      } catch (RejectedFileException | Incoming.TooLargeException e) {
        String reason = e instanceof Incoming.TooLargeException tooLarge
            ? "文件太大,版面文件应小于 " + tooLarge.limit() / (1024 * 1024) + " MB" : e.getMessage();
        store.audit(in.channel().key(), in.userId(), "upload-rejected", name + ": " + reason);
        return Reply.text("没有载入 " + name + ":" + reason + "。现有内容没有改变。");
      }
      saved = "已保存 " + name + "。\n";
    }
    String report = saved + reloadReport(r);
    store.audit(in.channel().key(), in.userId(), "reload", report.replace('\n', ' '));
    return Reply.text(report);
  }

  static String reloadReport(IngestReport r) {
    StringBuilder sb = new StringBuilder("重新载入完成:");
    sb.append("新增 ").append(r.added().size()).append(",更新 ").append(r.changed().size())
        .append(",删除 ").append(r.removed().size()).append(",拒收 ").append(r.rejected().size())
        .append("。");
    if (!r.added().isEmpty()) {
      sb.append("\n新增:").append(String.join("、", r.added()));
    }
    if (!r.changed().isEmpty()) {
      sb.append("\n更新:").append(String.join("、", r.changed()));
    }
    if (!r.removed().isEmpty()) {
      sb.append("\n删除:").append(String.join("、", r.removed()));
    }
    for (Rejected rej : r.rejected()) {
      sb.append("\n拒收 ").append(rej.source()).append(":").append(rej.reason())
          .append(r.keptPrevious().contains(rej.source()) ? "(保留原有版本)" : "");
    }
    sb.append("\n共 ").append(r.parse().pages()).append(" 版、").append(r.parse().articles())
        .append(" 篇文章,").append(r.index().passages()).append(" 个段落已索引。");
    return sb.toString();
  }
}
