import { startStorefleetApp } from './electron/storefleet-app';

startStorefleetApp();
