// The part of Eleventy's programmatic API the site stage uses (the package ships no type declarations).
declare module '@11ty/eleventy' {
  interface EleventyUserConfig {
    addGlobalData(name: string, value: unknown): void;
  }
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (config: EleventyUserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}
