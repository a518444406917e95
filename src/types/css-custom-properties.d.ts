import 'react';

// The CSS custom properties components set inline, typed so no cast is needed.
declare module 'react' {
  interface CSSProperties {
    '--print-label'?: string;
  }
}
