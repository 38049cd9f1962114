const TOKEN_STORAGE_KEY = 'storefleet.token';

/**
 * The browser host opens the page as `/?token=…`. The token is kept for this tab only and
 * removed from the visible address, so it does not end up in bookmarks or screenshots.
 */
export function takeSessionToken(location: Location, history: History, storage: Storage): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}
