// Which snapshot folder to use: the newest in data/snapshots/, or the one named on the command line.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ReportError } from '../lib/errors.ts';
import { msg } from './messages.ts';

export const SNAPSHOTS_DIR = 'data/snapshots';
const FOLDER = /^\d{4}-\d{2}-\d{2}(-[A-Za-z0-9_-]+)?$/;

/** Folder names sort by date (`YYYY-MM-DD` or `YYYY-MM-DD-label`), so the newest is the last. */
export function listSnapshots(root = SNAPSHOTS_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => FOLDER.test(name) && statSync(join(root, name)).isDirectory())
    .sort();
}

export function locateSnapshot(choice: string | undefined, root = SNAPSHOTS_DIR): string {
  if (choice) {
    const asPath = isAbsolute(choice) || choice.includes('/') ? resolve(choice) : resolve(root, choice);
    if (!existsSync(asPath)) {
      throw new ReportError(msg.folderMissing(choice), `Kies een van: ${listSnapshots(root).join(', ') || '(geen)'}`);
    }
    return asPath;
  }
  const names = listSnapshots(root);
  const newest = names[names.length - 1];
  if (!newest) throw new ReportError(msg.noSnapshots(root), 'Zet een snapshotmap in data/snapshots/ of geef --snapshot <map>.');
  return resolve(root, newest);
}
