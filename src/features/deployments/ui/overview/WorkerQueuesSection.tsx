import Typography from '@mui/material/Typography';
import type { Deployment } from '../../../../shared/api/types';
import { TableFrame } from '../../../../shared/ui/TableFrame';
import { Tag } from '../../../../shared/ui/Tag';
import { Section } from '../../../../shared/ui/Section';
import { useClusters } from '../../../clusters/api';

/** A Hybrid queue's node pool by its name and instance type, as the cluster lists it (its id as a last resort). */
function useNodePoolName(d: Deployment) {
  const clusters = useClusters(d.type === 'HYBRID' ? d.organizationId : '');
  const pools = clusters.data?.find((c) => c.id === d.clusterId)?.nodePools ?? [];
  return (id: string) => {
    const pool = pools.find((p) => p.id === id);
    return pool ? `${pool.name} (${pool.nodeInstanceType})` : id;
  };
}

// The table scrolls inside its card on a narrow screen rather than widening the page.
const SCROLL = { overflowX: 'auto' } as const;

export function WorkerQueuesSection({ deployment: d }: { deployment: Deployment }) {
  const nodePoolName = useNodePoolName(d);
  return (
    <Section title="Worker queues">
      {d.workerQueues?.length ? (
        <div style={SCROLL} role="region" aria-label="Worker queues, scrollable" tabIndex={0}>
          <TableFrame aria-label="Worker queues">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Machine</th>
                <th scope="col" className="num">
                  Workers
                </th>
                <th scope="col" className="num">
                  Concurrency
                </th>
              </tr>
            </thead>
            <tbody>
              {d.workerQueues.map((q) => (
                <tr key={q.id}>
                  <td>
                    <code>{q.name}</code> {q.isDefault && <Tag>default</Tag>}
                  </td>
                  <td>
                    {q.astroMachine ?? (q.nodePoolId ? nodePoolName(q.nodePoolId) : '—')}
                    <span className="sub">
                      {q.podCpu} CPU, {q.podMemory}
                    </span>
                  </td>
                  <td className="num">
                    {q.minWorkerCount}–{q.maxWorkerCount}
                  </td>
                  <td className="num">{q.workerConcurrency}</td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        </div>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {d.executor === 'KUBERNETES'
            ? `The Kubernetes executor runs each task in its own pod (default ${d.defaultTaskPodCpu ?? '?'} CPU, ${d.defaultTaskPodMemory ?? '?'}).`
            : 'No worker queues.'}
        </Typography>
      )}
    </Section>
  );
}
