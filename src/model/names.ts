/**
 * Ids and names: what a slug is, how one is made from a name, and the ASCII folding both rest on
 * (accents, other scripts, typographic dashes and apostrophes), so the importer, the API and the
 * extractor make the same id from the same name.
 */
import anyAscii from 'any-ascii';

/** A slug: lowercase letters, digits and single hyphens, e.g. `nikol-pashinyan`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ASCII, lowercase, with typographic dashes and apostrophes made plain. */
export function fold(text: string): string {
  return anyAscii(text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`´]/g, "'")).toLowerCase();
}

/** A slug from a name: "Nikol Pashinyan" → `nikol-pashinyan`, "ОДКБ" → `odkb`, "Azerbaijan's" → `azerbaijans`. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
