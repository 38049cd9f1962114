import type { ProcedureInput } from '@shared/api/contract';
import { queryKeys } from './query-keys';
import { useInvokeMutation, useInvokeQuery } from './use-invoke';

type ReviewKey = ProcedureInput<'reviews.get'>;

/** Sending a review closes an SLA item, so the SLA views refresh with the reviews. */
const REVIEW_KEYS = [queryKeys.reviews, queryKeys.sla, queryKeys.overview] as const;

export const useReviewList = (month: string) => useInvokeQuery([...queryKeys.reviews, 'list', month], 'reviews.list', { month });

export const useReview = (key: ReviewKey | null) =>
  useInvokeQuery([...queryKeys.reviews, 'get', key], 'reviews.get', key ?? { clientId: 1, month: '2000-01' }, { enabled: key !== null });

export const useReviewPreview = (key: ReviewKey | null) =>
  useInvokeQuery([...queryKeys.reviews, 'preview', key], 'reviews.preview', key ?? { clientId: 1, month: '2000-01' }, { enabled: key !== null });

export const useReviewExports = (key: ReviewKey | null) =>
  useInvokeQuery([...queryKeys.reviews, 'exports', key], 'reviews.exports', key ?? { clientId: 1, month: '2000-01' }, { enabled: key !== null });

export const useUpdateReview = () => useInvokeMutation('reviews.update', REVIEW_KEYS);
export const useSetReviewStatus = () => useInvokeMutation('reviews.setStatus', REVIEW_KEYS);
export const useExportReview = () => useInvokeMutation('reviews.export', [queryKeys.reviews]);
export const useBatchExportReviews = () => useInvokeMutation('reviews.batchExport', [queryKeys.reviews]);

export const useWhiteLabel = () => useInvokeQuery([...queryKeys.reviews, 'whiteLabel'], 'whiteLabel.get');
export const useUpdateWhiteLabel = () => useInvokeMutation('whiteLabel.update', [queryKeys.reviews]);
