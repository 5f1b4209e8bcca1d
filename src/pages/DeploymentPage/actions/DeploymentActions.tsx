import { lazy, Suspense, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import BedtimeIcon from '@mui/icons-material/Bedtime';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import WbSunnyIcon from '@mui/icons-material/WbSunny';
import type { Deployment } from '../../../api/types';
import { paths } from '../../../app/paths';
import { useAnnounceFinished } from '../../../components/statusWatch';

const HibernationDialog = lazy(() => import('./HibernationDialog').then((m) => ({ default: m.HibernationDialog })));
const DeleteDeploymentDialog = lazy(() => import('./DeleteDeploymentDialog').then((m) => ({ default: m.DeleteDeploymentDialog })));

type Open = 'hibernate' | 'wake' | 'delete' | null;

/** The Deployment's More actions menu: edit, hibernate or wake (development Deployments), delete. */
export function DeploymentActions({ deployment: d }: { deployment: Deployment }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState<Open>(null);
  useAnnounceFinished([d]);
  const hibernating = d.status === 'HIBERNATING' || d.scalingStatus?.hibernationStatus?.isHibernating === true;
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
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        More actions
      </Button>
      <Menu id="deployment-actions" anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem component={RouterLink} to={paths.deployment(d.organizationId, d.workspaceId, d.id, 'details')} onClick={() => setAnchor(null)}>
          <ListItemIcon>
            <EditIcon fontSize="small" />
          </ListItemIcon>
          Edit settings
        </MenuItem>
        {d.isDevelopmentMode &&
          (hibernating ? (
            <MenuItem onClick={() => choose('wake')}>
              <ListItemIcon>
                <WbSunnyIcon fontSize="small" />
              </ListItemIcon>
              Wake up…
            </MenuItem>
          ) : (
            <MenuItem onClick={() => choose('hibernate')} disabled={d.status === 'CREATING'}>
              <ListItemIcon>
                <BedtimeIcon fontSize="small" />
              </ListItemIcon>
              Hibernate…
            </MenuItem>
          ))}
        <Divider />
        <MenuItem onClick={() => choose('delete')} sx={{ color: 'error.main' }}>
          <ListItemIcon>
            <DeleteIcon fontSize="small" color="error" />
          </ListItemIcon>
          Delete Deployment…
        </MenuItem>
      </Menu>
      <Suspense fallback={null}>
        {(open === 'hibernate' || open === 'wake') && <HibernationDialog deployment={d} intent={open} onClose={() => setOpen(null)} />}
        {open === 'delete' && <DeleteDeploymentDialog deployment={d} onClose={() => setOpen(null)} />}
      </Suspense>
    </>
  );
}
