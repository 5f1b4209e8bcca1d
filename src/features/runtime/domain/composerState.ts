import type { ImageChoice } from './imageTag';

/** The composer's choices in the URL (`?runtime=12.4.0&python=3.12&distro=ubi9&slim=1&base=1&read=…`), so a tag is a link. */
export interface ComposerState extends ImageChoice {
  runtime?: string;
  /** A pasted FROM line to read. */
  read: string;
}

const PYTHON = /^\d+\.\d+$/;

export function composerStateFromParams(params: URLSearchParams): ComposerState {
  const python = params.get('python') ?? '';
  return {
    runtime: params.get('runtime') || undefined,
    python: PYTHON.test(python) ? python : undefined,
    distro: params.get('distro') === 'ubi9' ? 'ubi9' : 'debian',
    slim: params.get('slim') === '1',
    base: params.get('base') === '1',
    read: params.get('read') ?? '',
  };
}

/** Only what differs from the defaults is written, so links stay short. */
export function composerStateToParams(state: ComposerState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.runtime) params.set('runtime', state.runtime);
  if (state.python) params.set('python', state.python);
  if (state.distro === 'ubi9') params.set('distro', 'ubi9');
  if (state.slim) params.set('slim', '1');
  if (state.base) params.set('base', '1');
  if (state.read) params.set('read', state.read);
  return params;
}
