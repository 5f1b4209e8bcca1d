import { lazy, memo, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { Link as RouterLink } from '../shared/routes/Link';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import WorkspacesIcon from '@mui/icons-material/Workspaces';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import SettingsIcon from '@mui/icons-material/Settings';
import LayersIcon from '@mui/icons-material/Layers';
import FlightTakeoffIcon from '@mui/icons-material/FlightTakeoff';
import { Breadcrumbs } from './Breadcrumbs';
import { ModeBanner } from './ModeBanner';
import { OfflineNotice } from './OfflineNotice';
import { OrgSwitcher, WorkspaceSwitcher } from './Switchers';
import { ThemeMenu } from './ThemeMenu';
import { useUi, type Place as RememberedPlace } from './uiStore';
import { paths } from '../shared/routes/paths';
import { usePrefetchOnIntent } from '../shared/routes/prefetchOnIntent';

const NavDrawer = lazy(() => import('./NavDrawer'));

const DRAWER_WIDTH = 220;

function NavItem({ to, label, icon, active }: { to: string; label: string; icon: React.ReactNode; active: boolean }) {
  return (
    <li>
      <Button
        component={RouterLink}
        to={to}
        startIcon={icon}
        aria-current={active ? 'page' : undefined}
        color={active ? 'primary' : 'inherit'}
        fullWidth
        sx={(theme) => ({
          justifyContent: 'flex-start',
          px: 2,
          py: 1,
          borderRadius: 0,
          bgcolor: active ? 'action.selected' : undefined,
          // On the selected background the dark theme's primary is 4.07:1; its lighter shade passes 4.5:1.
          ...(active && theme.palette.mode === 'dark' && { color: theme.palette.primary.light }),
        })}
      >
        {label}
      </Button>
    </li>
  );
}

function Sidebar({ pathname, organizationId, workspaceId }: Place) {
  return (
    <nav aria-label="Main" {...usePrefetchOnIntent()}>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, pt: 1 }}>
        {organizationId && (
          <NavItem to={paths.workspaces(organizationId)} label="Workspaces" icon={<WorkspacesIcon />} active={pathname === paths.workspaces(organizationId)} />
        )}
        {organizationId && workspaceId && (
          <NavItem
            to={paths.deployments(organizationId, workspaceId)}
            label="Deployments"
            icon={<RocketLaunchIcon />}
            active={pathname.includes('/deployments')}
          />
        )}
        {organizationId && (
          <NavItem
            to={paths.runtimeReleases(organizationId)}
            label="Runtime releases"
            icon={<LayersIcon />}
            active={pathname.startsWith(paths.runtimeReleases(organizationId))}
          />
        )}
        <NavItem to={paths.settings()} label="Settings" icon={<SettingsIcon />} active={pathname === paths.settings()} />
      </Box>
    </nav>
  );
}

interface Place extends RememberedPlace {
  pathname: string;
}

/**
 * The shell re-renders when the path changes, not on every query-string change (typing in a search box
 * writes the URL): only what reads the router itself (links, switchers, the page) follows those.
 */
export function Layout() {
  const { pathname } = useLocation();
  const params = useParams();
  const lastPlace = useUi((state) => state.lastPlace);
  const setLastPlace = useUi((state) => state.setLastPlace);
  const { organizationId, workspaceId } = params;
  useEffect(() => {
    if (organizationId) setLastPlace({ organizationId, workspaceId });
  }, [organizationId, workspaceId, setLastPlace]);
  // A page outside the Organization (Settings) keeps the sidebar and the switchers of where the person was.
  const place = organizationId ? { organizationId, workspaceId } : lastPlace;
  return <Shell pathname={pathname} organizationId={place.organizationId} workspaceId={place.workspaceId} />;
}

// MUI's md breakpoint: from here up the sidebar sits beside the page, below it the drawer opens over it.
const WIDE = '(min-width: 900px)';
const wideQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia(WIDE) : undefined);

/** Whether the screen is wide enough for the sidebar beside the page, following resizes and rotation. */
function useWide() {
  return useSyncExternalStore(
    (onChange) => {
      const query = wideQuery();
      query?.addEventListener('change', onChange);
      return () => query?.removeEventListener('change', onChange);
    },
    () => wideQuery()?.matches ?? true,
  );
}

const Shell = memo(function Shell({ pathname, organizationId, workspaceId }: Place) {
  const sidebarOpen = useUi((state) => state.sidebarOpen);
  const toggleSidebar = useUi((state) => state.toggleSidebar);
  const wide = useWide();
  // Narrow screens open the drawer over the content and close it on every navigation. Its code downloads
  // on the first open.
  const [drawer, setDrawer] = useState({ open: false, at: pathname, loaded: false });
  const drawerOpen = !wide && drawer.open && drawer.at === pathname;
  const toggle = () => (wide ? toggleSidebar() : setDrawer({ open: !drawerOpen, at: pathname, loaded: true }));
  const closeDrawer = () => setDrawer((state) => ({ ...state, open: false }));
  const place = { pathname, organizationId, workspaceId };

  return (
    <Box sx={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Box
        component="header"
        sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 1100, bgcolor: 'background.default', borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ gap: 1.5 }}>
          <IconButton
            edge="start"
            aria-label="Toggle navigation"
            aria-controls={wide ? 'sidebar' : 'nav-drawer'}
            aria-expanded={wide ? sidebarOpen : drawerOpen}
            onClick={toggle}
          >
            <MenuIcon />
          </IconButton>
          <Stack
            direction="row"
            spacing={1}
            component={RouterLink}
            to={paths.home()}
            aria-label="Flightdeck home"
            sx={{ alignItems: 'center', color: 'inherit', textDecoration: 'none' }}
          >
            <FlightTakeoffIcon color="primary" />
            <Typography variant="h6" component="span" sx={{ fontWeight: 700, display: { xs: 'none', sm: 'block' } }}>
              Flightdeck
            </Typography>
          </Stack>
          <Box sx={{ flex: 1 }} />
          <OrgSwitcher organizationId={organizationId} />
          <WorkspaceSwitcher organizationId={organizationId} workspaceId={workspaceId} />
          <ThemeMenu />
        </Toolbar>
      </Box>
      <Toolbar />
      <Box sx={{ display: 'flex' }}>
        <Box
          id="sidebar"
          sx={{
            width: DRAWER_WIDTH,
            flexShrink: 0,
            borderRight: 1,
            borderColor: 'divider',
            bgcolor: 'background.paper',
            display: { xs: 'none', md: sidebarOpen ? 'block' : 'none' },
            position: 'sticky',
            top: 64,
            height: 'calc(100vh - 64px)',
          }}
        >
          <Sidebar {...place} />
        </Box>
        {drawer.loaded && (
          <Suspense fallback={null}>
            <NavDrawer id="nav-drawer" open={drawerOpen} onClose={closeDrawer}>
              <Sidebar {...place} />
            </NavDrawer>
          </Suspense>
        )}
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <OfflineNotice />
          <ModeBanner />
          <Box component="main" id="main" tabIndex={-1} sx={{ p: { xs: 2, md: 3 }, outline: 'none' }}>
            <Breadcrumbs />
            <Outlet />
          </Box>
        </Box>
      </Box>
    </Box>
  );
});
