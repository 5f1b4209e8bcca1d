import { HttpResponse } from 'msw';
import type { DemoDb } from '../db';
import { api, apiRoute, notFound, type HandlerOptions } from '../http';
import { applySorts, pageOf, readPage } from '../paging';

export function organizationHandlers(db: DemoDb, options: HandlerOptions) {
  return [
    api.get(
      '/organizations',
      apiRoute(db, options, ({ url }) => {
        const page = readPage(url);
        const product = url.searchParams.get('product');
        const plan = url.searchParams.get('productPlan');
        let items = db.state.organizations;
        if (product) items = items.filter((o) => o.product === product);
        if (plan) items = items.filter((o) => o.productPlans.some((p) => p.productPlanName === plan));
        return HttpResponse.json(pageOf('organizations', applySorts(items, url, ['name', 'createdAt', 'updatedAt'], ['name:asc']), page));
      }),
    ),
    api.get(
      '/organizations/{organizationId}',
      apiRoute(db, options, ({ params }) => {
        const organization = db.state.organizations.find((o) => o.id === params.organizationId);
        if (!organization) throw notFound('Organization', params.organizationId);
        return HttpResponse.json(organization);
      }),
    ),
    api.get(
      '/users/self',
      apiRoute(db, options, () => HttpResponse.json(db.state.self)),
    ),
  ];
}
