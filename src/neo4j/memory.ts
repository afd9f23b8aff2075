/**
 * How much memory the embedded Neo4j gets: heap and page cache from the machine's memory (or as
 * configured), and the caps on transaction memory that make an oversized transaction fail alone.
 */
import { totalmem } from 'node:os';

const MIB = 1024 * 1024;

/** Heap, page cache and transaction-memory caps of the embedded Neo4j, in MiB. */
export interface EmbeddedMemory {
  heapMb: number;
  pageCacheMb: number;
  /** `dbms.memory.transaction.total.max`: all transactions together. */
  transactionTotalMb: number;
  /** `db.memory.transaction.max`: any one transaction; over it, that transaction fails, not the database. */
  transactionMaxMb: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
const toMb = (size: string) => {
  const match = /^(\d+)([kmg])$/i.exec(size);
  if (!match) throw new Error(`not a memory size: ${size}`);
  const unit = (match[2] as string).toLowerCase();
  return Math.max(1, Math.round(Number(match[1]) * (unit === 'g' ? 1024 : unit === 'm' ? 1 : 1 / 1024)));
};

/**
 * Memory for the embedded Neo4j: an eighth of the machine each for heap (512 MiB to 8 GiB) and page
 * cache (256 MiB to 8 GiB), leaving the rest to the server, the desktop and the OS; explicit sizes
 * win. Transactions may use 60 % of the heap together and 40 % each, so one that grows too large is
 * refused with MemoryPoolOutOfMemoryError while the JVM keeps the rest for itself.
 */
export function embeddedMemory(options: { heap?: string; pageCache?: string }, machineBytes = totalmem()): EmbeddedMemory {
  const eighth = machineBytes / 8 / MIB;
  const heapMb = options.heap && options.heap !== 'auto' ? toMb(options.heap) : Math.floor(clamp(eighth, 512, 8192) / 64) * 64;
  const pageCacheMb = options.pageCache && options.pageCache !== 'auto' ? toMb(options.pageCache) : Math.floor(clamp(eighth, 256, 8192) / 64) * 64;
  return { heapMb, pageCacheMb, transactionTotalMb: Math.floor(heapMb * 0.6), transactionMaxMb: Math.floor(heapMb * 0.4) };
}
