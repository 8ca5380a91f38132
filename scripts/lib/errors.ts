// Expected failures carry a Dutch message for the editor and an exit code; anything else is a bug.

export class ReportError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}
