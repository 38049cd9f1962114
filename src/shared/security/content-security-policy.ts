/**
 * The renderer's Content-Security-Policy, sent as a response header by Electron's session and
 * by the browser host. The same policy is in src/renderer/index.html as a meta tag (which
 * covers file://, where response headers do not exist), minus `frame-ancestors`, which a meta
 * tag cannot carry.
 */
export function contentSecurityPolicy(devServerOrigin: string | null): string {
  const self = devServerOrigin ? ["'self'", devServerOrigin] : ["'self'"];
  // Vite's HMR client talks to the dev server over a websocket on the same host and port.
  const hmr = devServerOrigin ? [devServerOrigin.replace(/^http/, 'ws')] : [];
  // In development only: @vitejs/plugin-react injects React Refresh's preamble as an inline
  // <script type="module">, and every component throws "can't detect preamble" without it.
  // (index.html's meta tag needs the same dev-only relaxation; both policies apply.)
  const devInlineScript = devServerOrigin ? ["'unsafe-inline'"] : [];
  const directives: [string, string[]][] = [
    ['default-src', self],
    ['script-src', [...self, ...devInlineScript]],
    ['style-src', [...self, "'unsafe-inline'"]],
    ['img-src', [...self, 'data:']],
    ['font-src', [...self, 'data:']],
    ['connect-src', [...self, ...hmr]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
