// The one edge where errors become output and exit codes: expected failures print plainly in Dutch,
// anything else prints one line and a hint to rerun with --debug.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReportError } from './errors.ts';

export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(options: T, argv = process.argv.slice(2)) {
  try {
    return parseArgs({ args: argv, options: { ...options, debug: { type: 'boolean' } }, allowPositionals: false, strict: true });
  } catch (error) {
    const known = Object.keys(options).map((o) => `--${o}`).join(', ');
    throw new ReportError(`ongeldige optie: ${(error as Error).message.split('.')[0]}`, `Bekende opties: ${known}`, 2);
  }
}

/**
 * Run an entry point and exit with its code. Exiting explicitly means a handle left open by a failed stage
 * (a server, a child process) can never keep the command hanging after it has reported.
 */
export async function runCli(main: () => Promise<number | void>): Promise<void> {
  const debug = process.argv.includes('--debug');
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (error) {
    if (error instanceof ReportError) {
      process.stderr.write(`✖ ${error.message}\n`);
      if (error.hint) process.stderr.write(`ℹ ${error.hint}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`✖ Onverwachte fout: ${(error as Error)?.message ?? String(error)}\n`);
      if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
      else process.stderr.write('ℹ Draai opnieuw met --debug voor de technische details, en meld het aan het ontwikkelteam.\n');
      process.exitCode = 70;
    }
  }
  process.exit();
}
