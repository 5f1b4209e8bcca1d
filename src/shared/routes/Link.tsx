import type { ComponentProps } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { to: To; replace?: boolean };

/**
 * The console's client-side link: react-router's `Link` less its framework-mode prefetching (`prefetch`,
 * `discover`), which nothing here uses and which kept ~2 kB gzip of react-router in the shell chunk. The same
 * href and the same click handling: a plain click navigates in the app, a modified or middle click, a
 * `target` or an `onClick` that prevents the default is left to the browser.
 */
export function Link({ to, replace, target, onClick, children, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { replace, target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    >
      {children}
    </a>
  );
}
