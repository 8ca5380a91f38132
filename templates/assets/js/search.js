// The search page: reads ?q=, asks the pagefind index (built into /pagefind/ by the site stage) and
// lists the matching pages. Loaded as a module on /zoeken/ only; nothing is fetched from elsewhere.
const form = document.querySelector('[data-search-form]');
const input = form && form.querySelector('input[name="q"]');
const results = document.querySelector('[data-search-results]');
const PAGE_SIZE = 20;
const count = new Intl.NumberFormat('nl-NL');

let pagefind = null;
async function engine() {
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 24 });
  }
  return pagefind;
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Pagefind excerpts are escaped text with <mark> around the hits; rebuild them as DOM nodes. */
function excerpt(html) {
  const p = element('p');
  const parts = html.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (hit ? hit[1] : part)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    p.appendChild(hit ? element('mark', '', text) : document.createTextNode(text));
  }
  return p;
}

function resultItem(item) {
  const li = element('li');
  const link = element('a', '', item.meta && item.meta.title ? item.meta.title : item.url);
  link.href = item.url;
  li.appendChild(link);
  li.appendChild(excerpt(item.excerpt || ''));
  return li;
}

/** Show the next PAGE_SIZE results; a "Meer resultaten" button loads the following ones on demand. */
async function showMore(found, list, more, status, query) {
  const from = list.children.length;
  const next = found.slice(from, from + PAGE_SIZE);
  const items = await Promise.all(next.map((r) => r.data()));
  const first = list.children.length;
  for (const item of items) list.appendChild(resultItem(item));
  const shown = list.children.length;
  const total = found.length;
  status.textContent =
    `${count.format(total)} ${total === 1 ? 'resultaat' : 'resultaten'} voor “${query}”` +
    (total > shown ? `; ${count.format(shown)} staan hieronder.` : '.');
  more.hidden = shown >= total;
  // After "Meer resultaten", keyboard users continue at the first new result.
  if (first > 0 && list.children[first]) list.children[first].querySelector('a').focus();
}

async function search(query) {
  results.replaceChildren();
  if (!query) return;
  const status = element('p', 'search-results__status', 'Bezig met zoeken…');
  results.appendChild(status);
  try {
    const found = (await (await engine()).search(query)).results;
    if (found.length === 0) {
      status.textContent = `Geen resultaten voor “${query}”.`;
      return;
    }
    const list = element('ol', 'search-results__list');
    const more = element('button', 'search-results__more', 'Meer resultaten');
    more.type = 'button';
    more.addEventListener('click', () => showMore(found, list, more, status, query));
    results.appendChild(list);
    results.appendChild(more);
    await showMore(found, list, more, status, query);
  } catch (error) {
    status.textContent = 'Zoeken lukt op dit moment niet. Probeer het later opnieuw of gebruik het menu.';
  }
}

if (form && input && results) {
  const query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  search(query.trim());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    search(q);
  });
}
