import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { TableFrame } from '../../../shared/ui/TableFrame';
import type { Deploy } from '../../../shared/api/types';
import { compareDeploys } from '../domain/deployHistory';
import { CHANGE_LABEL, deployName, runtimeNote } from '../domain/deployText';

/** What changed between two picked deploys: image, DAG bundle and Runtime, older to newer. */
export function ComparePanel({ history, compared, onClear }: { history: Deploy[]; compared: Deploy[]; onClear: () => void }) {
  if (compared.length === 0) return null;
  if (compared.length === 1) {
    return (
      <Alert
        severity="info"
        sx={{ mb: 2 }}
        action={
          <Button color="inherit" size="small" onClick={onClear}>
            Clear
          </Button>
        }
      >
        Pick a second deploy to compare with {compared[0]!.imageTag}.
      </Alert>
    );
  }
  const { older, newer, changes } = compareDeploys(history, compared[0]!, compared[1]!);
  return (
    <Paper variant="outlined" component="section" aria-label="Compare deploys" sx={{ p: 2, mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        What changed
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        From {deployName(older)} to {deployName(newer)}
      </Typography>
      {changes.length === 0 ? (
        <Typography>Nothing: both ran the same image, DAG bundle and Runtime.</Typography>
      ) : (
        <TableFrame aria-label="Changes between the two deploys">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Older</th>
              <th scope="col">Newer</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{CHANGE_LABEL[change.field]}</th>
                <td>
                  <code>{change.from ?? '—'}</code>
                </td>
                <td>
                  <code>{change.to ?? '—'}</code> {runtimeNote(change) && <em>({runtimeNote(change)})</em>}
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      <Button size="small" onClick={onClear} sx={{ mt: 1 }}>
        Clear comparison
      </Button>
    </Paper>
  );
}
