// The map view: the events and places of what is on screen at their points, over country outlines
// the server ships (/explore/world.json, from a package: no tile server, nothing from another
// host), drawn as SVG in an equirectangular projection fitted to the points. What it shows comes
// from the GeoJSON export with the view's centre, date and filters, so the slider and the legend
// drive it as they drive the graph; a point is a button that opens the same details.

import { KINDS, SHAPE_PATHS } from './shared.js';

const SVG = 'http://www.w3.org/2000/svg';
/** The smallest span the map shows, in degrees, so one point still has a country around it. */
const MIN_SPAN = 8;
const WORLD = { west: -170, east: 180, south: -58, north: 80 };

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

let outlines;
/** The outlines with each country's box, fetched once. */
function world() {
  outlines ??= fetch('/explore/world.json')
    .then((response) => response.json())
    .then(({ features }) =>
      features.map((feature) => {
        const points = feature.geometry.coordinates.flat(2);
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        return { rings: feature.geometry.coordinates.flat(1), west: Math.min(...xs), east: Math.max(...xs), south: Math.min(...ys), north: Math.max(...ys) };
      }),
    );
  return outlines;
}

/** The box to show: the points' own, widened to at least MIN_SPAN and a margin; the world when none. */
function boundsOf(points) {
  if (!points.length) return WORLD;
  const xs = points.map((p) => p.geometry.coordinates[0]);
  const ys = points.map((p) => p.geometry.coordinates[1]);
  const widen = (low, high) => {
    const middle = (low + high) / 2;
    const half = Math.max(MIN_SPAN, (high - low) * 1.3) / 2;
    return [middle - half, middle + half];
  };
  const [west, east] = widen(Math.min(...xs), Math.max(...xs));
  const [south, north] = widen(Math.min(...ys), Math.max(...ys));
  return { west, east, south, north };
}

/** An equirectangular projection of `bounds` into width × height (east–west shrunk by the middle latitude's cosine). */
function projection(bounds, width, height) {
  const middle = { x: (bounds.west + bounds.east) / 2, y: (bounds.south + bounds.north) / 2 };
  const shrink = Math.cos((middle.y * Math.PI) / 180);
  const scale = Math.min(width / ((bounds.east - bounds.west) * shrink), height / (bounds.north - bounds.south));
  const project = ([x, y]) => [width / 2 + (x - middle.x) * shrink * scale, height / 2 - (y - middle.y) * scale];
  // What the window really shows (wider one way than `bounds`, to keep the shape true).
  const seen = {
    west: middle.x - width / 2 / shrink / scale,
    east: middle.x + width / 2 / shrink / scale,
    south: middle.y - height / 2 / scale,
    north: middle.y + height / 2 / scale,
  };
  return { project, seen };
}

/** Points closer than this many pixels are spread on a small circle, so each can be seen and picked. */
const CROWD = 12;
const LINE = 14;
const CHARACTER = 6.2;

function spread(placed) {
  const groups = [];
  for (const point of placed) {
    const near = groups.find((group) => Math.hypot(group[0].x - point.x, group[0].y - point.y) < CROWD);
    if (near) near.push(point);
    else groups.push([point]);
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const { x, y } = group[0];
    group.forEach((point, i) => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      point.x = x + CROWD * Math.cos(angle);
      point.y = y + CROWD * Math.sin(angle);
    });
  }
  return placed;
}

/** `text` in lines of at most `room` characters, broken between words. */
function wrap(text, room) {
  const lines = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= room) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Where each label goes: right of its point, or left when it would leave the map, in lines when it
 * fits neither, and moved down below any label it would cover (a leader line then joins it to
 * its point).
 */
function placeLabels(placed, width) {
  const boxes = [];
  for (const point of [...placed].sort((a, b) => a.y - b.y)) {
    const { name } = point.feature.properties;
    const whole = CHARACTER * name.length;
    const left = point.x + 11 + whole > width && point.x - 11 - whole >= 0;
    const lines = left ? [name] : wrap(name, Math.max(8, Math.floor((width - point.x - 15) / CHARACTER)));
    const length = CHARACTER * Math.max(...lines.map((line) => line.length));
    const x1 = left ? point.x - 11 - length : point.x + 11;
    const height = LINE * lines.length;
    let y = point.y;
    while (boxes.some((box) => box.x1 < x1 + length && x1 < box.x2 && box.y < y + height && y < box.y + box.height)) y += LINE;
    boxes.push({ x1, x2: x1 + length, y, height });
    point.label = { left, dy: y - point.y, lines };
  }
  return placed;
}

/**
 * The map in `container` (a <section>): `draw(features)` draws GeoJSON point features (from the
 * export) over the outlines; `onPick(slug)` is told the point chosen (click, Enter or Space).
 */
export function mapView({ container, onPick }) {
  let last = [];
  async function draw(features) {
    last = features;
    const countries = await world();
    const width = container.clientWidth || 800;
    const height = container.clientHeight || 500;
    const { project, seen } = projection(boundsOf(features), width, height);
    const land = svg('g', { class: 'land', 'aria-hidden': 'true' });
    for (const country of countries) {
      if (country.east < seen.west || country.west > seen.east || country.north < seen.south || country.south > seen.north) continue;
      const d = country.rings
        .map(
          (ring) =>
            `M${ring
              .map((p) =>
                project(p)
                  .map((v) => v.toFixed(1))
                  .join(' '),
              )
              .join('L')}Z`,
        )
        .join('');
      land.append(svg('path', { d }));
    }
    const placed = placeLabels(
      spread(
        features.map((feature) => {
          const [x, y] = project(feature.geometry.coordinates);
          return { feature, x, y };
        }),
      ),
      width,
    );
    const points = placed.map(({ feature, x, y, label }) => {
      const { id, name, kind } = feature.properties;
      const known = KINDS[kind] ?? KINDS.REGION;
      const pick = () => onPick(id);
      const point = svg(
        'g',
        {
          class: 'point',
          role: 'button',
          tabindex: '0',
          'data-id': id,
          'aria-label': `${name} (${known.label})`,
          transform: `translate(${x.toFixed(1)} ${y.toFixed(1)})`,
        },
        svg('path', { d: SHAPE_PATHS[known.shape], transform: 'translate(-8 -8) scale(0.8)', fill: known.color, stroke: '#1d2430' }),
        label.dy ? svg('line', { x1: '0', y1: '0', x2: label.left ? '-10' : '10', y2: String(label.dy), class: 'leader' }) : '',
        svg(
          'text',
          { y: String(label.dy + 4), 'text-anchor': label.left ? 'end' : 'start' },
          ...label.lines.map((line, i) =>
            svg('tspan', { x: label.left ? '-11' : '11', dy: i ? String(LINE) : '0' }, i < label.lines.length - 1 ? `${line} ` : line),
          ),
        ),
      );
      point.addEventListener('click', pick);
      point.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        pick();
      });
      return point;
    });
    container.replaceChildren(
      svg(
        'svg',
        {
          width: String(width),
          height: String(height),
          viewBox: `0 0 ${width} ${height}`,
          role: 'group',
          'aria-label': `Map: ${features.length} places and events`,
        },
        svg('rect', { width: '100%', height: '100%', class: 'sea' }),
        land,
        ...points,
      ),
    );
  }
  return {
    draw,
    /** Draws the same points again (after the window changed size). */
    redraw: () => draw(last),
  };
}
