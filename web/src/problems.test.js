import { describe, expect, it } from 'vitest';
import { problemKind, problemMessage } from './problems.js';

describe('problemMessage', () => {
  it('names the storage used and the limit when the quota is exceeded', () => {
    const message = problemMessage(413, { type: 'urn:memoryvault:problem:quota-exceeded', used: 1073741824, limit: 1073741824 });
    expect(message).toBe('Your storage is full (1.0 GB of 1.0 GB used). Delete files or ask for more space.');
  });

  it('says a file is too large when the size limit, not the quota, refused it', () => {
    expect(problemMessage(413, { type: 'urn:memoryvault:problem:file-too-large' })).toMatch(/^The file is too large/);
    expect(problemMessage(413, null)).toMatch(/images up to 10 MB, audio up to 25 MB/);
  });

  it('passes on what media-service found for an unsupported type', () => {
    expect(problemMessage(415, { detail: 'found application/pdf' })).toBe('This file type is not supported: found application/pdf');
    expect(problemMessage(415, null)).toMatch(/JPEG, PNG, WebP, GIF/);
  });

  it('explains a refused file with its reason', () => {
    expect(problemMessage(422, { type: 'urn:memoryvault:problem:media-refused', detail: 'no audio stream' }))
      .toBe('The file was refused: no audio stream');
  });

  it('tells when to retry after a rate limit', () => {
    expect(problemMessage(429, {}, 12)).toBe('Too many requests. Please try again in 12 seconds.');
    expect(problemMessage(429, {}, 1)).toBe('Too many requests. Please try again in 1 second.');
    expect(problemMessage(429, {}, undefined)).toBe('Too many requests. Please wait a moment and try again.');
  });

  it('lists the fields of a validation problem', () => {
    const problem = { errors: [{ field: 'name', message: 'must not be blank' }, { field: 'front', message: 'size must be between 1 and 20' }] };
    expect(problemMessage(400, problem)).toBe('name: must not be blank; front: size must be between 1 and 20');
  });

  it('has messages without a body for network failures, sessions and unknown statuses', () => {
    expect(problemMessage(0, null)).toMatch(/No connection/);
    expect(problemMessage(401, null)).toMatch(/log in again/);
    expect(problemMessage(418, { title: 'I am a teapot' })).toBe('I am a teapot');
    expect(problemMessage(500, null)).toBe('Something went wrong (HTTP 500).');
  });

  it('takes the last segment of the problem type', () => {
    expect(problemKind({ type: 'urn:memoryvault:problem:quota-exceeded' })).toBe('quota-exceeded');
    expect(problemKind({ type: 'https://example.org/problems/too-big' })).toBe('too-big');
    expect(problemKind(null)).toBe('');
  });
});
