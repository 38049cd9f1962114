import { createContext, useContext, type ReactNode } from 'react';
import type { StorefleetBridge } from '@shared/api/contract';

const BridgeContext = createContext<StorefleetBridge | null>(null);

export function BridgeProvider({ bridge, children }: { bridge: StorefleetBridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useBridge(): StorefleetBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge must be used inside <BridgeProvider>');
  return bridge;
}
