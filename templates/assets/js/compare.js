// Institutions side by side (/vergelijk/). Reads the choice from the address — ?i=I14,I54 (institution codes),
// ?groep=soort-roc (a peer group), &ind=werkdruk,rekenen (indicators; none = all), &markeer=I14 (one marked) —
// and draws from /vergelijk/gegevens.json (made from the report's Results by the site stage): per part of the agenda
// a table with the institutions as rows, and per indicator a chart of each institution's latest value on the
// sector's bands. Every number arrives formatted in the data; this script only selects and places. The choice is
// written back into the address, so a link reproduces the view. Without JavaScript the static pages per soort
// and regio serve instead (the form stays hidden).
(function () {
  'use strict';

  const root = document.querySelector('[data-compare]');
  if (!root) return;
  const form = root.querySelector('[data-compare-form]');
  const output = root.querySelector('[data-compare-output]');
  // A short live line says what was drawn; the drawn view itself is not read out as one long announcement.
  const status = root.querySelector('[data-compare-status]');
  const groupSelect = form.querySelector('select[name="groep"]');
  const boxes = (name) => Array.from(form.querySelectorAll(`input[name="${name}"]`));
  const SVG = 'http://www.w3.org/2000/svg';

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svgEl(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** A comma list or repeated parameter (`?i=I14,I54` or `?i=I14&i=I54`), upper- or lower-case codes. */
  function list(params, name) {
    return params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  }

  /** The choice in the address, resolved against the data (unknown codes are dropped). */
  function readState(data) {
    const params = new URLSearchParams(window.location.search);
    const byCode = new Map(data.institutions.map((i) => [i.id.toLowerCase(), i.id]));
    const group = data.groups.find((g) => g.id === params.get('groep')) || null;
    let institutions = list(params, 'i').map((c) => byCode.get(c.toLowerCase())).filter(Boolean);
    if (institutions.length === 0 && group) institutions = group.members.slice();
    const indicatorIds = new Set(data.indicators.map((i) => i.id));
    const indicators = list(params, 'ind').filter((id) => indicatorIds.has(id));
    const mark = byCode.get((params.get('markeer') || '').toLowerCase()) || null;
    return { institutions: Array.from(new Set(institutions)), indicators, group: group ? group.id : '', mark };
  }

  function writeState(state) {
    const params = new URLSearchParams();
    if (state.group && sameMembers(state)) params.set('groep', state.group);
    else if (state.institutions.length) params.set('i', state.institutions.join(','));
    if (state.indicators.length) params.set('ind', state.indicators.join(','));
    if (state.mark) params.set('markeer', state.mark);
    // Commas stay readable in the address (URLSearchParams would write %2C).
    const query = params.toString().replace(/%2C/g, ',');
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    return window.location.href;
  }

  let data = null;
  const sameMembers = (state) => {
    const group = data.groups.find((g) => g.id === state.group);
    return !!group && group.members.length === state.institutions.length && group.members.every((m) => state.institutions.includes(m));
  };

  function showChoice(state) {
    groupSelect.value = state.group;
    for (const box of boxes('i')) box.checked = state.institutions.includes(box.value);
    for (const box of boxes('ind')) box.checked = state.indicators.includes(box.value);
    counts();
  }

  function counts() {
    const chosen = boxes('i').filter((b) => b.checked).length;
    const indicators = boxes('ind').filter((b) => b.checked).length;
    form.querySelector('[data-compare-count="i"]').textContent = String(chosen);
    form.querySelector('[data-compare-count="ind"]').textContent = indicators === 0 ? 'alle' : `${indicators} gekozen`;
  }

  function formState(mark) {
    const institutions = boxes('i').filter((b) => b.checked).map((b) => b.value);
    return {
      institutions,
      indicators: boxes('ind').filter((b) => b.checked).map((b) => b.value),
      group: groupSelect.value,
      mark: mark && institutions.includes(mark) ? mark : null,
    };
  }

  // ---- tables ------------------------------------------------------------------------------------------

  function valueCell(ind, id) {
    const v = ind.values[id];
    const td = el('td', { class: 'num' });
    if (!v) {
      td.appendChild(el('span', { 'aria-hidden': 'true' }, '–'));
      td.appendChild(el('span', { class: 'visually-hidden' }, 'geen waarde'));
      return td;
    }
    td.setAttribute('data-sort', String(v.value));
    td.textContent = v.cell;
    return td;
  }

  function table(part, indicators, institutions, mark, n) {
    const wrap = el('div', { class: 'table-scroll', role: 'region', 'aria-label': `${part}: vergelijking`, tabindex: '0' });
    const t = el('table', { class: 'data-table', 'data-sortable': '' });
    t.appendChild(el('caption', { class: 'visually-hidden' }, `${part}: laatste meting per indicator`));
    const head = el('tr');
    head.appendChild(el('th', { scope: 'col' }, 'Instelling'));
    for (const ind of indicators) head.appendChild(el('th', { scope: 'col', class: 'num' }, ind.label));
    t.appendChild(el('thead')).appendChild(head);
    const body = t.appendChild(el('tbody'));
    for (const inst of institutions) {
      const tr = body.appendChild(el('tr', inst.id === mark ? { class: 'compare-marked' } : {}));
      const th = tr.appendChild(el('th', { scope: 'row' }));
      th.appendChild(el('a', { href: inst.url }, inst.name));
      if (inst.id === mark) th.appendChild(el('span', { class: 'compare-marked__label' }, ' (gemarkeerd)'));
      for (const ind of indicators) tr.appendChild(valueCell(ind, inst.id));
    }
    const totals = t.appendChild(el('tbody', { class: 'data-table__totals' }));
    const sectorRow = (label, text) => {
      const tr = totals.appendChild(el('tr'));
      tr.appendChild(el('th', { scope: 'row' }, label));
      for (const ind of indicators) tr.appendChild(el('td', { class: 'num' }, text(ind.sector)));
    };
    sectorRow('Mediaan van alle instellingen', (s) => s.median.text);
    sectorRow('Middelste helft van alle instellingen (P25–P75)', (s) => `${s.q1.text} – ${s.q3.text}`);
    wrap.appendChild(t);
    const section = el('section', { class: 'compare-section', 'aria-labelledby': `vergelijking-deel-${n}` });
    section.appendChild(el('h3', { id: `vergelijking-deel-${n}` }, part));
    section.appendChild(wrap);
    return section;
  }

  // ---- charts: each institution's value on the sector's P5–P95 and P25–P75 bands, median as a line --------

  const ROW = 22;
  const PAD = { top: 8, bottom: 30 };

  function chart(ind, institutions, mark) {
    const width = Math.max(280, Math.min(output.clientWidth || 640, 760));
    // The name column: as wide as the longest name needs (about 7 px a character at 13 px), at most 40%.
    const longest = Math.max(...institutions.map((i) => i.name.length));
    const label = Math.round(Math.min(width * 0.4, longest * 7 + 16));
    const right = 16;
    const values = institutions.map((i) => ind.values[i.id]).filter(Boolean).map((v) => v.value);
    const lo = Math.min(ind.sector.p5.value, ...values);
    const hi = Math.max(ind.sector.p95.value, ...values);
    const span = hi - lo || 1;
    const x = (v) => label + ((v - (lo - span * 0.05)) / (span * 1.1)) * (width - label - right);
    const height = PAD.top + institutions.length * ROW + PAD.bottom;
    const alt = [
      `${ind.name} (${ind.year}): mediaan van alle instellingen ${ind.sector.median.text}, middelste helft ${ind.sector.q1.text} tot ${ind.sector.q3.text}`,
      ...institutions.map((i) => {
        const v = ind.values[i.id];
        return `${i.name}: ${v ? (v.year === ind.year ? v.text : `${v.text} in ${v.year}`) : 'geen waarde'}`;
      }),
    ].join('; ');
    const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: 'compare-chart', role: 'img', 'aria-label': alt, width, height });
    const bottom = PAD.top + institutions.length * ROW;
    svg.appendChild(svgEl('rect', { class: 'compare-chart__p5', x: x(ind.sector.p5.value), y: PAD.top, width: x(ind.sector.p95.value) - x(ind.sector.p5.value), height: bottom - PAD.top }));
    svg.appendChild(svgEl('rect', { class: 'compare-chart__q1', x: x(ind.sector.q1.value), y: PAD.top, width: x(ind.sector.q3.value) - x(ind.sector.q1.value), height: bottom - PAD.top }));
    svg.appendChild(svgEl('line', { class: 'compare-chart__median', x1: x(ind.sector.median.value), x2: x(ind.sector.median.value), y1: PAD.top - 4, y2: bottom + 4 }));
    institutions.forEach((inst, n) => {
      const y = PAD.top + n * ROW + ROW / 2;
      const marked = inst.id === mark;
      svg.appendChild(svgEl('text', { class: `compare-chart__label${marked ? ' compare-chart__label--marked' : ''}`, x: label - 8, y: y + 4, 'text-anchor': 'end' }, inst.name));
      const v = ind.values[inst.id];
      if (!v) {
        svg.appendChild(svgEl('text', { class: 'compare-chart__none', x: label + 4, y: y + 4 }, 'geen waarde'));
        return;
      }
      if (marked) svg.appendChild(svgEl('rect', { class: 'compare-chart__dot compare-chart__dot--marked', x: x(v.value) - 6, y: y - 6, width: 12, height: 12, transform: `rotate(45 ${x(v.value)} ${y})` }));
      else svg.appendChild(svgEl('circle', { class: 'compare-chart__dot', cx: x(v.value), cy: y, r: 5 }));
    });
    const axis = (v, text, anchor) => svg.appendChild(svgEl('text', { class: 'compare-chart__axis', x: x(v), y: bottom + 20, 'text-anchor': anchor }, text));
    axis(ind.sector.p5.value, `P5 ${ind.sector.p5.text}`, 'start');
    axis(ind.sector.median.value, `mediaan ${ind.sector.median.text}`, 'middle');
    axis(ind.sector.p95.value, `P95 ${ind.sector.p95.text}`, 'end');
    const figure = el('figure', { class: 'figure compare-figure' });
    const caption = el('figcaption');
    caption.appendChild(el('span', { class: 'figure-title' }, `${ind.name}${ind.breakdown === 'totaal' ? '' : `, ${ind.breakdown}`}`));
    caption.appendChild(el('span', { class: 'figure-subtitle' }, `Laatste meting per instelling op de spreiding van alle ${ind.sector.n} instellingen met een meting in ${ind.year} (licht: P5–P95, donker: P25–P75, lijn: mediaan); ${ind.direction}`));
    figure.appendChild(caption);
    const body = el('div', { class: 'figure-body' });
    body.appendChild(svg);
    figure.appendChild(body);
    const more = el('p', { class: 'figure-source' });
    more.appendChild(el('a', { href: ind.url }, `Meer over ${ind.name}`));
    figure.appendChild(more);
    return figure;
  }

  // ---- the view ------------------------------------------------------------------------------------------

  function render(state, link) {
    output.replaceChildren();
    const byId = new Map(data.institutions.map((i) => [i.id, i]));
    const institutions = state.institutions.map((id) => byId.get(id)).filter(Boolean);
    if (institutions.length === 0) {
      const hint = 'Kies een groep of een of meer instellingen, en eventueel indicatoren; kies daarna Vergelijk.';
      output.appendChild(el('p', { class: 'compare-hint' }, hint));
      status.textContent = hint;
      return null;
    }
    const chosen = new Set(state.indicators);
    const indicators = data.indicators.filter((i) => chosen.size === 0 || chosen.has(i.id));
    const heading = output.appendChild(el('h2', { id: 'vergelijking', tabindex: '-1' }, 'Vergelijking'));
    const group = data.groups.find((g) => g.id === state.group);
    const summary = `${institutions.length === 1 ? '1 instelling' : `${institutions.length} instellingen`}${group && sameMembers(state) ? ` (${group.label})` : ''}, ${indicators.length === 1 ? '1 indicator' : `${indicators.length} indicatoren`}.`;
    const p = output.appendChild(el('p', { class: 'compare-summary' }, `${summary} `));
    p.appendChild(el('a', { href: link }, 'Link naar deze vergelijking'));
    const parts = [];
    for (const ind of indicators) {
      const last = parts[parts.length - 1];
      if (last && last.part === ind.part) last.indicators.push(ind);
      else parts.push({ part: ind.part, indicators: [ind] });
    }
    parts.forEach((p, n) => output.appendChild(table(p.part, p.indicators, institutions, state.mark, n + 1)));
    output.appendChild(el('h2', { id: 'spreiding' }, 'Op de spreiding van alle instellingen'));
    for (const ind of indicators) output.appendChild(chart(ind, institutions, state.mark));
    if (window.mboTables) window.mboTables.enhance(output);
    status.textContent = `Vergelijking: ${summary}`;
    return heading;
  }

  function start(loaded) {
    data = loaded;
    const state = readState(data);
    showChoice(state);
    root.hidden = false;
    render(state, window.location.href);
    groupSelect.addEventListener('change', () => {
      const group = data.groups.find((g) => g.id === groupSelect.value);
      if (group) for (const box of boxes('i')) box.checked = group.members.includes(box.value);
      counts();
    });
    form.addEventListener('change', (event) => {
      if (event.target.name === 'i' && groupSelect.value) {
        // Changing the institutions by hand leaves the group, unless the choice is still exactly the group.
        if (!sameMembers(formState(null))) groupSelect.value = '';
      }
      counts();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const next = formState(readState(data).mark);
      const heading = render(next, writeState(next));
      // Keyboard and screen reader users continue at the result they asked for.
      if (heading) heading.focus();
    });
  }

  fetch(root.getAttribute('data-src'), { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then(start)
    .catch(() => {
      root.hidden = false;
      form.hidden = true;
      output.replaceChildren(el('p', {}, 'De vergelijking kon niet worden geladen. Gebruik de pagina’s per soort en per regio hieronder.'));
    });
})();
