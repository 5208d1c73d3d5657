import type { ImportJobDto } from '@regiokracht/shared';
import { act, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render';
import { UploadStep } from './upload-step';

/** An XMLHttpRequest the test drives: progress, then the answer. */
class FakeXhr {
  static last: FakeXhr | null = null;
  upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  withCredentials = false;
  status = 0;
  statusText = '';
  responseText = '';
  url = '';
  body: FormData | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  abort() {}
  send(body: FormData) {
    this.body = body;
    FakeXhr.last = this;
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

describe('UploadStep', () => {
  const original = globalThis.XMLHttpRequest;
  beforeEach(() => {
    FakeXhr.last = null;
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    globalThis.XMLHttpRequest = original;
  });

  it('uploads the file with the chosen kind and shows the progress', async () => {
    const onUploaded = jest.fn();
    const onEntityChange = jest.fn();
    const { user } = renderWithProviders(
      <UploadStep
        coalitionId="c1"
        entity="people"
        onEntityChange={onEntityChange}
        onUploaded={onUploaded}
      />,
    );
    expect(screen.getByRole('radio', { name: /People/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Interactions/ }));
    expect(onEntityChange).toHaveBeenCalledWith('interactions');

    const file = new File(['Naam;E-mail\nAnna;anna@x.nl\n'], 'personen.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('File'), file);
    await user.click(screen.getByRole('button', { name: 'Upload and read' }));

    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe('/api/coalitions/c1/imports');
    expect(xhr.body!.get('entity')).toBe('people');
    expect((xhr.body!.get('file') as File).name).toBe('personen.csv');

    act(() => xhr.upload.onprogress!({ lengthComputable: true, loaded: 12, total: 27 }));
    expect(screen.getByRole('progressbar', { name: 'Uploading personen.csv' })).toHaveAttribute(
      'aria-valuenow',
      '12',
    );

    const job = { id: 'job-1', entity: 'people' } as ImportJobDto;
    act(() => xhr.respond(201, job));
    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(job));
  });

  it("shows the API's reason when the file cannot be read", async () => {
    const { user } = renderWithProviders(
      <UploadStep
        coalitionId="c1"
        entity="organisations"
        onEntityChange={jest.fn()}
        onUploaded={jest.fn()}
      />,
    );
    await user.upload(screen.getByLabelText('File'), new File(['x'], 'data.csv'));
    await user.click(screen.getByRole('button', { name: 'Upload and read' }));
    act(() =>
      FakeXhr.last!.respond(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'file: The file is not UTF-8 text (the first invalid byte is on line 2).',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file could not be readfile: The file is not UTF-8 text',
    );
  });

  it('refuses another type or a file over 10 MB before uploading', async () => {
    const { user } = renderWithProviders(
      <UploadStep
        coalitionId="c1"
        entity="organisations"
        onEntityChange={jest.fn()}
        onUploaded={jest.fn()}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Upload and read' }));
    expect(screen.getByText('Choose a file first.')).toBeInTheDocument();
    const big = new File(['x'], 'groot.xlsx');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('File'), big);
    expect(
      screen.getByText('This file is larger than 10 MB. Split it into smaller files.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Upload and read' }));
    expect(FakeXhr.last).toBeNull();
  });
});
