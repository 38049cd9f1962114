import type { StorefleetBridge } from '@shared/api/contract';
import { toAppError } from '../errors/to-app-error';

/** Wraps the preload's bridge so rejections always arrive as AppError instances. */
export function createElectronBridge(preload: StorefleetBridge): StorefleetBridge {
  return {
    async invoke(procedure, input) {
      try {
        return await preload.invoke(procedure, input);
      } catch (error) {
        throw toAppError(error);
      }
    },
    on: (event, handler) => preload.on(event, handler),
  };
}
