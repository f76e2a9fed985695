// Turns an API error (RFC 9457 problem details) into a sentence a learner can act on.

import { formatBytes } from './format.js';

/** The problem type's last segment: urn:memoryvault:problem:quota-exceeded → quota-exceeded. */
export function problemKind(problem) {
  const type = problem && typeof problem.type === 'string' ? problem.type : '';
  const colon = type.lastIndexOf(':');
  const slash = type.lastIndexOf('/');
  return type.slice(Math.max(colon, slash) + 1);
}

function retryText(seconds) {
  if (!Number.isFinite(seconds) || seconds <= 0) return 'Please wait a moment and try again.';
  return `Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}

/**
 * The message for a failed request: `status` and the parsed problem (may be null), `retryAfter` in seconds
 * (from the Retry-After header) for 429 and 503.
 */
export function problemMessage(status, problem, retryAfter) {
  const detail = problem && problem.detail ? String(problem.detail) : '';
  const kind = problemKind(problem);
  switch (status) {
    case 0:
      return 'No connection to MemoryVault. Check your network and try again.';
    case 400: {
      const errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
      if (errors.length) return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
      return detail || 'The request was not valid.';
    }
    case 401:
      return 'Your session has ended. Please log in again.';
    case 403:
      return 'You are not allowed to do that.';
    case 404:
      return 'Not found: it may have been deleted.';
    case 409:
      return detail || 'That conflicts with the current state. Reload and try again.';
    case 410:
      return detail || 'This is gone for good.';
    case 412:
      return 'Someone changed this in the meantime. Reload and try again.';
    case 413:
      if (kind === 'quota-exceeded' || (problem && problem.limit != null)) {
        const used = problem && problem.used != null ? formatBytes(problem.used) : null;
        const limit = problem && problem.limit != null ? formatBytes(problem.limit) : null;
        return used && limit
          ? `Your storage is full (${used} of ${limit} used). Delete files or ask for more space.`
          : 'Your storage is full. Delete files or ask for more space.';
      }
      return detail ? `The file is too large: ${detail}` : 'The file is too large (images up to 10 MB, audio up to 25 MB).';
    case 415:
      return detail
        ? `This file type is not supported: ${detail}`
        : 'This file type is not supported (images: JPEG, PNG, WebP, GIF; audio: MP3, WAV, OGG, M4A).';
    case 422:
      return detail ? `The file was refused: ${detail}` : 'The file was refused.';
    case 429:
      return `Too many requests. ${retryText(retryAfter)}`;
    case 502:
    case 503:
    case 504:
      return `MemoryVault is busy or partly unavailable. ${retryText(retryAfter)}`;
    default:
      return detail || (problem && problem.title) || `Something went wrong (HTTP ${status}).`;
  }
}
