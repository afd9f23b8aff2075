// The legend as filters: each relationship type drawn (and each one hidden) is a toggle, and the
// confidence levels are a threshold (facts; facts and claims; everything), pressed in the legend.
// A change asks the server again (types and confidence decide what a neighbourhood reaches).

import { el, fill, words } from './shared.js';

const LEVELS = [
  { confidence: 'REPORTED_FACT', label: '— reported fact' },
  { confidence: 'CLAIM', label: '- - claim by a party' },
  { confidence: 'ASSESSMENT', label: '··· assessment' },
];
const ORDER = LEVELS.map((level) => level.confidence);

/** Whether a confidence level shows under a threshold (null: all of them). */
const shows = (confidence, minConfidence) => !minConfidence || ORDER.indexOf(confidence) <= ORDER.indexOf(minConfidence);

/**
 * Pressing a level hides it and every weaker one, or shows it (and every stronger one) again.
 * Reported facts always show: hiding them would hide everything.
 */
function pressLevel(confidence, minConfidence) {
  const index = ORDER.indexOf(confidence);
  if (shows(confidence, minConfidence)) return index === 0 ? minConfidence : ORDER[index - 1];
  return index === ORDER.length - 1 ? null : confidence;
}

/**
 * Fills the legend's filters for `view`: `counts` says how many relationships of each type are
 * drawn; `onChange(view)` is told the view a press makes.
 */
export function renderFilters({ confidenceList, typeList }, view, counts, onChange) {
  fill(
    confidenceList,
    LEVELS.map(({ confidence, label }) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            'aria-pressed': String(shows(confidence, view.minConfidence)),
            disabled: confidence === 'REPORTED_FACT',
            onclick: () => onChange({ ...view, minConfidence: pressLevel(confidence, view.minConfidence) }),
          },
          label,
        ),
      ),
    ),
  );
  const types = [...new Set([...counts.keys(), ...view.hidden])].sort();
  fill(
    typeList,
    types.map((type) => {
      const hidden = view.hidden.has(type);
      return el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            'aria-pressed': String(!hidden),
            'data-type': type,
            onclick: () => {
              const next = new Set(view.hidden);
              if (hidden) next.delete(type);
              else next.add(type);
              onChange({ ...view, hidden: next });
            },
          },
          `${words(type)}${hidden ? ' (hidden)' : ` (${counts.get(type) ?? 0})`}`,
        ),
      );
    }),
  );
}
