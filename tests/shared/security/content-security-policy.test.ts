import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/shared/security/content-security-policy';

const PACKAGED_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";

describe('the Content-Security-Policy header', () => {
  it('is the same strict policy as the meta tag when packaged', () => {
    expect(contentSecurityPolicy(null)).toBe(PACKAGED_POLICY);
  });

  it('adds only the dev server, its HMR websocket and inline scripts (React Refresh) in development', () => {
    const policy = contentSecurityPolicy('http://localhost:5173');
    expect(policy).toContain("script-src 'self' http://localhost:5173 'unsafe-inline';");
    expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173;");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('never allows inline scripts when packaged', () => {
    const scriptSrc = contentSecurityPolicy(null).split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
  });
});
