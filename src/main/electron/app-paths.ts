import { join } from 'node:path';
import type { App } from 'electron';
import { parseDevServerOrigin, rendererLocation, type RendererLocation } from './renderer-location';

export interface AppPaths {
  userData: string;
  defaultWorkspace: string;
  stateFile: string;
  logsDir: string;
  migrationsDir: string;
  preloadPath: string;
  renderer: RendererLocation;
}

/**
 * Where everything is. electron-vite builds into out/main, out/preload and out/renderer under
 * the app path (the project folder in development, app.asar when packaged) — resolved from
 * there rather than from __dirname, which moves if the bundler splits this code into a chunk.
 * Migrations ship outside the asar as extraResources (electron-builder.yml) because drizzle
 * reads them as plain files.
 */
export function resolveAppPaths(app: App): AppPaths {
  const userData = app.getPath('userData');
  const outDir = join(app.getAppPath(), 'out');
  const devServerOrigin = app.isPackaged ? null : parseDevServerOrigin(process.env['ELECTRON_RENDERER_URL']);
  return {
    userData,
    defaultWorkspace: join(userData, 'storefleet.sqlite'),
    stateFile: join(userData, 'storefleet-state.json'),
    logsDir: join(userData, 'logs'),
    migrationsDir: app.isPackaged
      ? join(process.resourcesPath, 'migrations')
      : join(app.getAppPath(), 'resources', 'migrations'),
    preloadPath: join(outDir, 'preload', 'index.js'),
    renderer: rendererLocation(join(outDir, 'renderer', 'index.html'), devServerOrigin),
  };
}
