// The time slider, as Neo4j Bloom's Slicer: a day on the range the timeline spans (the first event's
// start to the last one's end); dragging it redraws the view as of that day, Play steps through the
// range to watch the conflict unfold, All time lets go of the date.

const DAY = 86_400_000;
const STEPS = 120;
const STEP_MS = 450;

const dayOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * Wires the slider: `onDate(iso | null)` is told the chosen day as it settles (debounced while
 * dragging). Returns `range(from, to)` to set the span, `show(iso)` to move the handle without
 * telling, and `stop()` to stop playing.
 */
export function timeSlider({ slider, output, play, allTime, onDate }) {
  let start = 0;
  let timer = null;
  let settle = null;
  const label = (iso) => (output.value = iso ?? 'all time');
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
  slider.addEventListener('input', () => {
    const iso = isoOf(start + Number(slider.value));
    slider.setAttribute('aria-valuetext', iso);
    label(iso);
    tell(iso);
  });
  allTime.addEventListener('click', () => {
    stop();
    label(null);
    onDate(null);
  });
  play.addEventListener('click', () => {
    if (timer) return stop();
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    const max = Number(slider.max);
    const step = Math.max(1, Math.round(max / STEPS));
    if (Number(slider.value) >= max) slider.value = '0';
    timer = setInterval(() => {
      const next = Math.min(max, Number(slider.value) + step);
      slider.value = String(next);
      const iso = isoOf(start + next);
      slider.setAttribute('aria-valuetext', iso);
      label(iso);
      onDate(iso);
      if (next >= max) stop();
    }, STEP_MS);
  });
  return {
    range(from, to) {
      start = dayOf(from);
      slider.min = '0';
      slider.max = String(Math.max(0, dayOf(to) - start));
    },
    show(iso) {
      label(iso);
      if (!iso) return;
      slider.value = String(Math.min(Number(slider.max), Math.max(0, dayOf(iso) - start)));
      slider.setAttribute('aria-valuetext', iso);
    },
    stop,
  };
}
