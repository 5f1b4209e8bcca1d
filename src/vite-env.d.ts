/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "true" in dev and in demo builds: the mock backend is bundled and demo mode is the default. */
  readonly VITE_DEMO?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
