import { css, type CSSObject, type SerializedStyles } from '@emotion/react';
import type { Theme } from '@mui/material/styles';

/**
 * A styled component's CSS, built and serialised once per theme instead of on every render: for elements
 * rendered many times in long lists (badges, hints).
 */
export function oncePerTheme(build: (theme: Theme) => CSSObject) {
  const cache = new WeakMap<Theme, SerializedStyles>();
  return ({ theme }: { theme: Theme }) => {
    let styles = cache.get(theme);
    if (!styles) {
      styles = css(build(theme));
      cache.set(theme, styles);
    }
    return styles;
  };
}
