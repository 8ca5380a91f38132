// The search page: reads ?q=, asks the pagefind index (built into /pagefind/ by the site stage) and
// lists the matching pages. Loaded as a module on /zoeken/ only; nothing is fetched from elsewhere.
const form = document.querySelector('[data-search-form]');
const input = form && form.querySelector('input[name="q"]');
const results = document.querySelector('[data-search-results]');
const MAX_RESULTS = 20;
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

async function search(query) {
  results.replaceChildren();
  if (!query) return;
  const status = element('p', 'search-results__status', 'Bezig met zoeken…');
  results.appendChild(status);
  try {
    const found = await (await engine()).search(query);
    const shown = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    const total = found.results.length;
    status.textContent =
      total === 0
        ? `Geen resultaten voor “${query}”.`
        : `${count.format(total)} ${total === 1 ? 'resultaat' : 'resultaten'} voor “${query}”${total > MAX_RESULTS ? `; de eerste ${MAX_RESULTS} staan hieronder` : ''}.`;
    if (total === 0) return;
    const list = element('ol', 'search-results__list');
    for (const item of shown) {
      const li = element('li');
      const link = element('a', '', item.meta && item.meta.title ? item.meta.title : item.url);
      link.href = item.url;
      li.appendChild(link);
      li.appendChild(excerpt(item.excerpt || ''));
      list.appendChild(li);
    }
    results.appendChild(list);
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
