import { defineWebExtConfig } from 'wxt';

// Never launch a browser from `wxt` itself: tests drive Chromium through playwright-core.
export default defineWebExtConfig({ disabled: true });
