/**
 * The country outlines the explorer's map draws, from the world-countries package (already a
 * dependency for the gazetteer; its outlines are ODbL, credited in the README): one GeoJSON
 * FeatureCollection made from its per-country files, simplified (Douglas–Peucker, ~5 km) and
 * rounded so the whole world is a few hundred kilobytes. Built once, when first asked for; the map
 * never reaches a tile server or any other host.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Point = [number, number];
type Ring = Point[];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}
interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: Geometry | null;
}

/** Degrees: points closer than this to the line through their neighbours are dropped. */
const TOLERANCE = 0.05;
const round = (value: number) => Math.round(value * 100) / 100;

function distanceToLine([x, y]: Point, [x1, y1]: Point, [x2, y2]: Point): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length)) : 0;
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Douglas–Peucker on one ring, iteratively (a long coastline would overflow a recursive one). */
export function simplifyRing(ring: Ring, tolerance = TOLERANCE): Ring {
  if (ring.length <= 4) return ring.map(([x, y]) => [round(x), round(y)]);
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToLine(ring[i]!, ring[first]!, ring[last]!);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return ring.filter((_, i) => keep[i]).map(([x, y]) => [round(x), round(y)]);
}

/** A polygon's rings simplified (holes too small to keep dropped); null when its outer ring is. */
function simplifyPolygon(rings: Ring[]): Ring[] | null {
  const [outer, ...holes] = rings.map((ring) => simplifyRing(ring));
  if (!outer || outer.length < 4) return null;
  return [outer, ...holes.filter((hole) => hole.length >= 4)];
}

function simplify(geometry: Geometry): Geometry | null {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
  const kept = polygons.map(simplifyPolygon).filter((polygon): polygon is Ring[] => polygon !== null);
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
}

let world: Promise<string> | undefined;

/** The world's outlines as GeoJSON text (built on the first call, then the same text). */
export function worldOutlines(): Promise<string> {
  world ??= (async () => {
    const folder = join(dirname(createRequire(import.meta.url).resolve('world-countries/countries.json')), 'data');
    const names = (await readdir(folder)).filter((name) => name.endsWith('.geo.json')).sort();
    const features = [];
    for (const name of names) {
      const collection = JSON.parse(await readFile(join(folder, name), 'utf8')) as { features: Feature[] };
      for (const feature of collection.features) {
        const geometry = feature.geometry && simplify(feature.geometry);
        if (geometry) features.push({ type: 'Feature', properties: { id: name.slice(0, 3) }, geometry });
      }
    }
    return JSON.stringify({ type: 'FeatureCollection', features });
  })();
  return world;
}
