import type { ImportMapping, ImportPreviewDto } from '@regiokracht/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The dry run: nothing is written (the API only remembers the mapping for the commit). */
export function previewImport(
  coalitionId: string,
  importId: string,
  mapping: ImportMapping,
): Promise<ImportPreviewDto> {
  return api.post<ImportPreviewDto>(`/coalitions/${coalitionId}/imports/${importId}/preview`, {
    mapping,
  });
}

export function usePreviewImport(coalitionId: string) {
  return useMutation({
    mutationFn: ({ importId, mapping }: { importId: string; mapping: ImportMapping }) =>
      previewImport(coalitionId, importId, mapping),
  });
}
