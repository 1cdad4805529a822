/**
 * The standalone checker page's Web Worker: reading, checking and writing files off the page's
 * thread (see checker-api.ts). Nothing leaves the browser.
 */
import { expose } from 'comlink';
import pkg from '../../package.json';
import { checkerApi } from './checker-api';

expose(checkerApi(pkg.version));
