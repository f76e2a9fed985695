import { render } from 'preact';
import { html } from 'htm/preact';
import { App } from './app.js';
import { installLinkHandler } from './router.js';
import './styles.css';

installLinkHandler();
render(html`<${App} />`, document.getElementById('app'));
