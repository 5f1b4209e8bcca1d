import { lazy, Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import type { Deployment } from '../../../../shared/api/types';
import type { Action } from './ActionsMenu';
import { useAnnounceFinished } from '../../../../shared/ui/statusWatch';

const loadMenu = () => import('./ActionsMenu');
const ActionsMenu = lazy(loadMenu);
const HibernationDialog = lazy(() => import('./HibernationDialog').then((m) => ({ default: m.HibernationDialog })));
const DeleteDeploymentDialog = lazy(() => import('./DeleteDeploymentDialog').then((m) => ({ default: m.DeleteDeploymentDialog })));

type Open = Action | null;

/** The Deployment's More actions menu: edit, hibernate or wake (development Deployments), delete. */
export function DeploymentActions({ deployment: d }: { deployment: Deployment }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState<Open>(null);
  // Mounted from the first click on, so closing animates and hands focus back to the button.
  const [menuUsed, setMenuUsed] = useState(false);
  useAnnounceFinished([d]);
  const choose = (what: Open) => {
    setAnchor(null);
    setOpen(what);
  };
  return (
    <>
      <Button
        variant="outlined"
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        aria-controls={anchor ? 'deployment-actions' : undefined}
        onPointerEnter={() => void loadMenu()}
        onFocus={() => void loadMenu()}
        onClick={(event) => {
          setMenuUsed(true);
          setAnchor(event.currentTarget);
        }}
      >
        More actions
      </Button>
      {menuUsed && (
        <Suspense fallback={null}>
          <ActionsMenu deployment={d} anchor={anchor} onClose={() => setAnchor(null)} choose={choose} />
        </Suspense>
      )}
      <Suspense fallback={null}>
        {(open === 'hibernate' || open === 'wake') && <HibernationDialog deployment={d} intent={open} onClose={() => setOpen(null)} />}
        {open === 'delete' && <DeleteDeploymentDialog deployment={d} onClose={() => setOpen(null)} />}
      </Suspense>
    </>
  );
}
