// A media item in the editor: file picker, drag and drop, paste, microphone recording; upload with a progress bar,
// then the processed thumbnail or player once media-service has made it.

import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { contentUrl, get, upload } from '../api.js';
import { acceptFor, droppedFile } from '../files.js';
import { recordingToWav } from '../wav.js';

const POLL_MS = 1000;
const POLL_LIMIT = 180;

/** Polls the file until processing is over; calls `onStatus(status)` on changes. Returns a stop function. */
function watchProcessing(mediaId, onStatus) {
  let stopped = false;
  let attempts = 0;
  const tick = async () => {
    if (stopped) return;
    attempts += 1;
    try {
      const file = await get(`/api/files/${mediaId}`);
      if (stopped) return;
      onStatus(file.status, file.failureReason || file.reason);
      if (file.status === 'pending' && attempts < POLL_LIMIT) setTimeout(tick, POLL_MS);
    } catch {
      if (!stopped && attempts < POLL_LIMIT) setTimeout(tick, POLL_MS * 2);
    }
  };
  tick();
  return () => { stopped = true; };
}

function Recorder({ onRecorded }) {
  const [recording, setRecording] = useState(null);
  const [error, setError] = useState(null);
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices) return null;
  const start = async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const recorder = new MediaRecorder(stream);
      const chunks = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      recorder.onstop = async () => {
        stream.getTracks().forEach((track) => track.stop());
        setRecording(null);
        try {
          onRecorded(await recordingToWav(new Blob(chunks, { type: recorder.mimeType })));
        } catch {
          setError('The recording could not be read.');
        }
      };
      recorder.start();
      setRecording(recorder);
      setError(null);
    } catch {
      setError('The microphone is not available.');
    }
  };
  return html`<span>
    ${recording
      ? html`<button type="button" class="small danger" onClick=${() => recording.stop()}>Stop recording</button><span class="recording" role="status">Recording…</span>`
      : html`<button type="button" class="small secondary" onClick=${start}>Record</button>`}
    ${error && html`<span class="error" role="alert">${error}</span>`}
  </span>`;
}

/** item: {kind, mediaId?, status?, progress?, error?, localUrl?}; onChange(patch) updates it. */
export function MediaItem({ item, onChange, onUploaded, label }) {
  const input = useRef(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!item.mediaId || item.status !== 'pending') return undefined;
    return watchProcessing(item.mediaId, (status, reason) => {
      if (status !== 'pending') onChange({ status, error: status === 'failed' ? `Processing failed${reason ? `: ${reason}` : '.'}` : null });
    });
  }, [item.mediaId, item.status]);

  const send = async (file) => {
    if (!file) return;
    const localUrl = URL.createObjectURL(file);
    onChange({ progress: 0, error: null, mediaId: null, status: 'uploading', localUrl });
    try {
      const media = await upload(item.kind, file, (progress) => onChange({ progress }));
      onChange({ mediaId: media.id, status: media.status || 'pending', progress: 1 });
      if (onUploaded) onUploaded();
    } catch (e) {
      onChange({ status: 'error', error: e.message, progress: null });
    }
  };

  useEffect(() => {
    if (item.pasted) {
      onChange({ pasted: null });
      send(item.pasted);
    }
  }, [item.pasted]);

  const onDrop = (event) => {
    event.preventDefault();
    setDragging(false);
    const { file, error } = droppedFile(event.dataTransfer, item.kind);
    if (error) onChange({ error });
    else send(file);
  };

  const uploading = item.status === 'uploading';
  return html`<div class=${`media-item${dragging ? ' dragging' : ''}`} data-kind=${item.kind}
      onDragOver=${(e) => { e.preventDefault(); setDragging(true); }} onDragLeave=${() => setDragging(false)} onDrop=${onDrop}>
    <div class="media-controls">
      <label class="button small secondary">Choose ${item.kind === 'image' ? 'an image' : 'an audio file'}
        <input ref=${input} class="visually-hidden" type="file" accept=${acceptFor(item.kind)} aria-label=${`${label}: choose ${item.kind} file`}
          onChange=${(e) => send(e.currentTarget.files[0])} />
      </label>
      ${item.kind === 'audio' && html`<${Recorder} onRecorded=${send} />`}
      <span class="muted hint">${item.kind === 'image' ? 'or drop or paste an image here' : 'or drop an audio file here'}</span>
    </div>
    ${(uploading || (item.progress != null && item.progress < 1)) && html`<progress class="upload-progress" max="1" value=${item.progress || 0}
      aria-label=${`Uploading ${item.kind}`}>${Math.round((item.progress || 0) * 100)}%</progress>`}
    ${item.error && html`<p class="error" role="alert">${item.error}</p>`}
    ${item.status === 'pending' && html`<p class="muted processing" role="status">Processing…</p>`}
    ${item.kind === 'image' && item.mediaId && item.status === 'ready' && html`<img class="thumb" alt="Uploaded image" src=${contentUrl(item.mediaId, 'thumb400')} />`}
    ${item.kind === 'image' && item.localUrl && item.status !== 'ready' && html`<img class="thumb local" alt="Image being uploaded" src=${item.localUrl} />`}
    ${item.kind === 'audio' && (item.mediaId || item.localUrl) && html`<audio controls preload="none" class="item-audio"
      src=${item.mediaId && item.status === 'ready' ? contentUrl(item.mediaId, 'audio') : item.localUrl}>Audio</audio>`}
  </div>`;
}
