/**
 * GraphML, as Gephi, yEd, Cytoscape desktop and NetworkX read it: a directed graph whose nodes are
 * entities (id = slug) and whose edges are relationships (id = relationship id, parallel edges kept),
 * every attribute declared as a typed key. Nodes are written before edges, a page at a time.
 */
import type { ExportReader } from '../graph/export.js';
import { ENTITY_FIELDS, RELATIONSHIP_FIELDS, type Field } from './fields.js';

// Characters XML 1.0 cannot hold at all (control characters but tab, newline and return).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

function keys<T>(target: 'node' | 'edge', fields: Field<T>[]): string {
  return fields
    .map((f) => `  <key id="${target[0]}_${f.name}" for="${target}" attr.name="${f.name}" attr.type="${f.type}"><desc>${xml(f.description)}</desc></key>\n`)
    .join('');
}

function data<T>(target: 'node' | 'edge', fields: Field<T>[], item: T): string {
  return fields
    .map((f) => {
      const value = f.value(item);
      return value === null ? '' : `<data key="${target[0]}_${f.name}">${xml(String(value))}</data>`;
    })
    .join('');
}

export async function* graphml(reader: ExportReader): AsyncGenerator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys('node', ENTITY_FIELDS) +
    keys('edge', RELATIONSHIP_FIELDS) +
    '  <graph id="conflict-graph" edgedefault="directed">\n'
  );
  for await (const page of reader.entities()) {
    yield page.map((item) => `    <node id="${xml(item.entity.id)}">${data('node', ENTITY_FIELDS, item)}</node>\n`).join('');
  }
  for await (const page of reader.relationships()) {
    yield page
      .map((item) => {
        const r = item.relationship;
        return `    <edge id="${xml(`${r.type}:${r.id}`)}" source="${xml(r.from)}" target="${xml(r.to)}">${data('edge', RELATIONSHIP_FIELDS, item)}</edge>\n`;
      })
      .join('');
  }
  yield '  </graph>\n</graphml>\n';
}
