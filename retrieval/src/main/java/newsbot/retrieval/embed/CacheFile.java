package newsbot.retrieval.embed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
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
 * reading stops at the first record that is not, so a torn or corrupt write loses only itself and
 * what follows it. Format 1 (records without header or checksum) is still read, checked the same
 * way but for the checksum, so that an old cache is migrated instead of recomputed.
 */
final class CacheFile {

  static final int MAGIC = 0x4E42_4543; // "NBEC"
  static final int VERSION = 2;
  static final int HEADER_BYTES = 12;
  static final int KEY_BYTES = 32;
  private static final int CRC_BYTES = 4;
  /** Allowed distance of a vector's squared length from 1 (models write float32 unit vectors). */
  private static final double NORM_TOLERANCE = 1e-3;

  /** How a file starts: in this format, in format 1, or in one that cannot be used. */
  enum Layout { CURRENT, LEGACY, OBSOLETE }

  /**
   * The valid records read from one offset on.
   *
   * @param end where the last valid record ends: the next record goes there
   * @param size the file's length when it was read; bytes from end to size were dropped
   */
  record Scan(Layout layout, Map<String, float[]> vectors, long end, long size) {
    long droppedBytes() {
      return size - end;
    }
  }

  private final int dimension;

  CacheFile(int dimension) {
    this.dimension = dimension;
  }

  int recordBytes(Layout layout) {
    return KEY_BYTES + 4 * dimension + (layout == Layout.CURRENT ? CRC_BYTES : 0);
  }

  /** Reads a whole file: its header, then every record up to the first invalid one. */
  Scan read(FileChannel channel) throws IOException {
    long size = channel.size();
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
    channel.read(header, 0);
    header.flip();
    if (header.remaining() < 4 || header.getInt() != MAGIC) {
      return records(channel, Layout.LEGACY, 0);
    }
    if (header.remaining() < 8 || header.getInt() != VERSION || header.getInt() != dimension) {
      return new Scan(Layout.OBSOLETE, Map.of(), 0, size);
    }
    return records(channel, Layout.CURRENT, HEADER_BYTES);
  }

  /** Reads the records of one layout from an offset up to the first invalid one. */
  Scan records(FileChannel channel, Layout layout, long from) throws IOException {
    long size = channel.size();
    Map<String, float[]> out = new LinkedHashMap<>();
    int length = recordBytes(layout);
    byte[] record = new byte[length];
    long end = from;
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(from)),
        1 << 16);
    while (in.readNBytes(record, 0, length) == length) {
      float[] vector = decode(record, layout);
      if (vector == null) {
        break;
      }
      out.put(HexFormat.of().formatHex(record, 0, KEY_BYTES), vector);
      end += length;
    }
    return new Scan(layout, out, end, size);
  }

  /** The vector of a whole record, or null when the record is not valid. */
  private float[] decode(byte[] record, Layout layout) {
    ByteBuffer buf = ByteBuffer.wrap(record);
    if (layout == Layout.CURRENT) {
      CRC32C crc = new CRC32C();
      crc.update(record, 0, record.length - CRC_BYTES);
      if ((int) crc.getValue() != buf.getInt(record.length - CRC_BYTES)) {
        return null;
      }
    }
    buf.position(KEY_BYTES);
    float[] v = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = buf.getFloat();
    }
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
