// The part of Eleventy's programmatic API the site stage and the preview use (the package ships no type declarations).
declare module '@11ty/eleventy' {
  interface EleventyUserConfig {
    addGlobalData(name: string, value: unknown): void;
    addWatchTarget(path: string): void;
    on(event: 'eleventy.before' | 'eleventy.after', listener: () => void | Promise<void>): void;
    /** Before a rebuild in watch mode, with the changed files (paths as chokidar gives them, often relative). */
    on(event: 'eleventy.beforeWatch', listener: (changedFiles: string[]) => void | Promise<void>): void;
    /** Options for the chokidar file watcher, merged over Eleventy's own. */
    setChokidarConfig(options: { awaitWriteFinish?: { stabilityThreshold: number; pollInterval: number } | boolean }): void;
  }
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    config?: (config: EleventyUserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
    init(): Promise<void>;
    /** Rebuild on changes to the input folder and the watch targets. */
    watch(): Promise<void>;
    /** Serve the output folder with live reload. */
    serve(port?: number): Promise<void>;
  }
}
