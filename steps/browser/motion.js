// The page side of the stillness check. Installed before the page's own
// scripts in every document of a session's tabs, it notes when an element's
// style or class last changed and which elements layout shifts moved, so
// that the locator waits for animation frames only when something may be
// moving. The file is one statement; it installs itself once per document.
(() => {
  const KEY = Symbol.for('unbind.motion');
  if (window[KEY]) return;
  const state = {
    // Since when changes are seen: from the start when installed before the
    // document had an element, else from now.
    since: document.documentElement ? performance.now() : -Infinity,
    changed: new WeakMap(), // element -> time of its last style or class change
    shifted: [],            // [time, node] of recent layout shifts
    shifts: null,           // the layout-shift observer, to take its pending entries
  };
  Object.defineProperty(window, KEY, { value: state });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) state.changed.set(r.target, now);
  }).observe(document, { attributes: true, attributeFilter: ['style', 'class'], subtree: true });
  if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    state.take = (entries) => {
      for (const e of entries) for (const s of e.sources || []) if (s.node) state.shifted.push([e.startTime, s.node]);
      if (state.shifted.length > 200) state.shifted.splice(0, state.shifted.length - 200);
    };
    state.shifts = new PerformanceObserver((list) => state.take(list.getEntries()));
    state.shifts.observe({ type: 'layout-shift', buffered: true });
  }
})();
