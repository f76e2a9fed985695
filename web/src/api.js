// The API client: same-origin calls to the gateway, which keeps the session in an HTTP-only cookie. Every failure
// becomes an ApiError with a message from problemMessage; a 401 also tells the app that the session is gone.

import { problemMessage } from './problems.js';

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problemMessage(status, problem, retryAfter));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

const unauthenticatedListeners = new Set();

/** Calls `listener` whenever a request answers 401; returns the function that stops it. */
export function onUnauthenticated(listener) {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function parseRetryAfter(value) {
  if (value == null || value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function parseBody(text, contentType) {
  if (!text) return null;
  if (contentType && contentType.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }
  return null;
}

function failure(status, text, contentType, retryAfterHeader) {
  const error = new ApiError(status, parseBody(text, contentType), parseRetryAfter(retryAfterHeader));
  if (status === 401) unauthenticatedListeners.forEach((listener) => listener(error));
  return error;
}

/** A JSON request; resolves to the parsed body (null for 204), rejects with an ApiError. */
export async function request(method, path, { body, headers, signal } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      signal,
      headers: {
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (cause) {
    if (cause && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, null);
  }
  const text = response.status === 204 ? '' : await response.text();
  const contentType = response.headers.get('Content-Type') || '';
  if (!response.ok) throw failure(response.status, text, contentType, response.headers.get('Retry-After'));
  return parseBody(text, contentType);
}

export const get = (path, options) => request('GET', path, options);
export const post = (path, body, options) => request('POST', path, { ...options, body });
export const put = (path, body, options) => request('PUT', path, { ...options, body });
export const del = (path, options) => request('DELETE', path, options);

/** A query string of the defined, non-empty values; arrays repeat the parameter. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((one) => search.append(name, one));
    else search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Uploads a file (kind image or audio) with XMLHttpRequest, whose upload events give the progress (0..1) to
 * `onProgress`. Resolves to the Media resource; rejects with an ApiError. `createRequest` is for tests.
 */
export function upload(kind, file, onProgress, createRequest = () => new XMLHttpRequest()) {
  return new Promise((resolve, reject) => {
    const xhr = createRequest();
    xhr.open('POST', `/api/upload/${kind}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const contentType = xhr.getResponseHeader('Content-Type') || '';
      if (xhr.status >= 200 && xhr.status < 300) {
        if (onProgress) onProgress(1);
        resolve(parseBody(xhr.responseText, contentType));
      } else {
        reject(failure(xhr.status, xhr.responseText, contentType, xhr.getResponseHeader('Retry-After')));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, null));
    const form = new FormData();
    form.append('file', file, file.name || `${kind}`);
    xhr.send(form);
  });
}

/** The same-origin address of a processed variant (the session cookie authorises it). */
export function contentUrl(mediaId, variant) {
  return `/api/files/${encodeURIComponent(mediaId)}/content?variant=${variant}`;
}
