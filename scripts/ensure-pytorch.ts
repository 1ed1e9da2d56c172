/**
 * Makes sure Python can import torch and numpy for the PyTorch oracle
 * (oracle/pytorch.oracle.ts). Where they are missing, installs Debian's
 * python3-torch and python3-numpy with apt-get, as root or through sudo, the way
 * .ci/run installs Chromium; elsewhere says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { PYTHON } from '../oracle/python.ts';

const PACKAGES = ['python3-torch', 'python3-numpy'];
const importsTorch = () => spawnSync(PYTHON, ['-c', 'import torch, numpy'], { stdio: 'ignore' }).status === 0;
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

if (!importsTorch()) {
  const root = process.getuid?.() === 0;
  if (!has('apt-get') || (!root && !has('sudo'))) {
    console.error(
      `${PYTHON} cannot import torch and numpy, and apt-get is not available to install them. ` +
        `Install PyTorch and numpy for that Python, or set PYTHON to one that has them.`,
    );
    process.exit(1);
  }
  console.info(`Installing Debian's ${PACKAGES.join(' and ')} for the PyTorch oracle`);
  const apt = (args: string[]) =>
    execFileSync(root ? 'apt-get' : 'sudo', [...(root ? [] : ['apt-get']), ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...PACKAGES]);
  if (!importsTorch()) {
    console.error(`${PYTHON} still cannot import torch after installing ${PACKAGES.join(', ')}.`);
    process.exit(1);
  }
}
