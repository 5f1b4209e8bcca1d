import { HttpResponse } from 'msw';
import type { DemoDb } from '../db';
import { api, apiRoute, notFound, requireOrganization, type HandlerOptions } from '../http';
import { applySorts, listParam, pageOf, readPage } from '../paging';

export function clusterHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    api.get(
      '/organizations/{organizationId}/clusters',
      apiRoute(db, options, ({ params, url }) => {
        requireOrganization(db, params.organizationId);
        const page = readPage(url);
        const names = listParam(url, 'names');
        const provider = url.searchParams.get('provider');
        const items = db.state.clusters.filter(
          (c) => c.organizationId === params.organizationId && (!names.length || names.includes(c.name)) && (!provider || c.cloudProvider === provider),
        );
        return HttpResponse.json(pageOf('clusters', applySorts(items, url, ['name', 'createdAt', 'updatedAt'], ['name:asc']), page));
      }),
    ),
    api.get(
      '/organizations/{organizationId}/clusters/{clusterId}',
      apiRoute(db, options, ({ params }) => {
        requireOrganization(db, params.organizationId);
        const cluster = db.state.clusters.find((c) => c.id === params.clusterId && c.organizationId === params.organizationId);
        if (!cluster) throw notFound('Cluster', params.clusterId);
        return HttpResponse.json(cluster);
      }),
    ),
  ];
}
