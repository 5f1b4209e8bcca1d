import Typography from '@mui/material/Typography';
import type { Deployment } from '../../../../shared/api/types';
import { TableFrame } from '../../../../shared/ui/DataTable';
import { Tag } from '../../../../shared/ui/Tag';
import { Section } from '../../../../shared/ui/Section';

export function WorkerQueuesSection({ deployment: d }: { deployment: Deployment }) {
  return (
    <Section title="Worker queues">
      {d.workerQueues?.length ? (
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
                  {q.astroMachine ?? q.nodePoolId ?? '—'}
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
