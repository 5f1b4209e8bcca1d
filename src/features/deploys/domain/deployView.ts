import { DEPLOY_TYPES } from './deployRules';

/** The deploy history's view, kept in the URL so a filtered page or a comparison is a shareable link. */
export interface DeployView {
  type: string;
  status: string;
  page: number;
  pageSize: number;
  compare: string[];
  focus: string;
}

export const PAGE_SIZES = [10, 25, 50] as const;
export const DEPLOY_STATUSES = ['DEPLOYED', 'FAILED', 'INITIALIZED'] as const;

const oneOf = (value: string | null, allowed: readonly string[]) => (value && allowed.includes(value) ? value : '');

export function parseDeployView(params: URLSearchParams): DeployView {
  const size = Number(params.get('size'));
  return {
    type: oneOf(params.get('type'), DEPLOY_TYPES),
    status: oneOf(params.get('status'), DEPLOY_STATUSES),
    page: Math.max(0, Math.floor(Number(params.get('page')) || 0)),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0],
    compare: (params.get('compare') ?? '').split(',').filter(Boolean).slice(0, 2),
    focus: params.get('focus') ?? '',
  };
}

export function deployViewToParams(view: DeployView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.type) params.set('type', view.type);
  if (view.status) params.set('status', view.status);
  if (view.page) params.set('page', String(view.page));
  if (view.pageSize !== PAGE_SIZES[0]) params.set('size', String(view.pageSize));
  if (view.compare.length) params.set('compare', view.compare.join(','));
  if (view.focus) params.set('focus', view.focus);
  return params;
}
