/** Values as the import format holds them: a value is there or absent, never null. */

/** The entries of an object whose value is neither null nor undefined. */
export function withoutNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}
