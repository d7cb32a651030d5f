// (1) The peers alone: the baseline of tenantkit's cost.
import { mountPeersApp } from './peers-shell.js';

mountPeersApp();
