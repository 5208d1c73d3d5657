import type { ImportEntity, ImportJobDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, networkError, toErrorResponse } from '../../../lib/api-error';
import { importKeys } from './import-keys';

export interface UploadImportInput {
  entity: ImportEntity;
  file: File;
  /** Bytes sent so far, for a progress bar. */
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * A multipart upload through XMLHttpRequest: unlike fetch, it reports upload progress, which is
 * what a large file spends its time on. Errors arrive in the API's error shape, like `api.*`.
 */
export function uploadImport(
  coalitionId: string,
  { entity, file, onProgress }: UploadImportInput,
  signal?: AbortSignal,
): Promise<ImportJobDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/coalitions/${coalitionId}/imports`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as ImportJobDto);
      else reject(new ApiError(toErrorResponse(xhr.status, xhr.statusText, body)));
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('entity', entity);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return text;
  }
}

export function useUploadImport(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadImportInput) => uploadImport(coalitionId, input),
    onSuccess: (job) => queryClient.setQueryData(importKeys.detail(coalitionId, job.id), job),
  });
}
