// The page side of the locator. It finds elements the way a reader of a
// how-to article names them, and tells whether a person could use them now.
//
// The file is one async function expression; the session calls it as
// (op, arg) and gets a JSON value back. The element an op located is kept
// under a symbol on window so that the next op (select the text of a field,
// read a checkbox, pick an option) works on the same element.
(async (op, arg) => {
  const LAST = Symbol.for('unbind.located');
  const NAV = Symbol.for('unbind.navigate');
  const MOTION = Symbol.for('unbind.motion');

  // Roles a reader clicks, and how the error message names them.
  const CLICK_ROLES = new Set([
    'button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab',
    'checkbox', 'radio', 'switch', 'option', 'treeitem',
  ]);
  const CLICK_CHECKED = 'buttons, links, menu items, tabs, checkboxes, radio buttons, options, text';
  // Roles whose name comes from their content.
  const NAME_FROM_CONTENT = new Set([...CLICK_ROLES, 'heading', 'cell', 'columnheader', 'rowheader', 'tooltip', 'gridcell', 'row']);
  const ROLE_SELECTOR = 'a[href], area[href], button, summary, input, select, textarea, option, [role]';

  const CONTROL_SELECTORS = {
    fill: 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image])' +
      ':not([type=checkbox]):not([type=radio]):not([type=file]), textarea, [contenteditable=""], [contenteditable=true],' +
      ' [role=textbox], [role=searchbox], [role=spinbutton]',
    check: 'input[type=checkbox], input[type=radio], [role=checkbox], [role=radio], [role=switch], [role=menuitemcheckbox]',
    select: 'select, [role=combobox], [role=listbox]',
  };
  const CONTROL_CHECKED = {
    fill: 'text fields by label, aria-label, placeholder and name',
    check: 'checkboxes, radio buttons and switches by label, aria-label and name',
    select: 'drop-down lists by label, aria-label and name',
  };
  const NON_TEXT_INPUTS = new Set(['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range']);

  const norm = (s) => (s || '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  const lower = (s) => s.toLocaleLowerCase();
  // A label's trailing ":" or "*" (required marker) is not part of its words.
  const bareLabel = (s) => norm(s).replace(/[\s:*]+$/, '');
  // A label an article quotes cut short, with "…" or "..." at either end,
  // stands for the words that hold the rest: its rest, or '' when it is not
  // cut short.
  const cutShort = (s) => {
    const rest = norm(s).replace(/^(?:\.{3}|…)\s*/, '').replace(/\s*(?:\.{3}|…)$/, '');
    return rest !== norm(s) && rest.length > 0 ? rest : '';
  };
  // What a text must hold to match want: want itself, or the rest of it
  // when it is cut short.
  const held = (want) => cutShort(want) || want;

  const roleOf = (el) => {
    const explicit = norm(el.getAttribute('role')).split(' ')[0];
    if (explicit) return explicit;
    switch (el.localName) {
      case 'a': case 'area': return el.hasAttribute('href') ? 'link' : '';
      case 'button': case 'summary': return 'button';
      case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'option': return 'option';
      case 'textarea': return 'textbox';
      case 'input': return inputRole(el);
      default: return '';
    }
  };
  const inputRole = (el) => {
    switch ((el.getAttribute('type') || 'text').toLowerCase()) {
      case 'button': case 'submit': case 'reset': case 'image': return 'button';
      case 'checkbox': return 'checkbox';
      case 'radio': return 'radio';
      case 'range': return 'slider';
      case 'number': return 'spinbutton';
      case 'search': return 'searchbox';
      case 'hidden': return '';
      default: return 'textbox';
    }
  };

  const hiddenForName = (el) => {
    if (el.getAttribute('aria-hidden') === 'true') return true;
    const cs = getComputedStyle(el);
    return cs.display === 'none' || cs.visibility === 'hidden';
  };
  const isFormControl = (el) => ['input', 'select', 'textarea'].includes(el.localName);
  const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head']);

  // The text of a node's content, as an accessible name takes it: hidden
  // parts skipped, images by their alt, labelled parts by their label. Form
  // controls inside are skipped when skipControls is set (a label's text).
  const textFrom = (node, skipControls) => {
    let out = '';
    for (const c of node.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) { out += c.data; continue; }
      if (c.nodeType !== Node.ELEMENT_NODE || SKIP_TEXT.has(c.localName) || hiddenForName(c)) continue;
      if (skipControls && isFormControl(c)) continue;
      let part = norm(c.getAttribute('aria-label'));
      if (!part && (c.localName === 'img' || (c.localName === 'input' && c.type === 'image'))) part = norm(c.getAttribute('alt'));
      if (!part) part = textFrom(c, skipControls);
      if (!part) part = norm(c.getAttribute('title'));
      const inline = getComputedStyle(c).display.startsWith('inline');
      out += inline ? part : ' ' + part + ' ';
    }
    return norm(out);
  };

  const byIds = (el, attr) => norm(el.getAttribute(attr)).split(' ').filter(Boolean)
    .map((id) => document.getElementById(id)).filter(Boolean);

  // The accessible name, simplified from the W3C algorithm.
  const accName = (el) => {
    const labelledBy = byIds(el, 'aria-labelledby').map((n) => textFrom(n, false) || norm(n.getAttribute('aria-label'))).join(' ');
    if (norm(labelledBy)) return norm(labelledBy);
    const ariaLabel = norm(el.getAttribute('aria-label'));
    if (ariaLabel) return ariaLabel;
    if (el.localName === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      if (['button', 'submit', 'reset'].includes(type)) {
        return norm(el.value) || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : '');
      }
      if (type === 'image') return norm(el.getAttribute('alt')) || norm(el.getAttribute('title')) || 'Submit';
    }
    if (el.labels && el.labels.length) {
      const fromLabels = norm([...el.labels].map((l) => textFrom(l, true)).join(' '));
      if (fromLabels) return fromLabels;
    }
    if (el.localName === 'img' || el.localName === 'area') {
      const alt = norm(el.getAttribute('alt'));
      if (alt) return alt;
    }
    if (NAME_FROM_CONTENT.has(roleOf(el))) {
      const content = textFrom(el, false);
      if (content) return content;
    }
    return norm(el.getAttribute('title'));
  };

  const isVisible = (el) => {
    if (!el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({
      checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true,
    })) return false;
    for (const r of el.getClientRects()) if (r.width > 0 && r.height > 0) return true;
    return false;
  };
  const isDisabled = (el) => (el.matches(':disabled') || el.closest('[aria-disabled="true"]') !== null);

  const describe = (el) => {
    if (!el || el.nodeType !== Node.ELEMENT_NODE) return String(el);
    let s = '<' + el.localName;
    // An id a script made up (a hash, a counter) names nothing a reader
    // knows, and differs from run to run.
    if (el.id && !/[0-9a-f]{12,}|\d{6,}/i.test(el.id)) s += ` id="${el.id}"`;
    const cls = norm(typeof el.className === 'string' ? el.className : el.getAttribute('class'));
    if (cls) s += ` class="${cls.length > 60 ? cls.slice(0, 57) + '...' : cls}"`;
    return s + '>';
  };
  // Where an element a reader cannot see is kept, when the page keeps it
  // out of sight until something opens it: a dialog not open, a details
  // element not expanded. Empty otherwise.
  const hiddenIn = (el) => {
    const dialog = el.closest('dialog:not([open])');
    if (dialog) return ', in a pop-up that is not open yet (' + describe(dialog) + '): the step that opens it comes first';
    const details = el.closest('details:not([open])');
    if (details) return ', in a details element not expanded, ' + describe(details);
    // A menu that a trigger opens (aria-controls names it, or the
    // trigger with aria-haspopup is beside it): the reader hovers first.
    // A menu shown by CSS alone (:hover) has its trigger just before it.
    for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
      let trigger = n.id ? document.querySelector('[aria-controls~="' + CSS.escape(n.id) + '"]') : null;
      if (!trigger && n.parentElement) trigger = [...n.parentElement.children].find((c) => c !== n && c.matches('[aria-haspopup]:not([aria-haspopup=false])'));
      if (!trigger && getComputedStyle(n).display === 'none') trigger = n.previousElementSibling && n.previousElementSibling.matches('a, button, [role=button], [role=menuitem], [tabindex]') ? n.previousElementSibling : null;
      if (trigger && trigger !== el && !trigger.contains(el) && isVisible(trigger)) {
        const name = norm(accName(trigger));
        if (name) return ', in the menu that "' + name + '" opens: hover over "' + name + '" first';
      }
    }
    return '';
  };
  const rectOf = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; };
  const sameRect = (a, b) => a.every((v, i) => Math.abs(v - b[i]) < 0.5);

  // One animation frame, or 100ms when the page gets no frames (a tab in the
  // background), so that the wait always ends.
  const frame = () => new Promise((resolve) => {
    let done = false;
    const finish = () => { if (!done) { done = true; resolve(); } };
    requestAnimationFrame(finish);
    setTimeout(finish, 100);
  });

  // How long after a change an element may still be moving.
  const RECENT = 100;
  // The element and its ancestors, across shadow roots.
  const chainOf = (el) => {
    const chain = new Set();
    for (let n = el; n; n = n.parentElement || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null)) chain.add(n);
    return chain;
  };
  // Whether el may be moving: a CSS animation or transition runs on it or an
  // ancestor, its or an ancestor's style or class changed a moment ago, a
  // script added or removed elements a moment ago, or a layout shift moved
  // it a moment ago. Where the changes were not watched from the start of
  // the document, it may be.
  const mayMove = (el) => {
    const m = window[MOTION];
    const now = performance.now();
    if (!m || now - m.since < RECENT || now - m.rebuilt < RECENT) return true;
    const chain = chainOf(el);
    for (const a of document.getAnimations()) {
      const t = a.effect && a.effect.target;
      if (a.playState === 'running' && t && chain.has(t)) return true;
    }
    for (const n of chain) {
      const t = m.changed.get(n);
      if (t !== undefined && now - t < RECENT) return true;
    }
    if (m.shifts) m.take(m.shifts.takeRecords());
    return m.shifted.some(([t, node]) => now - t < RECENT && (chain.has(node) || el.contains(node)));
  };

  // Waits until the document has been rendered twice, since the browser
  // drops input meant for a document that has not been rendered yet. It
  // reports whether it had to wait.
  const rendered = async () => {
    const m = window[MOTION];
    if (m && m.framed) return false;
    if (!m) { await frame(); await frame(); return true; }
    await Promise.race([m.frames, new Promise((resolve) => setTimeout(resolve, 200))]);
    return true;
  };

  // Whether el keeps the same box: across the document's first frames when
  // it is that new, and across two more frames when it may be moving.
  const still = async (el) => {
    const before = rectOf(el);
    if (await rendered() && (!el.isConnected || !sameRect(before, rectOf(el)))) return false;
    if (!mayMove(el)) return true;
    const again = rectOf(el);
    await frame();
    await frame();
    return el.isConnected && sameRect(again, rectOf(el));
  };

  const inViewport = (x, y) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;

  // Points to try a click at: the centre of the element's visible part, then
  // the centres of its line boxes (a link that wraps over two lines).
  const points = (el) => {
    const out = [];
    const r = el.getBoundingClientRect();
    const left = Math.max(r.left, 0), top = Math.max(r.top, 0);
    const right = Math.min(r.right, innerWidth), bottom = Math.min(r.bottom, innerHeight);
    if (right > left && bottom > top) out.push([(left + right) / 2, (top + bottom) / 2]);
    for (const b of el.getClientRects()) {
      const p = [b.left + b.width / 2, b.top + b.height / 2];
      if (b.width > 0 && b.height > 0 && inViewport(...p)) out.push(p);
    }
    return out;
  };

  // A hit on el, inside el, or on a label of el counts as reaching el.
  const reaches = (el, hit) => {
    if (!hit) return false;
    if (hit === el || el.contains(hit)) return true;
    const label = hit.closest('label');
    return !!(label && el.labels && [...el.labels].includes(label));
  };

  // Which document an action is meant for, and how many mouse presses it
  // had had: what a click's check compares with afterwards.
  const armClick = () => {
    const m = window[MOTION];
    return m ? { doc: m.id, seen: m.pressed } : { doc: '' };
  };

  // Whether a person could act on el now, and where to put the mouse.
  const actionable = async (el, opts) => {
    if (!el.isConnected) return { status: 'detached' };
    if (!isVisible(el)) return { status: 'hidden', desc: describe(el) + hiddenIn(el) };
    if (opts.enabled && isDisabled(el)) return { status: 'disabled', desc: describe(el) };
    if (opts.editable && (el.readOnly || el.getAttribute('aria-readonly') === 'true')) return { status: 'readonly', desc: describe(el) };
    const centre = points(el)[0];
    if (!centre || !inViewport(...centre)) el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    if (opts.still && !(await still(el))) {
      if (!el.isConnected) return { status: 'detached' };
      return { status: 'moving', desc: describe(el) };
    }
    let blocker = null;
    for (const [x, y] of points(el)) {
      const hit = document.elementFromPoint(x, y);
      if (reaches(el, hit)) {
        window[LAST] = el;
        return { status: 'ok', x, y, desc: describe(el), ...armClick() };
      }
      blocker = blocker || hit;
    }
    if (!blocker) return { status: 'offscreen', desc: describe(el) };
    return { status: 'covered', desc: describe(el), by: describe(blocker) };
  };

  const inDocOrder = (a, b) => (a.el === b.el ? 0 : a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  // Visible first, then the better rank, then document order.
  const best = (cands) => {
    for (const c of cands) c.visible = isVisible(c.el);
    cands.sort((a, b) => (b.visible - a.visible) || (a.rank - b.rank) || inDocOrder(a, b));
    return cands[0];
  };
  const rankOf = (text, want, base) => {
    if (!text) return -1;
    if (text === want) return base;
    if (lower(text) === lower(want)) return base + 1;
    const rest = cutShort(want);
    if (rest && lower(text).includes(lower(rest))) return base + 1;
    return -1;
  };

  // Elements whose own words are want (or hold the rest of a want cut
  // short): the deepest element whose text is want, and elements labelled by
  // title, aria-label or alt.
  const textCandidates = (want, base) => {
    const out = [];
    const wantLow = lower(held(want));
    const visit = (el) => {
      if (SKIP_TEXT.has(el.localName)) return false;
      const text = norm(el.textContent);
      if (!lower(text).includes(wantLow)) return false;
      let inChild = false;
      for (const c of el.children) inChild = visit(c) || inChild;
      const rank = rankOf(text, want, base);
      if (!inChild && rank >= 0) out.push({ el, rank });
      return inChild || rank >= 0;
    };
    if (document.body) visit(document.body);
    for (const el of document.querySelectorAll('[title], [aria-label], img[alt]')) {
      for (const attr of ['aria-label', 'title', 'alt']) {
        const rank = rankOf(norm(el.getAttribute(attr)), want, base);
        if (rank >= 0) { out.push({ el, rank }); break; }
      }
    }
    return out;
  };

  const roleCandidates = (want) => {
    const out = [];
    for (const el of document.querySelectorAll(ROLE_SELECTOR)) {
      if (!CLICK_ROLES.has(roleOf(el))) continue;
      const rank = rankOf(accName(el), want, 0);
      if (rank >= 0) out.push({ el, rank });
    }
    return out;
  };
  const targetCandidates = (want, roles) => {
    const out = [...roles];
    for (const c of textCandidates(want, 2)) {
      if (!roles.some((r) => r.el === c.el || r.el.contains(c.el))) out.push(c);
    }
    return out;
  };

  // The names of the visible elements a step could have meant, for the
  // message of a step that found none: distinct, the first hundred.
  const namesOnPage = (selector, counts, nameOf) => {
    const out = new Set();
    for (const el of document.querySelectorAll(selector)) {
      if (out.size >= 100) break;
      if (!counts(el) || !isVisible(el)) continue;
      const name = norm(nameOf(el));
      if (name) out.add(name);
    }
    return [...out];
  };
  // The first words that name a form control, as controlNames ranks them.
  const controlLabel = (el) => {
    for (const [texts] of controlNames(el)) {
      const t = texts.map(bareLabel).find(Boolean);
      if (t) return t;
    }
    return '';
  };

  // For a check of what an element shows (its value, whether it is ticked
  // or enabled), the element needs only be visible.
  const seen = (el) => {
    if (!el.isConnected) return { status: 'detached' };
    if (!isVisible(el)) return { status: 'hidden', desc: describe(el) + hiddenIn(el) };
    window[LAST] = el;
    return { status: 'ok', desc: describe(el) };
  };
  // Form controls of any kind named want, for a check that names a field
  // ("Email" is disabled) as well as a button.
  const fieldCandidates = (want) => {
    const out = [];
    for (const el of document.querySelectorAll(Object.values(CONTROL_SELECTORS).join(', '))) {
      if (CLICK_ROLES.has(roleOf(el))) continue;
      const rank = controlRank(el, bareLabel(want));
      if (rank >= 0) out.push({ el, rank });
    }
    return out;
  };

  // The deepest visible elements whose rendered text holds want (lower
  // case, whitespace collapsed).
  const holders = (want) => {
    const out = [];
    const holds = (el) => lower(norm(el.innerText)).includes(want);
    const visit = (el) => {
      let inChild = false;
      for (const c of el.children) {
        if (!holds(c)) continue;
        inChild = true;
        visit(c);
      }
      if (!inChild && isVisible(el)) out.push(el);
    };
    if (document.body && holds(document.body)) visit(document.body);
    return out;
  };

  // Where "next to" a text looks: the row that holds it, a list item, a
  // table row, an article, or an element that holds more than the text and
  // is repeated beside twins of its kind (a card of a list of cards).
  const ROW_ROLES = new Set(['row', 'listitem', 'article', 'option', 'treeitem']);
  const ROW_TAGS = new Set(['li', 'tr', 'article']);
  const hasTwin = (el) => {
    const p = el.parentElement;
    if (!p) return false;
    const cls = el.getAttribute('class') || '';
    return [...p.children].some((c) => c !== el && c.localName === el.localName && (c.getAttribute('class') || '') === cls);
  };
  const rowOf = (anchor) => {
    const own = norm(anchor.innerText);
    for (let el = anchor; el && el !== document.body; el = el.parentElement) {
      if (ROW_TAGS.has(el.localName) || ROW_ROLES.has(roleOf(el))) return el;
      const more = norm(el.innerText) !== own || el.querySelector(ROLE_SELECTOR);
      if (more && hasTwin(el)) return el;
    }
    return null;
  };

  // Where "under" or "in the section" a name looks: a region, form,
  // fieldset, dialog or other landmark of that name, or the part of the page
  // a heading of that name begins (up to the next heading of its level or
  // above, inside the section it heads).
  const SECTION_SELECTOR = 'section, article, aside, nav, main, header, footer, form, fieldset, details, dialog, ' +
    '[role=region], [role=group], [role=dialog], [role=alertdialog], [role=navigation], [role=complementary], ' +
    '[role=form], [role=main], [role=tabpanel], [role=banner], [role=contentinfo]';
  const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role=heading]';
  const sectionName = (el) => {
    const by = byIds(el, 'aria-labelledby').map((n) => textFrom(n, false)).join(' ');
    if (norm(by)) return norm(by);
    if (norm(el.getAttribute('aria-label'))) return norm(el.getAttribute('aria-label'));
    const caption = el.localName === 'fieldset' ? el.querySelector(':scope > legend') : el.localName === 'details' ? el.querySelector(':scope > summary') : null;
    return caption ? textFrom(caption, false) : norm(el.getAttribute('title'));
  };
  const levelOf = (h) => (/^h[1-6]$/.test(h.localName) ? Number(h.localName[1]) : Number(h.getAttribute('aria-level')) || 2);
  const follows = (a, b) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  const headingScope = (h) => {
    const all = [...document.querySelectorAll(HEADING_SELECTOR)];
    const next = all.slice(all.indexOf(h) + 1).find((o) => levelOf(o) <= levelOf(h) && !h.contains(o));
    const box = h.parentElement && h.parentElement.closest(SECTION_SELECTOR);
    const heads = box && box.querySelector(HEADING_SELECTOR) === h;
    return (el) => follows(h, el) && !h.contains(el) && (!next || follows(el, next)) && (!heads || box.contains(el));
  };
  const sectionTests = (want) => {
    const tests = [];
    for (const el of document.querySelectorAll(SECTION_SELECTOR)) {
      if (isVisible(el) && rankOf(sectionName(el), want, 0) >= 0) tests.push((x) => el.contains(x) && el !== x);
    }
    for (const h of document.querySelectorAll(HEADING_SELECTOR)) {
      if (isVisible(h) && rankOf(textFrom(h, false), want, 0) >= 0) tests.push(headingScope(h));
    }
    return tests;
  };

  // The candidates in the scope a step names: next to a text (the row
  // that holds it; where no row holds it, the nearest element that holds a
  // candidate too) or in a section. null when the page has no such text or
  // section.
  const inScope = (scope, cands) => {
    if (!scope) return cands;
    const want = norm(scope.name);
    let tests;
    if (scope.kind === 'section') tests = sectionTests(want);
    else if (scope.kind === 'popup') {
      const el = openPopup();
      tests = el ? [(x) => el.contains(x)] : [];
    } else {
      tests = [];
      for (const a of holders(lower(held(want)))) {
        let row = rowOf(a);
        for (let el = a; !row && el; el = el.parentElement) if (cands.some((c) => el.contains(c.el))) row = el;
        if (row) tests.push((x) => row.contains(x));
      }
    }
    if (!tests.length) return null;
    return cands.filter((c) => tests.some((t) => t(c.el)));
  };
  // namesWithin is namesOnPage within the scope a step names (the open
  // pop-up, the row, the section), so that a failure within a scope names
  // what the scope holds; none without a scope.
  const namesWithin = (scope, selector, counts, nameOf) => {
    if (!scope) return [];
    return namesOnPage(selector, (el) => { if (!counts(el)) return false; const r = inScope(scope, [{ el }]); return !!(r && r.length); }, nameOf);
  };
  const NO_SCOPE = { row: 'nothing on the page shows', section: 'no section, heading or region is named' };
  // sectionNames are the names of the page's visible sections and
  // headings, six at most: what a step that names none of them may mean.
  const sectionNames = () => {
    const out = [];
    const add = (t) => { t = norm(t || ''); if (t && !out.includes(t) && out.length < 6) out.push(t.length > 80 ? t.slice(0, 79) + '…' : t); };
    for (const el of document.querySelectorAll(SECTION_SELECTOR)) if (isVisible(el)) add(sectionName(el));
    for (const h of document.querySelectorAll(HEADING_SELECTOR)) if (isVisible(h)) add(textFrom(h, false));
    return out;
  };
  const noScope = (scope, checked) => {
    if (scope.kind === 'popup') return { status: 'noscope', checked, desc: 'no pop-up of the page is open' };
    let desc = NO_SCOPE[scope.kind] + ' "' + norm(scope.name) + '"';
    const names = scope.kind === 'section' ? sectionNames() : [];
    if (names.length) desc += ' (its sections and headings: ' + names.map((n) => JSON.stringify(n)).join(', ') + ')';
    return { status: 'noscope', checked, desc };
  };

  // A visible element whose role and name match exactly wins over any
  // match by text, so the text is searched only when there is none. Within
  // a scope, only the candidates in it count.
  const locateTarget = async ({ name, still, scope, look }) => {
    const want = norm(name);
    const roles = inScope(scope, look ? [...roleCandidates(want), ...fieldCandidates(want)] : roleCandidates(want));
    if (!roles) return noScope(scope, CLICK_CHECKED);
    const byText = () => inScope(scope, targetCandidates(want, roles)) || [];
    let cands = roles.some((c) => c.rank === 0 && isVisible(c.el)) ? roles : byText();
    if (!cands.length) return { status: 'none', checked: CLICK_CHECKED, names: namesOnPage(ROLE_SELECTOR, (el) => CLICK_ROLES.has(roleOf(el)), accName), within: namesWithin(scope, ROLE_SELECTOR, (el) => CLICK_ROLES.has(roleOf(el)), accName) };
    const pick = best(cands);
    const same = cands.filter((c) => c.visible && c.rank === pick.rank).length;
    const res = look ? seen(pick.el) : await actionable(pick.el, { enabled: true, still });
    if (res.status !== 'ok' && cands === roles) {
      cands = byText();
      best(cands);
    }
    return { ...res, matches: cands.length, hidden: cands.filter((c) => !c.visible).length, same, checked: CLICK_CHECKED };
  };

  // The words that name a form control, best first: [texts, rank base].
  const controlNames = (el) => {
    const labels = [];
    labels.push(...byIds(el, 'aria-labelledby').map((n) => textFrom(n, true)));
    labels.push(el.getAttribute('aria-label'));
    if (el.labels) labels.push(...[...el.labels].map((l) => textFrom(l, true)));
    if (!isFormControl(el) && !el.isContentEditable) labels.push(accName(el));
    labels.push(el.getAttribute('title'));
    return [
      [labels, 0],
      [[el.getAttribute('placeholder'), el.getAttribute('aria-placeholder')], 2],
      [[el.getAttribute('name')], 4],
    ];
  };
  // A label's first words, as a reader shortens "Cardholder name" to
  // "Cardholder": the weakest match, taken only when one field has it.
  const PREFIX_RANK = 6;
  const controlRank = (el, want) => {
    const names = controlNames(el);
    for (const [texts, base] of names) {
      for (const t of texts) {
        const rank = rankOf(bareLabel(t), want, base);
        if (rank >= 0) return rank;
      }
    }
    const w = lower(want);
    if (w && names[0][0].some((t) => t && lower(bareLabel(t)).startsWith(w + ' '))) return PREFIX_RANK;
    return -1;
  };

  // For a checkbox hidden behind a styled label, the label is what a person
  // clicks.
  const clickableFor = (el) => {
    if (isVisible(el) || !el.labels) return el;
    return [...el.labels].find(isVisible) || el;
  };

  const locateControl = async ({ label, kind, look }) => {
    const want = bareLabel(label);
    const cands = [];
    for (const el of document.querySelectorAll(CONTROL_SELECTORS[kind])) {
      const rank = controlRank(el, want);
      if (rank >= 0) cands.push({ el, rank });
    }
    const shortened = cands.filter((c) => c.rank === PREFIX_RANK && isVisible(c.el));
    if (cands.every((c) => c.rank === PREFIX_RANK) && shortened.length !== 1) cands.length = 0;
    if (!cands.length) {
      const names = namesOnPage(CONTROL_SELECTORS[kind], () => true, controlLabel);
      // A page without any control of the kind: what a reader can do there.
      const actions = names.length ? [] : namesOnPage('button, [role=button], input[type=submit], input[type=button], a[href]', () => true, accName);
      return { status: 'none', checked: CONTROL_CHECKED[kind], names, actions };
    }
    for (const c of cands) c.el = kind === 'check' ? clickableFor(c.el) : c.el;
    const pick = best(cands);
    const control = kind === 'check' && pick.el.localName === 'label' ? pick.el.control : pick.el;
    const res = look ? seen(pick.el) : await actionable(pick.el, { enabled: true, editable: kind === 'fill', still: true });
    if (res.status === 'ok') window[LAST] = control;
    return { ...res, matches: cands.length, hidden: cands.filter((c) => !c.visible).length, checked: CONTROL_CHECKED[kind] };
  };

  // Visible text: the deepest element whose rendered text holds want, and
  // that a person can see.
  // How a text is seen: anywhere in a text (contains), as a whole word
  // (word), or as the whole text of an element (exact).
  const escapeRegExp = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // wordRe matches the text as whole words, letter case ignored.
  const wordRe = (text) => new RegExp('(?:^|[^\\p{L}\\p{N}_])' + escapeRegExp(norm(text)) + '(?=$|[^\\p{L}\\p{N}_])', 'iu');
  const shows = (mode, text) => {
    if (mode === 'word') {
      const re = wordRe(text);
      return (el) => re.test(norm(el.innerText));
    }
    if (mode === 'exact') return (el) => norm(el.innerText) === norm(text) || norm(el.textContent) === norm(text);
    return () => true;
  };
  const textVisible = ({ text, scope, mode, named }) => {
    const want = lower(held(text));
    if (mode === 'error') {
      // An error the page shows: of the alert role, a field's error
      // message, or an element the page marks as an error.
      const errs = new Set(document.querySelectorAll('[role=alert], [aria-live=assertive], .error, .errors, .invalid-feedback, .field-error, .form-error'));
      for (const f of document.querySelectorAll('[aria-errormessage], [aria-invalid=true][aria-describedby]')) {
        const ids = (f.getAttribute('aria-errormessage') || f.getAttribute('aria-describedby') || '').split(/\s+/);
        for (const id of ids) { const e = id && document.getElementById(id); if (e) errs.add(e); }
      }
      const found = [...errs].filter((el) => isVisible(el) && lower(norm(el.innerText)).includes(want));
      if (found.length) return { status: 'ok', ...where(found[0]) };
      const shownElsewhere = holders(want).some(isVisible);
      return { status: 'none', inside: shownElsewhere ? ['not an error'] : [] };
    }
    if (mode === 'control') {
      // A button or link whose name holds the words whole: a sentence
      // that says them is not one.
      const re = wordRe(text);
      const all = [...document.querySelectorAll(ROLE_SELECTOR)].filter((el) => (roleOf(el) === 'button' || roleOf(el) === 'link') && isVisible(el));
      const found = inScope(scope, all.filter((el) => re.test(norm(accName(el)))).map((el) => ({ el })));
      if (!found) return noScope(scope, '');
      if (found.length) return { status: 'ok', at: norm(accName(found[0].el)), desc: describe(found[0].el) };
      const names = [...new Set(all.map((el) => norm(accName(el))).filter((n) => n))];
      return { status: 'none', inside: names.filter((n) => lower(n).includes(want)).slice(0, 3), names: names.slice(0, 40) };
    }
    if (scope || mode) {
      const all = holders(mode ? lower(norm(text)) : want);
      const found = inScope(scope, all.filter(shows(mode, text)).map((el) => ({ el })));
      if (!found) return noScope(scope, '');
      const inside = mode ? all.slice(0, 3).map((el) => norm(el.innerText).slice(0, 80)) : [];
      return found.length ? { status: 'ok', inside, ...where(found[0].el) } : { status: 'none', inside };
    }
    const holds = (el) => lower(norm(el.innerText)).includes(want);
    let at = null;
    const visit = (el) => {
      if (!holds(el)) return false;
      let inChild = false;
      for (const c of el.children) {
        if (!holds(c)) continue;
        inChild = true;
        if (visit(c)) return true;
      }
      if (!inChild && isVisible(el)) at = el;
      return at !== null;
    };
    if (document.body && visit(document.body)) return { status: 'ok', ...where(at) };
    if (!named) return { status: 'none' };
    const near = nearText(want);
    return { status: 'none', named: namedOnly(want), near, shows: near ? [] : pageSays() };
  };
  // pageSays are what the page says of itself, for a text it does not
  // show when nothing it shows is close: its visible messages (of the
  // status or alert role, or live) and its main heading, cut to 160
  // letters, three at most.
  const pageSays = () => {
    const out = [];
    for (const el of document.querySelectorAll('[role=status], [role=alert], [aria-live], output, h1')) {
      const t = norm(el.innerText || '');
      if (!t || out.includes(t) || !isVisible(el)) continue;
      out.push(t.length > 160 ? t.slice(0, 159) + '…' : t);
      if (out.length === 3) break;
    }
    return out;
  };
  // where is the element a text was found in, for a check that it is not
  // shown: its text, cut to 160 letters, and the element.
  const where = (el) => {
    const t = norm(el.innerText || '');
    return { at: t.length > 160 ? t.slice(0, 159) + '…' : t, desc: describe(el) };
  };
  // nearText is the shortest visible text of the page that holds most of
  // the words of want (at least half of those of three letters or more),
  // cut to 160 letters: what the page says instead.
  // A number is one word, its decimal mark either a point or a comma, as
  // a reader of another language writes it ("$0,01" for "$0.01").
  const numFold = (s) => s.replace(/(\p{N})[.,](?=\p{N})/gu, '$1.');
  const nearText = (want) => {
    const tokens = numFold(want).match(/[$\p{L}\p{N}]+(?:\.\p{N}+)*/gu) || [];
    const words = [...new Set(tokens.filter((w) => w.length > 2 || (/\p{N}/u.test(w) && w.length > 1)))];
    if (!words.length || !document.body) return '';
    let best = '', score = 0;
    for (const el of document.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, label, legend, button, a, span, div, figcaption, blockquote')) {
      const t = norm(el.innerText || '');
      if (!t || t.length > 600) continue;
      const lt = numFold(lower(t));
      const n = words.filter((w) => lt.includes(w)).length;
      if (n === 0 || n < score || (n === score && t.length >= best.length) || !isVisible(el)) continue;
      best = t;
      score = n;
    }
    if (score * 2 < words.length) return '';
    return best.length > 160 ? best.slice(0, 159) + '…' : best;
  };
  // namedOnly is a visible element whose name, not its text, is want: an
  // icon named by its aria-label or title, an image by its alt.
  const namedOnly = (want) => {
    for (const el of document.querySelectorAll('[aria-label], [title], img[alt], input[type=image]')) {
      if (isVisible(el) && lower(accName(el) || norm(el.getAttribute('title'))) === want) {
        const kind = el.matches('a[href], [role=link]') ? 'a link' : el.matches('button, [role=button], input') ? 'a button' : el.localName === 'img' ? 'an image' : 'an element';
        return kind + ' ' + describe(el);
      }
    }
    return '';
  };

  const last = () => {
    const el = window[LAST];
    if (!el || !el.isConnected) throw new Error('the element is gone from the page');
    return el;
  };

  // Focus the located field and select what it holds, so that typing
  // replaces it.
  const prepareFill = () => {
    const el = last();
    if (document.activeElement !== el) el.focus();
    if (el.localName === 'input' && NON_TEXT_INPUTS.has(el.type)) return { mode: 'value' };
    if (typeof el.select === 'function') el.select();
    else {
      const range = document.createRange();
      range.selectNodeContents(el);
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
    return { mode: 'type', empty: (el.value ?? el.textContent) === '' };
  };

  const fire = (el, ...types) => { for (const t of types) el.dispatchEvent(new Event(t, { bubbles: true })); };

  const setValue = ({ value }) => {
    const el = last();
    el.value = value;
    fire(el, 'input', 'change');
    return true;
  };

  const fieldValue = () => {
    const el = last();
    return el.value ?? el.textContent;
  };

  // What secret the located field holds, if any: a card's number ("card"),
  // its security code or a password ("code"); "" for any other field. A
  // failure quotes such a value masked.
  const SECRET_CODE = /\b(cvv2?|cvc2?|csc|cid|security.?code|pin)\b/i;
  const SECRET_CARD = /card.?num|cc.?num|\bpan\b|номер карты|nomor kartu|nambari ya kadi|कार्ड नंबर|कार्ड संख्या/i;
  const fieldSecret = () => secretOf(last());
  const secretOf = (el) => {
    const ac = (el.getAttribute('autocomplete') || '').toLowerCase();
    if (el.type === 'password' || /cc-csc|password|one-time-code/.test(ac)) return 'code';
    if (/cc-number/.test(ac)) return 'card';
    const words = [el.name, el.id, el.getAttribute('aria-label'), el.placeholder,
      ...[...(el.labels || [])].map((l) => l.textContent)].filter(Boolean).join(' ');
    if (SECRET_CODE.test(words)) return 'code';
    if (SECRET_CARD.test(words)) return 'card';
    return '';
  };
  // A value that is a card's number: 12 to 19 digits (spaces and dashes
  // aside) whose Luhn sum is right.
  const isCardNumber = (v) => {
    const d = (v || '').replace(/[\s-]/g, '');
    if (!/^\d{12,19}$/.test(d)) return false;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
      let n = d.charCodeAt(d.length - 1 - i) - 48;
      if (i % 2) { n *= 2; if (n > 9) n -= 9; }
      sum += n;
    }
    return sum % 10 === 0;
  };
  // invalidFields are the visible fields of the page's forms that the
  // browser's own checks refuse (required and empty, a wrong format), each
  // with its label and the browser's message: such a form is not sent
  // when its button is clicked.
  const fieldRefusal = (el) => ({ label: norm(controlLabel(el)) || el.name || el.id, message: el.validationMessage });
  const invalidFields = () => {
    const out = [];
    for (const el of document.querySelectorAll('form input, form select, form textarea')) {
      if (out.length >= 3 || !el.willValidate || el.checkValidity() || !isVisible(el)) continue;
      out.push(fieldRefusal(el));
    }
    return out;
  };
  // unsentForm is the first visible form whose fields hold other values
  // than the page loaded it with (an option chosen, a box ticked, words
  // typed), three fields at most, and the name of its button that sends
  // it: what a check of the sites' records waits for may not have left the
  // page. A typed field's value is not given (it may be a secret); an
  // option's text and a box's state are.
  const unsentForm = () => {
    for (const form of document.forms) {
      if (!isVisible(form)) continue;
      const fields = [];
      for (const el of form.elements) {
        if (fields.length >= 3 || !isVisible(el) || el.disabled) continue;
        const label = norm(controlLabel(el)) || el.name || el.id;
        if (el.tagName === 'SELECT') {
          const changed = [...el.options].some((o) => o.selected !== o.defaultSelected);
          if (changed && el.selectedOptions.length) fields.push({ label, value: norm(el.selectedOptions[0].textContent) });
        } else if (el.type === 'checkbox' || el.type === 'radio') {
          if (el.checked !== el.defaultChecked && el.checked) fields.push({ label, value: 'chosen' });
          else if (el.checked !== el.defaultChecked && el.type === 'checkbox') fields.push({ label, value: 'not ticked' });
        } else if ((el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') && el.type !== 'hidden' && el.value !== el.defaultValue) {
          fields.push({ label, value: '' });
        }
      }
      if (!fields.length) continue;
      const submit = [...form.elements].find((el) => (el.type === 'submit' || (el.tagName === 'BUTTON' && !el.getAttribute('type'))) && isVisible(el));
      return { fields, submit: submit ? norm(accName(submit)) : '' };
    }
    return null;
  };
  // maskSecrets hides, for a screenshot, the characters of every field
  // that holds a card's number, its security code or a password (as a
  // password field shows them), and unmaskSecrets shows them again: a
  // card number never reaches a report in a picture either.
  const MASKED = 'data-unbind-masked';
  const maskSecrets = () => {
    let n = 0;
    const visit = (root) => {
      for (const el of root.querySelectorAll('input, textarea')) {
        if (!el.value || el.type === 'password' || el.type === 'hidden') continue;
        if (!secretOf(el) && !isCardNumber(el.value)) continue;
        el.setAttribute(MASKED, el.style.getPropertyValue('-webkit-text-security') || '-');
        el.style.setProperty('-webkit-text-security', 'disc', 'important');
        n++;
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
    };
    visit(document);
    return n;
  };
  const unmaskSecrets = () => {
    for (const el of document.querySelectorAll('[' + MASKED + ']')) {
      const was = el.getAttribute(MASKED);
      el.removeAttribute(MASKED);
      if (was === '-') el.style.removeProperty('-webkit-text-security');
      else el.style.setProperty('-webkit-text-security', was);
    }
    return true;
  };

  // Whether the located element is disabled: by its own disabled, that of
  // the control or fieldset it is in, or aria-disabled.
  const isOff = () => {
    const el = last();
    const control = el.closest('button, input, select, textarea, option, optgroup, fieldset');
    return !!(control && control.matches(':disabled')) || el.closest('[aria-disabled="true"]') !== null;
  };

  const isChecked = () => {
    const el = last();
    if (el.localName === 'input') return el.checked;
    return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true';
  };

  // The language an option of a list of languages stands for, as a tag:
  // its lang attribute, or its value (ru_RU, en-US) in a list named for
  // languages or locales, or whose every value is a tag with a region.
  const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;
  const languageOf = (o, select) => {
    const own = o.getAttribute('lang') || '';
    if (own) return own;
    const values = [...select.options].map((x) => x.value).filter(Boolean);
    const named = /lang|locale/i.test((select.name || '') + ' ' + select.id);
    const tags = values.length > 0 && values.every((v) => LANG_TAG.test(v));
    const regions = tags && values.every((v) => /[-_]/.test(v));
    return tags && (named || regions) && LANG_TAG.test(o.value) ? o.value : '';
  };
  // The names of an option's language: in English, in the page's language,
  // in its own (Russian, русский) and in the articles' languages (Kirusi,
  // रूसी, Rusia), with and without the region. The first two are English.
  const ARTICLE_LANGS = ['ru', 'id', 'hi', 'sw'];
  const languageNames = (o, select) => {
    const tag = languageOf(o, select).replace(/_/g, '-');
    if (!tag) return [];
    const out = [];
    for (const lang of ['en', document.documentElement.lang || 'en', tag, ...ARTICLE_LANGS]) {
      try {
        const names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
        out.push(names.of(tag), names.of(tag.split('-')[0]));
      } catch (e) { /* not a tag the browser knows */ }
    }
    return out.filter(Boolean).map(norm);
  };
  const optionText = (o, select) => {
    const english = languageNames(o, select)[1];
    return english && lower(english) !== lower(norm(o.text)) ? norm(o.text) + ' (' + english + ')' : norm(o.text);
  };

  // A text without the mark that ends its sentence: a reader writes the
  // question "Mother's maiden name?" of a list without its "?".
  const unpunctuated = (s) => lower(norm(s)).replace(/[\s?.!:;…？।]+$/u, '');

  const chooseOption = ({ option }) => {
    const el = last();
    if (el.localName !== 'select') return { status: 'custom' };
    const want = norm(option);
    const opts = [...el.options];
    const found = opts.find((o) => norm(o.text) === want) ||
      opts.find((o) => lower(norm(o.text)) === lower(want)) ||
      opts.find((o) => o.value === option || norm(o.label) === want) ||
      opts.find((o) => unpunctuated(o.text) === unpunctuated(want)) ||
      opts.find((o) => languageNames(o, el).some((n) => lower(n) === lower(want)));
    if (!found) return { status: 'nooption', options: opts.map((o) => optionText(o, el)) };
    if (found.disabled) return { status: 'disabled', desc: describe(found) };
    if (found.selected && !el.multiple) return { status: 'ok', chosen: norm(found.text) };
    el.focus();
    found.selected = true;
    fire(el, 'input', 'change');
    return { status: 'ok', chosen: norm(found.text) };
  };

  // Note the navigations the next action makes the page ask for (a link, a
  // form): the browser reports them a little later.
  const watchNavigation = () => {
    if (!window.navigation) return;
    if (!window[NAV]) {
      window[NAV] = { ev: null };
      navigation.addEventListener('navigate', (e) => {
        if (!e.destination.sameDocument && !e.hashChange) window[NAV].ev = e;
      });
    }
    window[NAV].ev = null;
  };
  const navigationAsked = () => {
    const e = window[NAV] && window[NAV].ev;
    return e && !e.defaultPrevented ? e.destination.url : '';
  };

  // After a click: what came of it. A form's submission is planned for a
  // later task, so the page runs two more tasks before it is asked whether
  // a navigation is under way.
  const nextTasks = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const clickOutcome = async ({ doc, seen }) => {
    await nextTasks();
    const m = window[MOTION];
    if (!m || m.id !== doc) return { status: 'newdoc' };
    const asked = navigationAsked();
    if (asked) return { status: 'navigating', url: asked };
    const n = Math.min(m.pressed - seen, m.presses.length);
    if (n <= 0) return { status: 'lost' };
    const [, hit] = m.presses[m.presses.length - n];
    const el = window[LAST];
    if (el && !reaches(el, hit)) return { status: 'elsewhere', desc: describe(el), by: describe(hit) };
    // A form's button whose fields the browser refused: nothing was sent.
    // Only a button that sends its form counts, and only that form's
    // fields: a page may check fields itself as it likes.
    const sends = el && el.form && (el.type === 'submit' || el.type === 'image');
    const refused = sends ? m.invalid.filter(([at, f]) => at > seen && f.form === el.form).map(([, f]) => f) : [];
    if (refused.length > 0 && m.submitted <= seen) {
      return { status: 'refused', fields: refused.slice(0, 3).map(fieldRefusal) };
    }
    return { status: 'ok' };
  };
  // Two animation frames, so that the document is shown before the next try.
  const settle = async () => { await frame(); await frame(); return true; };
  // Two frames and, for a document with text on it, its first contentful
  // paint presented: until then a busy machine may show frames whose tiles
  // are not rastered yet, the page's background colour and nothing on it.
  const painted = async () => {
    await settle();
    const shown = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (shown() || !document.body || !document.body.innerText.trim()) return true;
    await new Promise((resolve) => {
      const o = new PerformanceObserver(() => { if (shown()) { o.disconnect(); resolve(); } });
      o.observe({ type: 'paint' });
      if (shown()) { o.disconnect(); resolve(); }
    });
    return true;
  };

  // popup is the page's own pop-up, for a step that confirms or cancels
  // "the pop-up" without naming its buttons: the topmost open dialog (a
  // modal one first), its name, and the names of its buttons that confirm
  // and that cancel it. A button cancels when its name says so in one of
  // the articles' languages, or its class does.
  const CANCELS = /^(cancel|close|no|back|not now|отмена|отменить|закрыть|нет|назад|batal|tutup|tidak|kembali|ghairi|funga|hapana|sitisha|रद्द|रद्द करें|बंद करें|नहीं|[×✕✖x])$/i;
  // popupText is a pop-up's message: its text, its buttons and fields left
  // out.
  const popupText = (el) => {
    let out = '';
    const walk = (n) => {
      for (const c of n.childNodes) {
        if (c.nodeType === Node.TEXT_NODE) { out += c.data; continue; }
        if (c.nodeType !== Node.ELEMENT_NODE || SKIP_TEXT.has(c.localName) || hiddenForName(c) || isFormControl(c) || c.matches('button, [role=button]')) continue;
        const inline = getComputedStyle(c).display.startsWith('inline');
        if (!inline) out += ' ';
        walk(c);
        if (!inline) out += ' ';
      }
    };
    walk(el);
    return norm(out);
  };
  // openPopup is the page's topmost open pop-up, a modal one first, or null.
  const openPopup = () => {
    const open = [...document.querySelectorAll('dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]')].filter(isVisible);
    if (!open.length) return null;
    const modal = open.filter((el) => el.matches(':modal'));
    return (modal.length ? modal : open).at(-1);
  };
  const popup = () => {
    const el = openPopup();
    if (!el) return { status: 'none' };
    const buttons = [...el.querySelectorAll('button, input[type=submit], input[type=button], a[href], [role=button]')]
      .filter((b) => isVisible(b) && !isDisabled(b) && accName(b));
    const cancels = (b) => CANCELS.test(accName(b)) || /cancel|close|dismiss/i.test(b.className || '');
    const yes = buttons.filter((b) => !cancels(b));
    const confirm = yes.find((b) => b.type === 'submit') || yes.find((b) => b.localName !== 'a') || yes[0];
    const cancel = buttons.find(cancels);
    const heading = el.querySelector(HEADING_SELECTOR);
    return { status: 'ok', name: sectionName(el) || (heading ? textFrom(heading, false) : ''), text: popupText(el), buttons: buttons.map(accName), confirm: confirm ? accName(confirm) : '', cancel: cancel ? accName(cancel) : '' };
  };

  if (op === 'target' || op === 'control') {
    if (document.readyState === 'loading') return { status: 'loading' };
    watchNavigation();
  }
  // Which document answered, so that the session can tell a hover on this
  // document from one on the document before.
  const inDoc = async (res) => ({ ...res, doc: res.doc || (window[MOTION] ? window[MOTION].id : '') });
  switch (op) {
    case 'target': return inDoc(await locateTarget(arg));
    case 'control': return inDoc(await locateControl(arg));
    case 'text': return textVisible(arg);
    case 'ready': return document.readyState;
    case 'navigationAsked': return nextTasks().then(navigationAsked);
    case 'clickOutcome': return clickOutcome(arg);
    case 'settle': return settle();
    case 'painted': return painted();
    case 'prepareFill': return prepareFill();
    case 'setValue': return setValue(arg);
    case 'value': return fieldValue();
    case 'secret': return fieldSecret();
    case 'invalidFields': return invalidFields();
    case 'unsentForm': return unsentForm();
    case 'pageSays': return pageSays();
    case 'maskSecrets': return maskSecrets();
    case 'unmaskSecrets': return unmaskSecrets();
    case 'checked': return isChecked();
    case 'disabled': return isOff();
    case 'choose': return chooseOption(arg);
    case 'popup': return popup();
    default: throw new Error('unknown op ' + op);
  }
})
