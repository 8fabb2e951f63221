package newsbot.retrieval.embed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The on-disk layout of an embedding cache, and how it is read and checked. Stateless.
 *
 * <p>Format 2: a 12-byte header (magic {@code NBEC}, format version, dimension), then fixed-size
 * records: the 32-byte key, the vector as big-endian floats, and a CRC32C of both. A record is
 * valid when it is whole, its checksum matches and its vector is finite and of unit length;
 * scanning stops at the first record that is not whole or whose checksum fails, so a torn or
 * corrupt write loses only itself and what follows it. A scan checks only the checksum (what is
 * written is checked unit before), a record read on its own is checked in full. Format 1 (records
 * without header or checksum) is still read, checked the same way but for the checksum (its scan
 * checks the vector's length), so that an old cache is migrated instead of recomputed.
 */
final class CacheFile {

  static final int MAGIC = 0x4E42_4543; // "NBEC"
  static final int VERSION = 2;
  static final int HEADER_BYTES = 12;
  static final int KEY_BYTES = 32;
  private static final int CRC_BYTES = 4;
  /** Allowed distance of a vector's squared length from 1 (models write float32 unit vectors). */
  private static final double NORM_TOLERANCE = 1e-3;
  /** How much a scan reads at once. */
  private static final int CHUNK_BYTES = 4 << 20;

  /** How a file starts: in this format, in format 1, or in one that cannot be used. */
  enum Layout { CURRENT, LEGACY, OBSOLETE }

  /**
   * What a scan found besides the records it handed on.
   *
   * @param records how many valid records it handed on
   * @param end where the last valid record ends: the next record goes there
   * @param size the file's length when it was read; bytes from end to size were dropped
   */
  record Scan(Layout layout, int records, long end, long size) {
    long droppedBytes() {
      return size - end;
    }
  }

  /**
   * Takes each valid record of a scan: the layout of the file, the record's bytes at {@code at}
   * in the chunk, and its number.
   */
  interface RecordSink {
    void accept(Layout layout, ByteBuffer chunk, int at, int record) throws IOException;
  }

  private final int dimension;

  CacheFile(int dimension) {
    this.dimension = dimension;
  }

  int recordBytes(Layout layout) {
    return KEY_BYTES + 4 * dimension + (layout == Layout.CURRENT ? CRC_BYTES : 0);
  }

  /** Where a record starts in a file of this layout. */
  long offset(Layout layout, int record) {
    return (layout == Layout.CURRENT ? HEADER_BYTES : 0) + (long) record * recordBytes(layout);
  }

  /** Scans a whole file: its header, then every record up to the first invalid one. */
  Scan read(FileChannel channel, RecordSink sink) throws IOException {
    long size = channel.size();
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
    channel.read(header, 0);
    header.flip();
    if (header.remaining() < 4 || header.getInt() != MAGIC) {
      return records(channel, Layout.LEGACY, 0, sink);
    }
    if (header.remaining() < 8 || header.getInt() != VERSION || header.getInt() != dimension) {
      return new Scan(Layout.OBSOLETE, 0, 0, size);
    }
    return records(channel, Layout.CURRENT, HEADER_BYTES, sink);
  }

  /**
   * Scans the records of one layout from an offset up to the first invalid one, reading large
   * chunks: this is the cost of opening a cache, about one second per gigabyte in page cache.
   */
  Scan records(FileChannel channel, Layout layout, long from, RecordSink sink) throws IOException {
    long size = channel.size();
    int length = recordBytes(layout);
    long wanted = Math.max(0, (size - from) / length);
    ByteBuffer chunk = ByteBuffer.allocateDirect(
        (int) Math.max(1, Math.min(CHUNK_BYTES / length, wanted)) * length);
    CRC32C crc = new CRC32C();
    long end = from;
    int count = 0;
    while (end + length <= size) {
      chunk.clear().limit((int) Math.min(chunk.capacity(), (size - end) / length * length));
      while (chunk.hasRemaining() && channel.read(chunk, end + chunk.position()) >= 0) {
        // positional reads until the chunk is full or the file ends
      }
      int whole = chunk.position() / length;
      for (int i = 0; i < whole; i++, count++, end += length) {
        if (!scanValid(chunk, i * length, layout, crc)) {
          return new Scan(layout, count, end, size);
        }
        sink.accept(layout, chunk, i * length, (int) ((end - offset(layout, 0)) / length));
      }
      if (whole * length < chunk.limit()) {
        break; // the file ended before the chunk did
      }
    }
    return new Scan(layout, count, end, size);
  }

  /** The checks of a scan: the checksum in format 2, the vector's length in format 1. */
  private boolean scanValid(ByteBuffer chunk, int at, Layout layout, CRC32C crc) {
    int length = recordBytes(layout);
    if (layout == Layout.CURRENT) {
      crc.reset();
      crc.update(chunk.duplicate().limit(at + length - CRC_BYTES).position(at));
      return (int) crc.getValue() == chunk.getInt(at + length - CRC_BYTES);
    }
    return isUnit(floats(chunk, at + KEY_BYTES));
  }

  private float[] floats(ByteBuffer buf, int at) {
    float[] v = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = buf.getFloat(at + 4 * i);
    }
    return v;
  }

  /** Every valid record's vector, by key (a migration reads them all once). */
  Map<String, float[]> vectors(FileChannel channel, Layout layout) throws IOException {
    Map<String, float[]> out = new LinkedHashMap<>();
    records(channel, layout, offset(layout, 0), (scanned, chunk, at, record) -> {
      byte[] key = new byte[KEY_BYTES];
      chunk.get(at, key);
      out.put(HexFormat.of().formatHex(key), floats(chunk, at + KEY_BYTES));
    });
    return out;
  }

  /** Reads bytes at an offset, as many as the array holds; false when the file ends first. */
  static boolean readAt(FileChannel channel, byte[] into, long offset) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(into);
    while (buf.hasRemaining()) {
      if (channel.read(buf, offset + buf.position()) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The vector of a whole record read on its own, or null when the record is not valid. */
  float[] vector(byte[] record, Layout layout) {
    ByteBuffer buf = ByteBuffer.wrap(record);
    if (layout == Layout.CURRENT) {
      CRC32C crc = new CRC32C();
      crc.update(record, 0, record.length - CRC_BYTES);
      if ((int) crc.getValue() != buf.getInt(record.length - CRC_BYTES)) {
        return null;
      }
    }
    float[] v = floats(buf, KEY_BYTES);
    return isUnit(v) ? v : null;
  }
  /** True for a finite vector of length 1, what every model here writes. */
  static boolean isUnit(float[] v) {
    double sum = 0;
    for (float f : v) {
      sum += (double) f * f;
    }
    return Double.isFinite(sum) && Math.abs(sum - 1) <= NORM_TOLERANCE;
  }

  /** Header and records in this format, ready to write. */
  ByteBuffer encode(Map<String, float[]> entries, boolean withHeader) {
    int length = recordBytes(Layout.CURRENT);
    ByteBuffer buf = ByteBuffer.allocate((withHeader ? HEADER_BYTES : 0) + entries.size() * length);
    if (withHeader) {
      buf.putInt(MAGIC).putInt(VERSION).putInt(dimension);
    }
    CRC32C crc = new CRC32C();
    for (Map.Entry<String, float[]> e : entries.entrySet()) {
      int start = buf.position();
      buf.put(HexFormat.of().parseHex(e.getKey()));
      for (float f : e.getValue()) {
        buf.putFloat(f);
      }
      crc.reset();
      crc.update(buf.array(), start, buf.position() - start);
      buf.putInt((int) crc.getValue());
    }
    return buf.flip();
  }

  /** Writes the buffer at an offset, all of it. */
  static void write(FileChannel channel, ByteBuffer buf, long at) throws IOException {
    long position = at;
    while (buf.hasRemaining()) {
      position += channel.write(buf, position);
    }
  }

  /**
   * Replaces the file with one in this format holding these entries: written beside it, then
   * moved over it, so a crash leaves either the old file or the new one.
   *
   * @return the length of the new file
   */
  long rewrite(Path file, Map<String, float[]> entries) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      write(out, encode(entries, true), 0);
      out.force(true);
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return Files.size(file);
  }
}
