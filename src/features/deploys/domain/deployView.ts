import { listStateToParams, parseListState, type ListSpec, type ListState } from '../../../shared/lib/listState';
import { DEPLOY_TYPES } from './deployRules';

export const PAGE_SIZES = [10, 25, 50] as const;
export const DEPLOY_STATUSES = ['DEPLOYED', 'FAILED', 'INITIALIZED'] as const;

/** Newest first, always: a rollback's link to its source deploy finds that deploy's page by its position. */
export const DEPLOY_LIST: ListSpec<'createdAt', 'type' | 'status'> = {
  sorts: ['createdAt'],
  sort: 'createdAt',
  dir: 'desc',
  pageSizes: PAGE_SIZES,
  filters: { type: DEPLOY_TYPES, status: DEPLOY_STATUSES },
};

/**
 * The deploy history's view, kept in the URL so a filtered page or a comparison is a shareable link: the
 * list's state in every list's convention, and the deploys compared and the one a link points at.
 */
export interface DeployView extends ListState<'createdAt', 'type' | 'status'> {
  compare: string[];
  focus: string;
}

export function parseDeployView(params: URLSearchParams): DeployView {
  return {
    ...parseListState(DEPLOY_LIST, params),
    compare: (params.get('compare') ?? '').split(',').filter(Boolean).slice(0, 2),
    focus: params.get('focus') ?? '',
  };
}

export function deployViewToParams({ compare, focus, ...list }: DeployView): URLSearchParams {
  const params = listStateToParams(DEPLOY_LIST, list);
  if (compare.length) params.set('compare', compare.join(','));
  if (focus) params.set('focus', focus);
  return params;
}
