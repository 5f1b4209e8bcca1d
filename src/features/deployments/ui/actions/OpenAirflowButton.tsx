import Button from '@mui/material/Button';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import type { Deployment } from '../../../../shared/api/types';
import { airflowUrl } from '../../../../shared/lib/subject';
import { Tooltip } from '../../../../shared/ui/Tooltip';
import { airflowUnavailableReason } from '../../domain/hibernationRules';

/** Opens the Deployment's Airflow UI; while Airflow is not running (creating, hibernating) it says why instead. */
export function OpenAirflowButton({ deployment: d }: { deployment: Deployment }) {
  if (!d.webServerUrl) return null;
  const why = airflowUnavailableReason(d.status);
  if (why) {
    return (
      <Tooltip title={why}>
        {(describedBy) => (
          // aria-disabled, not disabled: a disabled button takes no hover or focus, so it could not say why.
          <Button variant="outlined" endIcon={<OpenInNewIcon />} aria-disabled aria-describedby={describedBy} sx={{ opacity: 0.6, cursor: 'not-allowed' }}>
            Open Airflow
          </Button>
        )}
      </Tooltip>
    );
  }
  return (
    <Button variant="outlined" endIcon={<OpenInNewIcon />} href={airflowUrl(d.webServerUrl)} target="_blank" rel="noopener noreferrer">
      Open Airflow
    </Button>
  );
}
