// What is in a snapshot folder besides the contract's files: a second version of a known file under another name
// (`waarden (1).csv` from a browser, `waarden.CSV`, `begroting.csv.txt` from Windows) is an error, because the
// editor cannot tell which of the two the report used; Office's lock files (`~$…`) and the system's hidden files
// (`.DS_Store`) are passed over quietly; anything else gets one notice.

/** A file in the folder that is another spelling of a known file name. */
export interface StrayFile {
  readonly name: string;
  /** The contract's file name it stands for. */
  readonly expected: string;
  readonly how: 'download' | 'kopie' | 'hoofdletters' | 'extensie';
}

export interface FolderListing {
  /** Known file names that are present under exactly their own name. */
  readonly present: ReadonlySet<string>;
  readonly strays: readonly StrayFile[];
  /** Names that are neither known, stray nor quietly ignored. */
  readonly unknown: readonly string[];
}

/** Office lock files and hidden system files: never the editor's data. */
const QUIET = /^(~\$|\.)|^(thumbs\.db|desktop\.ini)$/i;

/** Pure: sort the folder's entries (sorted) against the known file names. */
export function listFolder(entries: readonly string[], known: readonly string[]): FolderListing {
  const present = new Set<string>();
  const strays: StrayFile[] = [];
  const unknown: string[] = [];
  for (const name of [...entries].sort()) {
    if (known.includes(name)) present.add(name);
    else if (QUIET.test(name)) continue;
    else {
      const stray = strayOf(name, known);
      if (stray) strays.push(stray);
      else unknown.push(name);
    }
  }
  return { present, strays, unknown };
}

function strayOf(name: string, known: readonly string[]): StrayFile | null {
  let base = name;
  let how: StrayFile['how'] = 'hoofdletters';
  if (/\.(csv|json)\.txt$/i.test(base)) {
    base = base.slice(0, -4);
    how = 'extensie';
  }
  const copy = /^(.+?)(?: \(\d+\)| - (?:kopie|copy)(?: \(\d+\))?| kopie)(\.[a-z]+)$/i.exec(base);
  if (copy) {
    base = copy[1]! + copy[2]!;
    how = / \(\d+\)$/.test(copy[0]!.slice(0, -copy[2]!.length)) && !/kopie|copy/i.test(copy[0]!) ? 'download' : 'kopie';
  }
  const expected = known.find((k) => k === base.toLowerCase());
  return expected ? { name, expected, how } : null;
}
