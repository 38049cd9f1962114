import { contextBridge, ipcRenderer } from 'electron';
import { createStorefleetBridge } from './create-bridge';

contextBridge.exposeInMainWorld('storefleet', createStorefleetBridge(ipcRenderer));
