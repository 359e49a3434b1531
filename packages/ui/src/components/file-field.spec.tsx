import { jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { formatFileSize, readFileAsBase64 } from '../file/read-file.js';
import { FileField } from './file-field.js';

describe('FileField', () => {
  it('is a labelled file input with its help text and error', () => {
    const onChange = jest.fn();
    render(<FileField label="Fil från EPS" description="CSV eller Excel, högst 10 MB." errorMessage="Filen är för stor." accept=".csv,.xlsx" onChange={onChange} />);
    const input = screen.getByLabelText('Fil från EPS') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.csv,.xlsx');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual(['CSV eller Excel, högst 10 MB.', 'Filen är för stor.']);
    const file = new File(['a;b'], 'eps.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(onChange).toHaveBeenCalledWith(file);
  });
});

describe('reading files', () => {
  it('gives the content as base64 without the data-URL prefix', async () => {
    expect(await readFileAsBase64(new File(['Åsa;1'], 'a.csv'))).toBe(Buffer.from('Åsa;1').toString('base64'));
  });

  it('writes sizes in Swedish', () => {
    expect(formatFileSize(900)).toBe('900 byte');
    expect(formatFileSize(1536)).toBe('1,5 kB');
    expect(formatFileSize(12 * 1024 * 1024)).toBe('12,0 MB');
  });
});
