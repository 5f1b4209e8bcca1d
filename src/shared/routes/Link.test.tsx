import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Link } from './Link';

function routerShowing(link: React.ReactNode) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <>{link}</> },
      { path: '/next', element: <h1>Next</h1> },
    ],
    { initialEntries: ['/start', '/'], initialIndex: 1 },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('Link', () => {
  it("is an anchor to the route's URL, and a plain click navigates in the app (a new history entry)", () => {
    const router = routerShowing(<Link to="/next">Go</Link>);
    const link = screen.getByRole('link', { name: 'Go' });
    expect(link).toHaveAttribute('href', '/next');
    fireEvent.click(link);
    expect(screen.getByRole('heading', { name: 'Next' })).toBeInTheDocument();
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('replaces the history entry when asked', () => {
    const router = routerShowing(
      <Link to="/next" replace>
        Go
      </Link>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Go' }));
    expect(router.state.location.pathname).toBe('/next');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('leaves a modified click, a target and a prevented click to the browser', () => {
    const router = routerShowing(
      <>
        <Link to="/next">Modified</Link>
        <Link to="/next" target="_blank">
          Blank
        </Link>
        <Link to="/next" onClick={(event) => event.preventDefault()}>
          Prevented
        </Link>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Modified' }), { ctrlKey: true });
    fireEvent.click(screen.getByRole('link', { name: 'Blank' }));
    fireEvent.click(screen.getByRole('link', { name: 'Prevented' }));
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('link', { name: 'Blank' })).toHaveAttribute('target', '_blank');
  });
});
