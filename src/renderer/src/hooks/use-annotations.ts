import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

/** Every annotation of the store: few enough to load at once, and the charts filter by range. */
export const useAnnotations = (storeId: number) =>
  useInvokeQuery(queryKeys.annotationList({ storeId }), 'annotations.list', { storeId });

export const useCreateAnnotation = () => useInvokeMutation('annotations.create', [queryKeys.annotations]);
export const useUpdateAnnotation = () => useInvokeMutation('annotations.update', [queryKeys.annotations]);
export const useRemoveAnnotation = () => useInvokeMutation('annotations.remove', [queryKeys.annotations]);
