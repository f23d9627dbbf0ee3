package dev.itom.json.internal;

import dev.itom.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where every value of one document stood, kept compactly: one row of parallel int arrays per value
 * (parent row, path segment, line, column). JSON Pointers are built only when asked for, on the
 * error path.
 */
final class Locations {
  /** Rows per block; a block holds parent, segment, line and column of each of its rows. */
  private static final int BLOCK_BITS = 12;

  private static final int BLOCK_ROWS = 1 << BLOCK_BITS;

  private int size;
  private int[][] blocks = new int[16][];
  private final List<String> keys = new ArrayList<>();
  private @Nullable Map<String, Integer> byPointer;

  /**
   * Creates an empty table. Rows live in fixed-size blocks, so a large document never copies the
   * rows it has already recorded, and a small one never allocates a large table up front.
   */
  Locations() {}

  /** Adds a row for a value; returns its row number. */
  int add(int parentRow, int seg, int lineNr, int columnNr) {
    int block = size >>> BLOCK_BITS;
    if (block == blocks.length) {
      blocks = Arrays.copyOf(blocks, block * 2);
    }
    int[] rows = blocks[block];
    if (rows == null) {
      rows = new int[BLOCK_ROWS * 4];
      blocks[block] = rows;
    }
    int at = (size & (BLOCK_ROWS - 1)) << 2;
    rows[at] = parentRow;
    rows[at + 1] = seg;
    rows[at + 2] = lineNr;
    rows[at + 3] = columnNr;
    return size++;
  }

  private int get(int row, int field) {
    return blocks[row >>> BLOCK_BITS][((row & (BLOCK_ROWS - 1)) << 2) + field];
  }

  private int parent(int row) {
    return get(row, 0);
  }

  private int segment(int row) {
    return get(row, 1);
  }

  /** Returns the segment code of a field with a free name, such as a property key. */
  int keySegment(String key) {
    keys.add(key);
    return -(Fields.COUNT + keys.size());
  }

  int line(int row) {
    return row < 0 || row >= size ? 0 : get(row, 2);
  }

  int column(int row) {
    return row < 0 || row >= size ? 0 : get(row, 3);
  }

  String pointer(int row) {
    if (row <= 0 || row >= size) {
      return "";
    }
    int depth = 0;
    for (int r = row; r > 0; r = parent(r)) {
      depth++;
    }
    String[] tokens = new String[depth];
    int i = depth;
    for (int r = row; r > 0; r = parent(r)) {
      tokens[--i] = token(segment(r));
    }
    StringBuilder out = new StringBuilder();
    for (String token : tokens) {
      out.append('/').append(Texts.escapeToken(token));
    }
    return out.toString();
  }

  private String token(int seg) {
    if (seg >= 0) {
      return Integer.toString(seg);
    }
    int code = -seg - 1;
    return code < Fields.COUNT ? Fields.NAMES[code] : keys.get(code - Fields.COUNT);
  }

  /**
   * Returns the row of the value at {@code pointer}, or of its nearest recorded ancestor when no
   * value stood there (for example a required field that was left out).
   */
  int find(String pointer) {
    Map<String, Integer> index = byPointer;
    if (index == null) {
      index = new HashMap<>(size * 2);
      for (int r = 0; r < size; r++) {
        index.putIfAbsent(pointer(r), r);
      }
      byPointer = index;
    }
    String p = pointer;
    while (true) {
      Integer row = index.get(p);
      if (row != null) {
        return row;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return 0;
      }
      p = p.substring(0, slash);
    }
  }
}
