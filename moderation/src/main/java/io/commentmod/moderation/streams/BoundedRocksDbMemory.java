package io.commentmod.moderation.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the native memory of every RocksDB store in this JVM together: one block cache shared by
 * all stores, and memtables charged against that same cache through one write-buffer manager.
 * Without it each of the topology's dozen stores, per partition, keeps its own cache and up to
 * three 16 MiB memtables, which is how the standalone process went over 1.5 GiB resident with a
 * 1 GiB heap (docs/performance.md). This is the pattern Kafka Streams' memory-management guide
 * describes; the budget comes from {@link #MEMORY_BYTES_CONFIG} in the Streams config.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {
  /** Streams config key (not a Kafka one; passed through to this setter) for the whole budget, in bytes. */
  public static final String MEMORY_BYTES_CONFIG = "commentmod.rocksdb.memory.bytes";

  private static final double INDEX_FILTER_BLOCK_RATIO = 0.1;
  private static final long MEMTABLE_SIZE = 4L << 20;
  private static final int MEMTABLES = 2;

  private static Cache cache;
  private static WriteBufferManager writeBuffers;

  private static synchronized void init(long budget) {
    if (cache != null) return;
    cache = new LRUCache(budget, -1, false, INDEX_FILTER_BLOCK_RATIO);
    writeBuffers = new WriteBufferManager(budget / 2, cache);
  }

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    Object v = configs.get(MEMORY_BYTES_CONFIG);
    init(v == null ? 64L << 20 : Long.parseLong(v.toString()));
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(cache);
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setWriteBufferManager(writeBuffers);
    options.setWriteBufferSize(MEMTABLE_SIZE);
    options.setMaxWriteBufferNumber(MEMTABLES);
    options.setTableFormatConfig(table);
  }

  @Override
  public void close(String storeName, Options options) {
    // The cache and the write-buffer manager are shared by every store: closing one store must not free them.
  }
}
