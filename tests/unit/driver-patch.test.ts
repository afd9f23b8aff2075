/**
 * The fixes patches/ applies to neo4j-driver (npm's postinstall runs patch-package). A Bolt message
 * that arrives in several chunks is read from one buffer, not from a list of chunks walked for
 * every byte and string (neo4j/neo4j-javascript-driver#1223). One planned read is one record, so a
 * large page was a many-chunk message. These run the driver's own dechunker on messages cut into
 * chunks, as Neo4j sends them.
 *
 * And a result captures its caller's stack, for a failure to show where the query was asked, but
 * makes it into text only when the result fails, not for every query.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The driver's internals, as its connection uses them (CommonJS, with no types of their own).
const require = createRequire(import.meta.url);
type Buffered = { position: number; length: number; _buffer?: Buffer };
const { Dechunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as {
  Dechunker: new () => { write(buf: unknown): void; onmessage: (message: Buffered) => void };
};
const ChannelBuffer = (require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (bytes: Buffer) => unknown }).default;
const utf8 = (require('neo4j-driver-bolt-connection/lib/channel/utf8.js') as { default: { decode(buf: Buffered, length: number): string } }).default;
type Observer = { onError?: (error: Error) => void };
const Result = (require('neo4j-driver-core/lib/result.js') as { default: new (observer: Promise<unknown>, query: string) => PromiseLike<unknown> }).default;

/** `bytes` framed as Bolt frames it: chunks of at most `size` bytes, each after its two-byte length, then the end marker. */
function framed(bytes: Buffer, size: number): Buffer {
  const frames: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) {
    const chunk = bytes.subarray(start, start + size);
    const header = Buffer.alloc(2);
    header.writeUInt16BE(chunk.length);
    frames.push(header, chunk);
  }
  return Buffer.concat([...frames, Buffer.alloc(2)]);
}

/** The messages the driver's dechunker makes of `stream`, fed to it in pieces of `read` bytes (as a socket delivers them). */
function dechunked(stream: Buffer, read: number): Buffered[] {
  const dechunker = new Dechunker();
  const messages: Buffered[] = [];
  dechunker.onmessage = (message) => messages.push(message);
  for (let start = 0; start < stream.length; start += read) dechunker.write(new ChannelBuffer(stream.subarray(start, start + read)));
  return messages;
}

describe('a Bolt message in many chunks', () => {
  // Text whose multi-byte characters fall across chunk and read boundaries.
  const text = 'Nagorno-Karabakh — Lachın, Jermuk, Goris; ⚠ ceasefire ✓ '.repeat(2_000);
  const bytes = Buffer.from(text, 'utf8');

  it('is read from one buffer holding the whole message', () => {
    const [message, ...rest] = dechunked(framed(bytes, 8_192), 65_536);
    expect(rest).toHaveLength(0);
    expect(message?._buffer).toBeInstanceOf(Buffer);
    expect(message?.length).toBe(bytes.length);
  });

  it('keeps every byte, in order, whatever the chunk and read sizes', () => {
    for (const [chunk, read] of [
      [8_192, 65_536],
      [1_000, 777],
      [13, 4_096],
    ] as const) {
      const [message] = dechunked(framed(bytes, chunk), read);
      expect(message).toBeDefined();
      expect(utf8.decode(message as Buffered, bytes.length)).toBe(text);
    }
  });
});

describe("a result's record of where it was asked", () => {
  /** Runs `body` with V8's stack formatting counted: how many stacks were made into text. */
  function formattedStacks(body: () => void): number {
    const original = Error.prepareStackTrace;
    let formatted = 0;
    Error.prepareStackTrace = (error, frames) => {
      formatted++;
      return original ? original(error, frames) : `${String(error)}\n${frames.map((frame) => `    at ${String(frame)}`).join('\n')}`;
    };
    try {
      body();
    } finally {
      Error.prepareStackTrace = original;
    }
    return formatted;
  }

  it('is not made into text for a query that has not failed', () => {
    expect(formattedStacks(() => new Result(new Promise(() => undefined), 'RETURN 1'))).toBe(0);
  });

  it("still puts the asker's frames into the error of a query that fails", async () => {
    // An observer that fails as a Bolt stream does when Neo4j refuses the query.
    const failing = Promise.resolve({ subscribe: (observer: Observer) => observer.onError?.(new Error('/ by zero')) });
    async function askTheImpossible() {
      return await new Result(failing, 'RETURN 1/0');
    }
    const error = (await askTheImpossible().catch((caught: unknown) => caught)) as Error;
    expect(error.message).toBe('/ by zero');
    expect(error.stack).toMatch(/^Error: \/ by zero\n[\s\S]*askTheImpossible/);
  });
});
