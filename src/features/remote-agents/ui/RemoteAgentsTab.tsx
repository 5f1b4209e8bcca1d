import { useSearchParams } from 'react-router';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { Deployment } from '../../../shared/api/types';
import { AgentsView } from './AgentsView';
import { TokensView } from './TokensView';

type View = 'agents' | 'tokens';

/** Remote Execution agents and the tokens they connect with; the view lives in `?view=`. */
export default function RemoteAgentsTab({ deployment }: { deployment: Deployment }) {
  const [search, setSearch] = useSearchParams();
  const view: View = search.get('view') === 'tokens' ? 'tokens' : 'agents';
  const show = (next: View | null) => {
    if (!next) return;
    setSearch((s) => {
      const copy = new URLSearchParams(s);
      copy.set('view', next);
      copy.delete('register');
      return copy;
    });
  };
  return (
    <Stack spacing={2}>
      <ToggleButtonGroup size="small" exclusive value={view} onChange={(_e, next: View | null) => show(next)} aria-label="Remote agents view">
        <ToggleButton value="agents">Agents</ToggleButton>
        <ToggleButton value="tokens">Tokens</ToggleButton>
      </ToggleButtonGroup>
      {view === 'agents' ? <AgentsView deployment={deployment} /> : <TokensView deployment={deployment} />}
    </Stack>
  );
}
