// @vitest-environment node
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDemoDb } from './demoDb';
import { api, apiRoute } from './http';

const db = createDemoDb();

describe('handlers typed by the contract', () => {
  it('map the contract path onto every origin under /v1', () => {
    const handler = api.get(
      '/organizations/{organizationId}/clusters/{clusterId}',
      apiRoute(db, {}, () => HttpResponse.json(db.state.clusters[0]!)),
    );
    expect(handler.info.path).toBe('*/v1/organizations/:organizationId/clusters/:clusterId');
  });

  it('refuse an answer in the wrong shape at type-check (tsc fails if this stops being an error)', () => {
    const handler = api.get(
      '/organizations/{organizationId}/workspaces/{workspaceId}',
      apiRoute(db, {}, () =>
        HttpResponse.json({
          ...db.state.workspaces[0]!,
          // @ts-expect-error the contract's cicdEnforcedDefault is a boolean
          cicdEnforcedDefault: 'yes',
        }),
      ),
    );
    expect(handler.info.method).toBe('GET');
  });
});
