// The time slider, scaled to the data: its steps are the days on which something changes (an event
// begins, or the day after it ends; a relationship's own dates), so it is dense where events are
// dense and skips the empty years. The arrow keys move to the previous or next change (the range
// input's own keys, one step each), Play steps through the changes, All time lets go of the date,
// and a strip under it marks where the events begin.

const DAY = 86_400_000;
const STEP_MS = 700;

const dayAfter = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

/**
 * The days on which the graph as of a day can change: each event's start and the day after its
 * end, each relationship's validFrom and the day after its validTo. Sorted, each once.
 */
export function changeDays(events, relationships) {
  const days = new Set();
  for (const { startDate, endDate } of events) {
    if (startDate) days.add(startDate);
    if (endDate) days.add(dayAfter(endDate));
  }
  for (const { validFrom, validTo } of relationships) {
    if (validFrom) days.add(validFrom);
    if (validTo) days.add(dayAfter(validTo));
  }
  return [...days].sort();
}

/**
 * Wires the slider: `onDate(iso | null)` is told the chosen day as it settles (debounced while
 * dragging). Returns `range(days, eventStarts)` to set the steps and the tick strip, `show(iso)`
 * to move the handle without telling, and `stop()` to stop playing.
 */
export function timeSlider({ slider, output, play, allTime, ticks, onDate }) {
  let days = [];
  let timer = null;
  let settle = null;
  const label = (iso) => (output.value = iso ?? 'all time');
  const at = (index) => {
    const iso = days[index];
    slider.setAttribute('aria-valuetext', `${iso} (change ${index + 1} of ${days.length})`);
    label(iso);
    return iso;
  };
  const tell = (iso) => {
    clearTimeout(settle);
    settle = setTimeout(() => onDate(iso), 120);
  };
  const stop = () => {
    clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  slider.addEventListener('input', () => tell(at(Number(slider.value))));
  allTime.addEventListener('click', () => {
    stop();
    label(null);
    onDate(null);
  });
  play.addEventListener('click', () => {
    if (timer) return stop();
    if (!days.length) return;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    const last = days.length - 1;
    if (Number(slider.value) >= last) slider.value = '0';
    const step = () => {
      const next = Math.min(last, Number(slider.value) + 1);
      slider.value = String(next);
      onDate(at(next));
      if (next >= last) stop();
    };
    step();
    timer = setInterval(step, STEP_MS);
  });
  return {
    range(changes, eventStarts) {
      days = changes;
      slider.min = '0';
      slider.max = String(Math.max(0, days.length - 1));
      const counts = new Map();
      for (const start of eventStarts) counts.set(start, (counts.get(start) ?? 0) + 1);
      const width = Math.max(1, days.length - 1);
      ticks.replaceChildren(
        ...[...counts].map(([iso, count]) => {
          const tick = document.createElement('i');
          tick.style.left = `${(100 * days.indexOf(iso)) / width}%`;
          tick.style.height = `${Math.min(14, 4 + 3 * count)}px`;
          tick.title = `${iso}: ${count} event${count === 1 ? '' : 's'} begin`;
          return tick;
        }),
      );
    },
    /** The handle on the last change at or before `iso` (the label says `iso` itself). */
    show(iso) {
      label(iso);
      if (!iso || !days.length) return;
      let index = 0;
      while (index + 1 < days.length && days[index + 1] <= iso) index++;
      slider.value = String(index);
      slider.setAttribute('aria-valuetext', iso);
    },
    stop,
  };
}
