import { HttpResponse, http } from 'msw';
import type { DemoDb } from '../db';
import { apiRoute, notFound, requireOrganization, type HandlerOptions } from '../http';
import { applySorts, listParam, pageOf, readPage } from '../paging';

type OrgParams = { organizationId: string };

export function clusterHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    http.get(
      '*/v1/organizations/:organizationId/clusters',
      apiRoute<OrgParams>(db, options, ({ params, url }) => {
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
    http.get(
      '*/v1/organizations/:organizationId/clusters/:clusterId',
      apiRoute<OrgParams & { clusterId: string }>(db, options, ({ params }) => {
        requireOrganization(db, params.organizationId);
        const cluster = db.state.clusters.find((c) => c.id === params.clusterId && c.organizationId === params.organizationId);
        if (!cluster) throw notFound('Cluster', params.clusterId);
        return HttpResponse.json(cluster);
      }),
    ),
  ];
}
