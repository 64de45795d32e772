// Loads the Yew (wasm) user interface. No inline scripts: the app's CSP forbids them.
import init from './shigoto_frontend.js';
init();
