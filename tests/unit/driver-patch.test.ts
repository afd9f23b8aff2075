/**
 * The fix patches/ applies to neo4j-driver (npm's postinstall runs patch-package): a Bolt message
 * that arrives in several chunks is read from one buffer, not from a list of chunks walked for
 * every byte and string (neo4j/neo4j-javascript-driver#1223). One planned read is one record, so a
 * large page was a many-chunk message. These run the driver's own dechunker on messages cut into
 * chunks, as Neo4j sends them.
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
