import { printSchema } from 'graphql';
import { schema } from './index.js';

/** The SDL exactly as it is checked in under schema/. */
export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}
