const api = new BlockFrostAPI({ projectId: 'preprodjkVaJNaXdtsrcIKppgLBfbg2hBc2BEV4' });
