// Helpers for the tests of the views (jsdom): render into a fresh element, fire DOM events, answer fetch calls.
import { render } from 'preact';
import { vi } from 'vitest';

/** Renders `vnode` into a new element of the document; returns that element. */
export function mount(vnode) {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

export function unmountAll() {
  for (const root of [...document.body.children]) {
    render(null, root);
    root.remove();
  }
}

/** Dispatches a bubbling, cancelable event of `type`, with extra properties (dataTransfer, clipboardData…). */
export function fire(target, type, properties = {}) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  for (const [name, value] of Object.entries(properties)) Object.defineProperty(event, name, { value });
  target.dispatchEvent(event);
  return event;
}

/** Sets a form control's value as the user would, then fires `input` and `change`. */
export function type(control, value) {
  control.value = value;
  fire(control, 'input');
  fire(control, 'change');
}

/**
 * Stubs fetch with `answer(method, path, body)`, which returns a JSON body (or a Promise of one), or a Response;
 * undefined answers 204. Returns the list of calls seen: {method, path, body}.
 */
export function fakeApi(answer) {
  const calls = [];
  vi.stubGlobal('fetch', vi.fn(async (path, init) => {
    const call = { method: init.method, path, body: init.body ? JSON.parse(init.body) : undefined };
    calls.push(call);
    const body = await answer(call.method, path, call.body);
    if (body instanceof Response) return body;
    if (body === undefined) return new Response(null, { status: 204 });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }));
  return calls;
}

/** Lets Preact render what the last events changed (it renders on a later tick). */
export function settle() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
