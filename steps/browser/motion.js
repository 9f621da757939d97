// The page side of the stillness check. Installed before the page's own
// scripts in every document of a session's tabs, it notes when the document
// has been rendered twice, when an element's style or class last changed,
// when a script last added or removed elements after that, and which
// elements layout shifts moved, so that the locator waits for animation
// frames only when the document is new or something may be moving; and it
// records the mouse presses the document gets. The file is one statement; it
// installs itself once per document.
(() => {
  const KEY = Symbol.for('unbind.motion');
  if (window[KEY]) return;
  const state = {
    // Since when changes are seen: from the start when installed before the
    // document had an element, else from now.
    since: document.documentElement ? performance.now() : -Infinity,
    changed: new WeakMap(), // element -> time of its last style or class change
    rebuilt: -Infinity,     // time of the last element added or removed once rendered
    shifted: [],            // [time, node] of recent layout shifts
    shifts: null,           // the layout-shift observer, to take its pending entries
  };
  // Two frames of this document have been rendered: until its first frame,
  // the browser drops mouse and key events meant for it.
  state.framed = false;
  state.frames = new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    state.framed = true;
    resolve();
  })));
  // The mouse presses this document got, so that a click can tell whether
  // it arrived and where: the browser drops input meant for a document it
  // has not shown yet, and says nothing of it. Listening on the window in
  // the capture phase, installed before the page's scripts, sees every
  // press before the page can stop it.
  state.id = Math.random().toString(36).slice(2) + performance.now();
  state.pressed = 0;  // how many presses, releases and clicks there have been
  state.presses = []; // [type, target] of the newest of them
  for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
    addEventListener(type, (e) => {
      if (!e.isTrusted) return;
      state.pressed++;
      state.presses.push([type, e.target]);
      if (state.presses.length > 16) state.presses.shift();
    }, { capture: true });
  }
  // The fields the browser's own checks refused and the forms sent, each
  // with the count of presses then: a click on a form's button whose
  // fields the browser refuses sends nothing, and the browser says so in a
  // bubble no DOM holds.
  state.invalid = [];   // [pressed, field] of the newest refusals
  state.submitted = 0;  // the pressed count when a form was last sent
  addEventListener('invalid', (e) => {
    state.invalid.push([state.pressed, e.target]);
    if (state.invalid.length > 16) state.invalid.shift();
  }, { capture: true });
  addEventListener('submit', () => { state.submitted = state.pressed; }, { capture: true });
  Object.defineProperty(window, KEY, { value: state });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      if (r.type === 'attributes') state.changed.set(r.target, now);
      else if (state.framed) state.rebuilt = now;
    }
  }).observe(document, { attributes: true, attributeFilter: ['style', 'class'], childList: true, subtree: true });
  if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    state.take = (entries) => {
      for (const e of entries) for (const s of e.sources || []) if (s.node) state.shifted.push([e.startTime, s.node]);
      if (state.shifted.length > 200) state.shifted.splice(0, state.shifted.length - 200);
    };
    state.shifts = new PerformanceObserver((list) => state.take(list.getEntries()));
    state.shifts.observe({ type: 'layout-shift', buffered: true });
  }
})();
