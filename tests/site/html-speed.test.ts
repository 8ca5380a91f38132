// The faster getElementsByTagName for html-validate (html-speed.ts) must not change a single message: the same
// documents, full of errors the whole-document rules look for, validated before and after installing it.
import { HtmlValidate, HtmlElement, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTML_VALIDATE_CONFIG } from '../../scripts/site/checks/html.ts';
import { ResolvedOnceLoader, speedUpHtmlValidate } from '../../scripts/site/checks/html-speed.ts';

const rows = Array.from({ length: 40 }, (_, i) => `<tr><td id="c${i % 7}">${i}</td><td><label for="f${i}">Veld</label></td></tr>`).join('');
const DOCUMENTS = [
  `<!doctype html><html lang="nl"><head><title>Fouten</title></head><body><main><h1>Kop</h1><h3>Overgeslagen niveau</h3>
   <div id="dubbel"></div><p id="dubbel"><div>blok in alinea</div></p><table><tr><th>Kop</th></tr>${rows}</table>
   <img src="a.png"><a href="#"><img src="b.png"></a><input list="nergens"><button>Knop</button><main>tweede main</main>
   <section aria-labelledby="ontbreekt"><h2>Sectie</h2></section><ul><div>fout kind</div></ul></main></body></html>`,
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Goed</title></head><body><main><h1>Kop</h1><p>Tekst</p></main></body></html>`,
];

async function messages(once = false): Promise<string[]> {
  const config = JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')) as ConfigData;
  const validator = once ? new HtmlValidate(new ResolvedOnceLoader(config)) : new HtmlValidate(config);
  const out: string[] = [];
  // Each document twice, errors first: a configuration that kept state between documents would show.
  for (const [i, doc] of [...DOCUMENTS, ...DOCUMENTS].entries()) {
    const report = await validator.validateString(doc, `doc${i}.html`);
    for (const r of report.results) for (const m of r.messages) out.push(`${i}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return out;
}

describe('html-validate with the faster getElementsByTagName', () => {
  it('reports exactly the same messages', async () => {
    const own = HtmlElement.prototype.getElementsByTagName;
    const before = await messages();
    expect(before.length).toBeGreaterThan(15);
    expect(before.some((m) => m.includes('no-dup-id'))).toBe(true);
    expect(speedUpHtmlValidate()).toBe(true);
    expect(HtmlElement.prototype.getElementsByTagName).not.toBe(own);
    expect(await messages()).toEqual(before);
  });
});

describe('html-validate with its configuration resolved once', () => {
  it('reports exactly the same messages, document after document', async () => {
    const each = await messages(false);
    expect(each.length).toBeGreaterThan(30);
    expect(await messages(true)).toEqual(each);
  });

  it('resolves the configuration once, not per document', async () => {
    const loader = new ResolvedOnceLoader(JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')) as ConfigData);
    expect(loader.getConfigFor('a.html')).toBe(loader.getConfigFor('b.html'));
    expect(loader.getConfigFor('a.html', { rules: { 'no-dup-id': 'off' } })).not.toBe(loader.getConfigFor('a.html'));
  });
});
