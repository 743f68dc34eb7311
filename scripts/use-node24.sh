# Source this file (`. scripts/use-node24.sh`): when the machine's node is older than 22, it
# installs Node 24 from the npm registry's `node` package (which ships the binary) into
# .node24/ and puts that first on PATH. A node of 22 or later is left as it is.
# shellcheck shell=bash

__fwlc_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
__fwlc_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"

if [ "${__fwlc_major}" -lt 22 ]; then
  __fwlc_bin="${__fwlc_root}/.node24/node_modules/node/bin"
  if [ ! -x "${__fwlc_bin}/node" ]; then
    echo "node ${__fwlc_major} is older than 22: installing Node 24 into .node24/ from the npm registry" >&2
    npm install --prefix "${__fwlc_root}/.node24" --no-save --no-package-lock --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="${__fwlc_bin}:${PATH}"
fi

echo "using node $(node --version) ($(command -v node))" >&2
unset __fwlc_root __fwlc_major __fwlc_bin
